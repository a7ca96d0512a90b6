/**
 * Test-only encoders. Node's TextEncoder writes UTF-8 only: UTF-16 is written by hand, and
 * GB18030 through a table built once by decoding every two-byte GB sequence.
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

let gbTable: Map<string, [number, number]> | undefined;

function table(): Map<string, [number, number]> {
  if (gbTable) return gbTable;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  gbTable = new Map();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(Uint8Array.of(a, b));
      } catch {
        continue;
      }
      if (!gbTable.has(ch)) gbTable.set(ch, [a, b]);
    }
  }
  return gbTable;
}

/** GB18030 for text whose characters are ASCII or in the two-byte (GBK) range; throws otherwise. */
export function gb18030(text: string): Uint8Array {
  const t = table();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = t.get(ch);
    if (!pair) throw new Error(`no two-byte GB18030 code for U+${code.toString(16)}`);
    out.push(pair[0], pair[1]);
  }
  return Uint8Array.from(out);
}

