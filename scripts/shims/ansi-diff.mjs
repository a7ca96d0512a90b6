// Build-time patch for @alcalzone/ansi-tokenize's diffAnsiCodes (see scripts/build.mjs): a fast
// path for identical styles, which need no codes. tests/build/ansi-diff-fast-path.test.ts checks
// that the full diff gives [] whenever `sameCodes` holds.

/** The same reduced styles, in the same order (the common case: blank cells, runs of one colour). */
export function sameCodes(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
  return true;
}

/** diff.js's source with the fast path put first in diffAnsiCodes. */
export function patchDiffSource(source, path) {
  const head = 'export function diffAnsiCodes(from, to) {';
  if (!source.includes(head)) throw new Error(`${path}: diffAnsiCodes changed; revisit the fast path in scripts/shims/ansi-diff.mjs`);
  return `${source.replace(head, `${head}\n    if (presserSameCodes(from, to)) return [];`)}\n${sameCodes.toString().replace('function sameCodes', 'function presserSameCodes')}\n`;
}
