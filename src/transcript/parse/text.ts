/** Small character-level helpers shared by the parser's passes. */

/** Whitespace a transcript uses for indentation and gaps: ASCII, ideographic space, NBSP, BOM. */
export const SPACE = '\\s\\u3000\\u00a0\\ufeff\\u2000-\\u200b\\u202f\\u205f';
const EDGE_SPACE = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'g');
const ANY_SPACE = new RegExp(`[${SPACE}]+`, 'g');

export function trimSpace(s: string): string {
  return s.replace(EDGE_SPACE, '');
}

/** The key used to compare paragraphs: all whitespace removed (layout changes spacing, not words). */
export function compactKey(s: string): string {
  return HAS_SPACE.test(s) ? s.replace(ANY_SPACE, '') : s;
}
const HAS_SPACE = new RegExp(`[${SPACE}]`);

export function splitOnSpace(s: string): string[] {
  return s.split(ANY_SPACE).filter((p) => p !== '');
}

/** Ends a sentence: a paragraph ending in one of these is complete. */
const SENTENCE_END = /[。！？!?…．.」』”’"'）)】》〉;；]$/;
export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s);
}

/**
 * A paragraph that stops mid-sentence: its last character is a letter, digit or ideograph, or a
 * comma/enumeration mark. (A colon ends a list's lead-in, so it does not count.)
 */
export function endsMidSentence(s: string): boolean {
  return /[\p{L}\p{N}，、,]$/u.test(s);
}

/** Has at least one letter, digit or ideograph; lines without any are layout debris. */
export function hasWordChar(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

/** Text with everything but letters, digits and ideographs removed, for fuzzy comparison. */
export function wordChars(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}
