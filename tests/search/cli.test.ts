// `presser search` through the built bundle (npm test builds first; run `npm run build` before
// running this file alone).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { fullWidthPunctuation } from '../../src/text/punct.js';
import { seed } from './fixtures.js';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['dist/presser.js', 'search', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

describe('presser search', () => {
  it.each([
    ['小院高墙', '科技创新', '答'],
    ['路透社', '中美关系', '问'],
    ['xygq', '科技创新', '答'],
    ['臺灣', '中国关系', '题'],
    ['两面人', '中美关系', '引'],
  ])('%s: first line is a %s hit tagged %s', (q, label, tag) => {
    const r = run([q, '--width', '80']);
    expect(r.status).toBe(0);
    const first = r.stdout.split('\n')[0]!;
    expect(first.startsWith(`${tag}  `)).toBe(true);
    expect(first).toContain(label);
    expect(r.stderr).toBe('');
  });

  it('prints a snippet that fits the width and contains the match', () => {
    const r = run(['芬太尼', '--width', '40']);
    expect(r.status).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) {
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
    }
    expect(r.stdout).toContain('芬太尼');
  });

  it('highlights the match with colour on, and only then', () => {
    const on = run(['小院高墙', '--color', 'always']);
    expect(on.stdout).toContain('\x1b[7m小院高墙\x1b[27m');
    const off = run(['小院高墙']);
    expect(off.stdout).not.toContain('\x1b');
  });

  it('--json gives kind, topic, label, text, ranges and pos', () => {
    const r = run(['芬太尼', '--json', '--limit', '2']);
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout) as { kind: string; topic: number | null; label: string; text: string; ranges: [number, number][]; pos: unknown }[];
    expect(hits).toHaveLength(2);
    for (const h of hits) {
      expect(['topic', 'question', 'answer', 'quote']).toContain(h.kind);
      expect(h.label).toBe('中美关系');
      expect(h.ranges.map(([s, e]) => h.text.slice(s, e))).toContain('芬太尼');
      expect(h).toHaveProperty('pos');
    }
  });

  it('shows half-width punctuation beside Chinese full-width, as show does; JSON keeps the model text', () => {
    const json = JSON.parse(run(['率先列管芬太尼', '--json']).stdout) as { text: string }[];
    const model = seed()
      .topics.flatMap((tp) => tp.turns.flatMap((x) => x.paragraphs))
      .find((p) => p.includes(json[0]!.text));
    expect(model).toBeDefined();
    const plain = run(['率先列管芬太尼', '--width', '200']).stdout.split('\n')[0]!;
    expect(plain).toContain(fullWidthPunctuation(json[0]!.text));
  });

  it('--scope filters the kinds', () => {
    const r = run(['关系', '--json', '--scope', 'questions', '--limit', '100']);
    const hits = JSON.parse(r.stdout) as { kind: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'question')).toBe(true);
  });

  it('no matches: nothing on stdout, one line on stderr, exit 1', () => {
    const r = run(['量子引力弦论']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^presser: no matches/);
  });

  it.each([[['中国', '--scope', 'everything']], [['中国', '--limit', '0']], [['中国', '--limit', 'ten']]])('bad options exit 2 with one line: %j', (args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('searches a file given after the query', () => {
    const r = run(['皮影戏', 'data/2025-03-07-wang-yi-press-conference.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('南海问题');
  });
});
