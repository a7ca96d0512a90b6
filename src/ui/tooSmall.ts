import type { Ambiguous } from '../text/width.js';
import { displayWidth } from '../text/width.js';
import { truncate } from '../text/truncate.js';
import { fitString } from './fit.js';
import { type Lang, strings } from '../i18n/strings.js';

/**
 * The frame shown below the minimum size: what is wrong, what is needed, what there is, how to
 * leave — centred, in as many rows as there are (short terminals get the facts on one line), every
 * row exactly `columns` wide.
 */
export function tooSmallLines(opts: {
  columns: number;
  height: number;
  rows: number;
  minColumns: number;
  minRows: number;
  ambiguous: Ambiguous;
  lang?: Lang;
}): string[] {
  const { columns, height, ambiguous } = opts;
  const say = strings(opts.lang ?? 'en');
  const w = { ambiguous };
  const title = displayWidth(say.tooSmall, w) <= columns ? say.tooSmall : say.tooSmallShort;
  const facts = [say.need(opts.minColumns, opts.minRows), say.have(columns, opts.rows), say.qQuits];
  // Join facts onto fewer lines while there are more lines than rows and a joined line still fits.
  let lines = [title, ...facts];
  while (lines.length > Math.max(1, height)) {
    let joined = false;
    for (let i = lines.length - 2; i >= 0 && !joined; i--) {
      const line = `${lines[i]} · ${lines[i + 1]}`;
      if (displayWidth(line, w) <= columns) {
        lines = [...lines.slice(0, i), line, ...lines.slice(i + 2)];
        joined = true;
      }
    }
    if (!joined) lines = lines.slice(0, Math.max(1, height));
  }
  const top = Math.max(0, Math.floor((height - lines.length) / 2));
  return Array.from({ length: height }, (_, i) => {
    const text = truncate(lines[i - top] ?? '', columns, w);
    const left = Math.max(0, Math.floor((columns - displayWidth(text, w)) / 2));
    return fitString(' '.repeat(left) + text, columns, w);
  });
}
