import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayWidth, graphemes, graphemeWidth, WIDEST_GRAPHEME } from '../../src/text/width.js';

const BIN = 'dist/presser.js';
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

describe('presser CLI (built bundle)', () => {
  it('bin points at the bundled file', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { bin: Record<string, string> };
    expect(pkg.bin.presser).toBe(BIN);
  });

  it('prints help with examples and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('Examples:');
  });

  it('reports a missing file in one line with exit code 2', () => {
    const r = run(['topics', 'no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file');
  });

  it('rejects an unknown option with exit code 2', () => {
    const r = run(['--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^presser: /);
  });

  it('prints plain text, no escape codes, when piped', () => {
    const out = execFileSync(process.execPath, [BIN, 'show', '1', '--width', '40'], { encoding: 'utf8' });
    expect(out).not.toContain('\x1b');
    expect(out.length).toBeGreaterThan(100);
  });
});

describe('--width', () => {
  it('refuses widths narrower than a Chinese character, in one line, exit 2', () => {
    for (const w of ['1', '0']) {
      const r = run(['show', '1', '--width', w]);
      expect(r.status, w).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^presser: --width must be a whole number from 2 /);
    }
  });

  it('honours every width it accepts, down to the narrowest: no printed row is wider', () => {
    for (const w of [WIDEST_GRAPHEME, 3, 5]) {
      for (const args of [['show', '1'], ['search', '中美'], []]) {
        const r = run([...args, '--width', String(w)]);
        expect(r.status, r.stderr).toBe(0);
        const rows = r.stdout.split('\n');
        const over = rows.filter((row) => displayWidth(row) > w);
        expect(over, `${args.join(' ')} --width ${w}`).toEqual([]);
      }
    }
  });

  it('no grapheme is wider than WIDEST_GRAPHEME', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom<'narrow' | 'wide'>('narrow', 'wide'), (s, ambiguous) => {
        for (const g of graphemes(s)) expect(graphemeWidth(g, { ambiguous })).toBeLessThanOrEqual(WIDEST_GRAPHEME);
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
