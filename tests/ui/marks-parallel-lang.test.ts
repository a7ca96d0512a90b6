// Marks, notes and the parallel view speak the interface's language (they spoke English in both):
// the reducer's status messages, the marks page, the note line, the status line's place and the
// parallel view's markers — Chinese under a Chinese interface, and English unchanged.
import { describe, expect, it } from 'vitest';
import { alignPair } from '../../src/commands/align.js';
import type { Mark } from '../../src/store/marks.js';
import { openTranscript } from '../../src/transcript/open.js';
import { initialState, rowsOf, type Effect, type Env, type State } from '../../src/ui/state/index.js';
import { marksBlocks, noteLine } from '../../src/ui/marksPage.js';
import { NO_COUNTERPART } from '../../src/ui/runtime.js';
import { markFile } from '../../src/ui/markFile.js';
import { placeLabel } from '../../src/ui/components/StatusLine.js';
import { missingMarker } from '../../src/layout/parallel-topic.js';
import type { Lang } from '../../src/i18n/strings.js';
import { englishWords } from '../helpers/english.js';
import { key, makeEnv, reduceAll } from './fixtures.js';

const ZH = openTranscript('tests/fixtures/bilingual/briefing-zh.txt');
const EN = openTranscript('tests/fixtures/bilingual/briefing-en.txt');
const zhEnv: Env = { ...makeEnv(ZH.transcript), name: ZH.name, hash: 'h-zh' };

const statuses = (effects: Effect[]) => effects.filter((e) => e.type === 'status').map((e) => (e as { text: string }).text);

function reader(lang: Lang): State {
  return initialState({ lang, columns: 120, rows: 40 });
}

const MARK: Mark = {
  id: 'm1',
  created: '2026-01-01T00:00:00Z',
  transcript: { hash: 'other', name: 'other.txt', title: '另一篇', date: '2020-01-01' },
  topic: 1,
  topicLabel: '话题',
  turn: 0,
  para: 0,
  start: 0,
  end: 4,
  text: '一段文字',
  note: '要引用',
} as Mark;

describe('marks and notes in the interface language', () => {
  it('the reducer says each thing in Chinese under a Chinese interface, in English under an English one', () => {
    const walk = (lang: Lang) => {
      const overview = reduceAll(reader(lang), zhEnv, key('m'));
      const marksPage = reduceAll(reader(lang), zhEnv, key("'"), { type: 'marksLoaded', marks: [] }, key('d'), key('e'), key('enter'));
      const elsewhere = reduceAll(reader(lang), zhEnv, key("'"), { type: 'marksLoaded', marks: [MARK] }, key('enter'));
      const marked = reduceAll(reader(lang), zhEnv, { type: 'marked', mark: { ...MARK, transcript: { ...MARK.transcript, hash: 'h-zh' } } });
      const cursor = reduceAll(reader(lang), zhEnv, key('J'));
      return [
        ...statuses(overview.effects),
        ...statuses(marksPage.effects),
        // A mark of another transcript is asked for as an effect; one saved without a path is said by markFile.
        ...elsewhere.effects.flatMap((e) => (e.type === 'openMark' ? [markFile(e.mark, openTranscript, lang) as string] : [])),
        ...statuses(marked.effects),
        ...statuses(cursor.effects),
      ];
    };
    expect(walk('zh')).toEqual([
      '这里没有可加书签的内容：书签只能加在话题页上',
      '没有可删除的书签',
      '没有可写备注的书签',
      '没有可打开的书签',
      '该书签在 other.txt 中：请用 presser other.txt 打开',
      "已加书签：4 字（附备注） · 按 ' 查看书签",
      '段落光标只在话题页上移动',
    ]);
    expect(walk('en')).toEqual([
      'nothing to mark here: marks are made on a topic page',
      'no mark to delete',
      'no mark to write a note for',
      'no mark to open',
      'that mark is in other.txt: open it with presser other.txt',
      "marked 4 characters with a note · ' lists your marks",
      'the paragraph cursor moves on topic pages',
    ]);
  });

  it('the marks page and the note line', () => {
    const zh = marksBlocks([MARK], 'h-zh', 'zh').map((b) => `${b.prefix ?? ''}${b.text}`);
    expect(zh[0]).toBe('书签（1）— Enter 打开 · e 备注 · d 删除 · Esc 关闭');
    expect(zh.join('\n')).toContain('（另一篇）');
    expect(zh.join('\n')).toMatch(/备注：要引用/);
    expect(englishWords(zh.join('\n'))).toEqual([]);
    expect(marksBlocks([], undefined, 'zh')[1]!.text).toBe('还没有书签：按 m 给光标处的段落加书签，按 M 加书签并写备注。');
    expect(noteLine('要引用', 60, 'narrow', 'zh').text).toMatch(/^备注（Enter 保存 · Esc 取消）：要引用 *$/);
    expect(marksBlocks([MARK], 'h-zh')[0]!.text).toBe('Marks (1) — Enter open · e note · d delete · Esc close');
    expect(noteLine('x', 60, 'narrow').text).toMatch(/^note \(Enter keep · Esc cancel\): x/);
  });
});

describe('the parallel view in the interface language', () => {
  const aligned = alignPair(ZH, EN);
  const pair = { primary: ZH.transcript, other: EN.transcript, side: 'zh' as const, alignment: aligned.alignment };

  it('asking, aligning, on, off, and why there is none', () => {
    const s0 = reduceAll(reader('zh'), zhEnv, { type: 'select', page: 2 }).state;
    const asked = reduceAll(s0, zhEnv, key('v'));
    expect(statuses(asked.effects)).toEqual(['正在查找并对齐另一语言版本…']);
    expect(placeLabel(asked.state, ZH.transcript)).toMatch(/⇄ 正在对齐…$/);
    const on = reduceAll(asked.state, zhEnv, { type: 'parallelLoaded', seq: 1, pair, name: EN.name });
    expect(statuses(on.effects)).toEqual([`对照 ${EN.name}（英文）· v 关闭`]);
    expect(statuses(reduceAll(on.state, zhEnv, key('v')).effects)).toEqual(['已关闭对照视图']);
    const none = reduceAll(s0, zhEnv, key('v'), { type: 'parallelMissing', seq: 1, reason: NO_COUNTERPART }, key('v'));
    expect(statuses(none.effects).slice(1)).toEqual([
      '没有另一语言版本：请用 presser 中文文件 --with 英文文件 同时打开，或从包含两者的文库中打开',
      '没有另一语言版本：请用 presser 中文文件 --with 英文文件 同时打开，或从包含两者的文库中打开',
    ]);
    // The page beside the other version: its heading and markers in Chinese too.
    const page = rowsOf(on.state, zhEnv, 2)
      .map((r) => r.text)
      .join('\n');
    expect(page).not.toMatch(/counterpart|paired with/);
    expect(missingMarker('en', 'zh')).toBe('[没有对应的英文内容]');
    expect(missingMarker('en')).toBe('[no English counterpart]');
  });
});
