// Build-time patch for Ink 6.8.0 (build/output.js): one set of Output caches kept across frames.
//
// What it buys: Ink builds a fresh OutputCaches (styled characters per line, string widths, block
// widths) for every frame, so every key re-tokenizes every row on screen, which is most of a key's
// cost. The rows barely change between frames (the sidebar, the status line, a scroll by one line
// shifts the rest), so keeping the caches lets a frame tokenize only its new rows; the reader's
// idle pre-drawing (src/ui/App.tsx) fills them ahead of a first visit. Measured with
// `npm run bench -- startup` (README, "Start-up and keys").
//
// Why it is safe: each cached value is a pure function of its key (the line's text), and Ink
// 6.8.0 only reads the cached arrays (cells are copied by reference into the frame's grid, never
// changed). The shared set starts afresh once it holds `rows` rows, bounding memory (~8 KB a row).
//
// Private names it touches, each checked before patching: the class `OutputCaches`, its maps
// `widths`, `blockWidths`, `styledChars`, its getters, and Output's field `caches`.
// tests/build/ink-output-caches.test.ts renders the reader's real frames with the patched bundle
// and with the original and requires them to be identical, including after the caches restart.
//
// To drop it: remove it from the plugins in scripts/build.mjs (and the test). Upstream, the
// equivalent is an Output that takes its caches from the renderer instead of creating them.
import { readFile } from 'node:fs/promises';
import { mustApply, replaceOnce, requireOnce, requireVersion } from './guard.mjs';

const PATCH = 'scripts/shims/ink-output-caches.mjs';
export const INK_VERSION = '6.8.0';
/** Rows the shared caches hold before they start afresh. */
export const CACHE_ROWS = 1000;

/** The private parts of Ink's Output this patch relies on, exactly as written in 6.8.0. */
const RELIED_ON = [
  'class OutputCaches {',
  '    widths = new Map();',
  '    blockWidths = new Map();',
  '    styledChars = new Map();',
  '    getStyledChars(line) {',
  '    getStringWidth(text) {',
  '    getWidestLine(text) {',
];
const FIELD = '    caches = new OutputCaches();';

/** esbuild plugin applying the patch; `rows` bounds the shared caches (tests use a small one). */
export function inkOutputCaches({ rows = CACHE_ROWS } = {}) {
  return {
    name: 'ink-output-caches',
    setup(b) {
      const applied = mustApply(b, 'ink/build/output.js', PATCH);
      b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, async (args) => {
        requireVersion(args.path, 'ink', INK_VERSION, PATCH);
        const source = await readFile(args.path, 'utf8');
        for (const text of RELIED_ON) requireOnce(source, text, args.path, PATCH);
        const full = `presserCaches.styledChars.size > ${rows} || presserCaches.widths.size > ${rows * 4} || presserCaches.blockWidths.size > ${rows}`;
        const shared = [
          'let presserCaches;',
          'function presserSharedOutputCaches() {',
          `    if (!presserCaches || ${full}) presserCaches = new OutputCaches();`,
          '    return presserCaches;',
          '}',
        ];
        const contents = `${replaceOnce(source, FIELD, '    caches = presserSharedOutputCaches();', args.path, PATCH)}\n${shared.join('\n')}\n`;
        applied();
        return { contents, loader: 'js' };
      });
    },
  };
}
