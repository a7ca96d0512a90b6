/**
 * Display refinement: this transcript's copy lost its full-width punctuation, so half-width
 * `, : ; ? ! ( )` sit between Chinese characters. A Chinese reader expects `，：；？！（）` there.
 * The mapping is one UTF-16 unit to one UTF-16 unit, so every offset into the model's text
 * (search hits, reading position, spans) stays valid on the refined string.
 */

const FULL: Record<string, string> = {
  ',': '\uff0c',
  ':': '\uff1a',
  ';': '\uff1b',
  '?': '\uff1f',
  '!': '\uff01',
  '(': '\uff08',
  ')': '\uff09',
};

const CONVERTIBLE = /[,:;?!()]/;

/** Han, kana, Hangul, CJK symbols and punctuation, full-width forms: the Chinese side of the text. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

/**
 * Characters that belong to no side and are looked through when deciding: quotation marks, dashes,
 * ellipsis, middle dot, and the convertible marks themselves ("”,“", "?!", "—,").
 */
const TRANSPARENT = /[\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2015,:;?!()]/;

/** The code point that ends just before index i (handles surrogate pairs). */
function cpBefore(text: string, i: number): string {
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text.slice(i - 1, i);
}

function cpAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

/** Is the nearest non-transparent character on this side (within a short reach) CJK? */
function cjkSide(text: string, i: number, dir: -1 | 1): boolean {
  let j = i;
  for (let steps = 0; steps < 4; steps++) {
    if (dir < 0) {
      if (j <= 0) return false;
      const c = cpBefore(text, j);
      if (CJK.test(c)) return true;
      if (!TRANSPARENT.test(c)) return false;
      j -= c.length;
    } else {
      if (j >= text.length) return false;
      const c = cpAt(text, j);
      if (CJK.test(c)) return true;
      if (!TRANSPARENT.test(c)) return false;
      j += c.length;
    }
  }
  return false;
}

function nearCjk(text: string, i: number): boolean {
  return cjkSide(text, i, -1) || cjkSide(text, i + 1, 1);
}

/**
 * Half-width `, : ; ? ! ( )` next to CJK characters → their full-width forms. Marks between
 * Latin letters or digits ("10:30", "DeepSeek, Inc") are left alone. A bracket pair converts as a
 * pair, so "(AI)" after Chinese never becomes "（AI)".
 */
export function fullWidthPunctuation(text: string): string {
  if (!/[,:;?!()]/.test(text)) return text;
  const out = text.split('');
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!CONVERTIBLE.test(c)) continue;
    if (c === '(') {
      open.push(i);
    } else if (c === ')') {
      const o = open.pop();
      if (o === undefined) {
        if (nearCjk(text, i)) out[i] = FULL[c]!;
      } else if (nearCjk(text, o) || nearCjk(text, i)) {
        out[o] = FULL['(']!;
        out[i] = FULL[')']!;
      }
    } else if (nearCjk(text, i)) {
      out[i] = FULL[c]!;
    }
  }
  // Unmatched "(" decide alone.
  for (const o of open) if (nearCjk(text, o)) out[o] = FULL['(']!;
  return out.join('');
}
