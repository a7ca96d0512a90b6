/** pinyin-pro, loaded once and only when a Latin query (or idle time) needs it: its dictionary is large. */
import { lazy } from '../../lazy.js';

type PinyinFn = (text: string, opts: { multiple: true; type: 'array'; toneType: 'none'; v: boolean }) => string[];

/** The part of pinyin-pro the index uses: every reading of a character, the usual one first. */
export interface PinyinLib {
  pinyin: PinyinFn;
}

const pinyinLib = lazy(async () => (await import('pinyin-pro')) as unknown as PinyinLib);

export function pinyinReady(): PinyinLib | null {
  return pinyinLib.ready();
}

export function loadPinyin(): Promise<PinyinLib> {
  return pinyinLib.load();
}
