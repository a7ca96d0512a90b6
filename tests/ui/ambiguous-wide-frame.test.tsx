import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { displayWidth } from '../../src/text/width.js';
import { smallTranscript } from './fixtures.js';
import type { Transcript } from '../../src/transcript/model.js';

const tick = () => new Promise<void>((r) => setImmediate(r));
afterEach(() => cleanup());

/**
 * In the ambiguous-wide mode (a terminal set for CJK draws “ ” … · two columns wide) every row must
 * still be exactly as wide as the terminal *as that terminal measures it*. Ink measures those
 * characters as one column; where the sidebar's text held one (a label with quotes, a label cut
 * with "…"), Ink padded the gap before the separator and the row ran past the edge.
 */
describe('ambiguous-wide frames', () => {
  const base = smallTranscript();
  const t: Transcript = {
    ...base,
    topics: base.topics.map((tp, i) =>
      i === 1 ? { ...tp, label: '“一带一路”倡议' } : i === 2 ? { ...tp, label: '一个非常非常非常非常非常长的话题标签' } : tp,
    ),
  };

  for (const [columns, rows] of [
    [100, 30],
    [70, 20],
  ] as const) {
    it(`at ${columns}×${rows} no row is wider than the terminal and the separator stays in one column`, async () => {
      const { stdin, stdout, lastFrame } = render(<App transcript={t} name="x.txt" ambiguous="wide" color={false} />);
      Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
      Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
      stdout.emit('resize');
      await tick();
      stdin.write('2');
      await tick();
      const lines = (lastFrame() ?? '').split('\n');
      const seps = new Set<number>();
      for (const l of lines.slice(0, -1)) {
        expect(displayWidth(l, { ambiguous: 'wide' })).toBeLessThanOrEqual(columns);
        const at = l.indexOf('|');
        if (at >= 0) seps.add(displayWidth(l.slice(0, at), { ambiguous: 'wide' }));
      }
      expect(lines.join('\n')).toContain('一带一路');
      expect(seps.size).toBe(1);
    });
  }
});
