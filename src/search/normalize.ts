/**
 * Normalisation shared by the index and the query, so that either punctuation form, either case
 * and full-width letters match. Folding the text is length-preserving, one UTF-16 unit for one,
 * so an offset in the folded text is the same offset in the displayed text.
 */

/** Punctuation outside the full-width block that has an everyday half-width twin. */
const EXTRA_FOLDS: Record<string, string> = {
  '\u3000': ' ', // ideographic space
  '\u3002': '.', // 。
  '\uff61': '.', // ｡ half-width ideographic full stop
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
};

/** Folds one UTF-16 unit; always returns exactly one unit. */
function foldUnit(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
  // Full-width forms ！..～ are the ASCII range shifted by 0xfee0.
  if (code >= 0xff01 && code <= 0xff5e) return foldUnit(String.fromCharCode(code - 0xfee0));
  const extra = EXTRA_FOLDS[c];
  if (extra !== undefined) return extra;
  if (code >= 0xd800 && code <= 0xdfff) return c; // half of an astral character: leave alone
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** What folding can change: ASCII capitals, the full-width block, the extras, other capitals. */
const FOLDABLE = /[A-Z\uff01-\uff5e\u3000\u3002\uff61\u201c\u201d\u2018\u2019]|[\p{Lu}\p{Lt}]/gu;

function foldMatch(m: string): string {
  if (m.length === 1) return foldUnit(m);
  // An astral capital (𝐀, 𐐀): lower-case it only when that keeps its two units.
  const lower = m.toLowerCase();
  return lower.length === m.length ? lower : m;
}

/** Case, width and punctuation folding; `foldText(s).length === s.length` always. */
export function foldText(s: string): string {
  return foldCommon(s) ?? foldByRegex(s);
}

/** The definition of folding, for any string (foldText's slow path). */
export function foldByRegex(s: string): string {
  return s.replace(FOLDABLE, foldMatch);
}

/**
 * Every character folding might change: FOLDABLE's first part, and the blocks that hold its
 * capitals of other scripts (Latin-1 to Greek Extended, letterlike symbols, Glagolitic to
 * Coptic, Cyrillic and Latin extensions) and surrogates. Everything else (CJK, kana, hangul,
 * general punctuation…) holds no \p{Lu} or \p{Lt}: a test checks every BMP character.
 */
const MAY_FOLD = /[A-Z\uff01-\uff5e\u3000\u3002\uff61\u201c\u201d\u2018\u2019\u00c0-\u1ffc\u2102-\u2183\u2c00-\u2cf2\ua640-\ua7f5\ud800-\udfff]/g;

/**
 * foldText for text whose foldable characters are ASCII capitals, full-width forms and the
 * extras (Chinese text): the regex finds each natively and the fold is computed here; null when
 * some character is a capital of another script or a surrogate, left to foldByRegex. Replacing
 * with a function called back for every comma and full stop cost twice as much.
 */
function foldCommon(s: string): string | null {
  MAY_FOLD.lastIndex = 0;
  let out = '';
  let last = 0;
  while (MAY_FOLD.test(s)) {
    const i = MAY_FOLD.lastIndex - 1;
    const c = s.charCodeAt(i);
    let f: number;
    if (c <= 0x5a) f = c + 32;
    else if (c >= 0xff01 && c <= 0xff5e) {
      f = c - 0xfee0; // full-width ！..～ are ASCII shifted
      if (f >= 0x41 && f <= 0x5a) f += 32;
    } else if (c === 0x3000) f = 0x20;
    else if (c === 0x3002 || c === 0xff61) f = 0x2e;
    else if (c === 0x201c || c === 0x201d) f = 0x22;
    else if (c === 0x2018 || c === 0x2019) f = 0x27;
    else {
      MAY_FOLD.lastIndex = 0;
      return null;
    }
    out += s.slice(last, i) + String.fromCharCode(f);
    last = i + 1;
  }
  if (last === 0) return s;
  out += s.slice(last);
  // Reading a character makes V8 flatten the pieces into one string now; else each unit would keep
  // its pieces (20% more memory for a library's units) until a search first reads it.
  out.charCodeAt(0);
  return out;
}

/** A Han ideograph (any CJK Unified Ideographs block, BMP or astral). */
export const HAN = /\p{Script=Han}/u;

/**
 * Query terms: folded, split at spaces and where Latin letters meet Han characters (中美guanxi
 * is 中美 and guanxi, so the pinyin part can be read as pinyin); syllable apostrophes (xi'an)
 * dropped.
 */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .flatMap((t) => t.split(/(?<=[a-z])(?=\p{Script=Han})|(?<=\p{Script=Han})(?=[a-z])/u))
    .filter((t) => t.length > 0)
    .map((t) => (/^[a-z]+(?:'[a-z]+)+$/.test(t) ? t.replace(/'/g, '') : t));
}

/** A term made only of Latin letters (what someone types for pinyin). */
export function isLatinTerm(term: string): boolean {
  return /^[a-z]+$/.test(term);
}
