/**
 * Test-only encoders. Node's TextEncoder writes UTF-8 only: UTF-16 is written by hand, and
 * GB18030, Big5 and Shift_JIS through tables built once by decoding every two-byte sequence.
 */

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? Buffer.concat([Uint8Array.of(0xef, 0xbb, 0xbf), body]) : body;
}

export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (unit: number) => {
    const hi = unit >> 8;
    const lo = unit & 0xff;
    out[o++] = endian === 'le' ? lo : hi;
    out[o++] = endian === 'le' ? hi : lo;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

const tables = new Map<string, Map<string, [number, number]>>();

/**
 * Character → bytes for a two-byte encoding, built once by decoding every lead/trail pair; leads
 * are tried in the order given, so the standard code wins over an extension's duplicate.
 */
function table(encoding: string, leads: number[]): Map<string, [number, number]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const map = new Map<string, [number, number]>();
  for (const a of leads) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(Uint8Array.of(a, b));
      } catch {
        continue;
      }
      if ([...ch].length === 1 && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  tables.set(encoding, map);
  return map;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function encodeWith(map: Map<string, [number, number]>, name: string, text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = map.get(ch);
    if (!pair) throw new Error(`no two-byte ${name} code for U+${code.toString(16)}`);
    out.push(pair[0], pair[1]);
  }
  return Uint8Array.from(out);
}

/** The characters of `text` a two-byte encoding can write (ASCII included). */
export function encodable(encoding: 'gb18030' | 'big5' | 'shift_jis', text: string): boolean {
  const map = encoding === 'gb18030' ? gbTable() : encoding === 'big5' ? big5Table() : sjisTable();
  return [...text].every((c) => c < '\x80' || map.has(c));
}

const gbTable = () => table('gb18030', range(0x81, 0xfe));
/** Big5 proper (leads A1–F9) before the Hong Kong extension's codes (87–A0, FA–FE). */
const big5Table = () => table('big5', [...range(0xa1, 0xf9), ...range(0x81, 0xa0), ...range(0xfa, 0xfe)]);
const sjisTable = () => table('shift_jis', [...range(0x81, 0x9f), ...range(0xe0, 0xfc)]);

/** GB18030 for text whose characters are ASCII or in the two-byte (GBK) range; throws otherwise. */
export function gb18030(text: string): Uint8Array {
  return encodeWith(gbTable(), 'GB18030', text);
}

/** Big5 (as Hong Kong and Taiwan copies are saved) for ASCII and Big5's characters; throws otherwise. */
export function big5(text: string): Uint8Array {
  return encodeWith(big5Table(), 'Big5', text);
}

/** Shift_JIS for ASCII and its two-byte characters (no half-width kana); throws otherwise. */
export function shiftJis(text: string): Uint8Array {
  return encodeWith(sjisTable(), 'Shift_JIS', text);
}
