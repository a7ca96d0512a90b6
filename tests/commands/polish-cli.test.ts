import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Issue 13, the command line: one-line errors of our own, commands suggested, search --json exact. */
const BIN = 'dist/presser.js';
const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, ...env },
  });

/** One line on stderr starting "presser: ", with balanced quotes, and exit status 2. */
function usageError(args: string[], env: Record<string, string | undefined> = {}): string {
  const r = run(args, env);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^presser: /);
  for (const [open, close] of [
    ['"', '"'],
    ["'", "'"],
    ['“', '”'],
  ]) {
    const count = (s: string) => lines[0]!.split(s).length - 1;
    if (open === close) expect(count(open!) % 2).toBe(0);
    else expect(count(open!)).toBe(count(close!));
  }
  return lines[0]!;
}

describe('usage errors', () => {
  it('an unknown option is named, in our words', () => {
    expect(usageError(['--bogus'])).toBe('presser: unknown option --bogus (see presser --help)');
  });

  it('--limit -1 is judged as a value, not refused as "ambiguous"', () => {
    const line = usageError(['search', '关税', '--limit', '-1']);
    expect(line).toMatch(/--limit must be .*"-1"/);
    expect(line).not.toMatch(/ambiguous/);
  });

  it('an option without its value, a switch with one', () => {
    expect(usageError(['-w'])).toMatch(/-w needs a value/);
    expect(usageError(['topics', '--json=yes'])).toMatch(/--json takes no value/);
  });

  it('--measure and --lang are checked', () => {
    expect(usageError(['--measure', '5'])).toMatch(/--measure must be a whole number from 20 to 400, not "5"/);
    expect(usageError(['--lang', 'fr'])).toMatch(/--lang must be en or zh/);
  });

  it('in Chinese under a Chinese locale, or with --lang zh', () => {
    expect(usageError(['--bogus'], { LANG: 'zh_CN.UTF-8' })).toMatch(/未知选项 --bogus/);
    expect(usageError(['--bogus', '--lang', 'zh'])).toMatch(/未知选项/);
    expect(usageError(['--bogus', '--lang', 'en'], { LC_ALL: 'zh_TW.UTF-8' })).toMatch(/unknown option/);
  });
});

describe('commands', () => {
  it('presser help is presser --help', () => {
    const help = run(['help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(run(['--help']).stdout);
  });

  it('--help in Chinese under a Chinese locale (or --lang zh), with every option the English one has', () => {
    const en = run(['--help']).stdout;
    const zh = run(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('用法：');
    expect(run(['--help', '--lang', 'zh']).stdout).toBe(zh.stdout);
    const flags = (text: string) => [...new Set(text.match(/(?<=\s)--?[a-zA-Z][\w-]*/g))].sort();
    expect(flags(zh.stdout)).toEqual(flags(en));
  });

  it('a misspelt command is suggested, not reported as a missing file', () => {
    expect(usageError(['toppics'])).toBe('presser: no file or command "toppics"; did you mean "presser topics"?');
    expect(usageError(['serach'])).toMatch(/did you mean "presser search"/);
    // A name far from every command is still a missing file.
    expect(usageError(['elephant.txt'])).toMatch(/no such file/);
  });

  it('show with part of several labels lists them and exits 2', () => {
    const line = usageError(['show', '关系']);
    expect(line).toContain('2 中俄关系');
    expect(line).toContain('9 中美关系');
    expect(line).toContain('11 中欧关系');
    // One match, or the whole label, still opens it.
    expect(run(['show', '中美关系']).status).toBe(0);
    expect(run(['show', '中美']).status).toBe(0);
  });
});

describe('search --json', () => {
  interface JsonHit {
    kind: string;
    text: string;
    ranges: [number, number][];
    pos: { topic: number; turn: number; para: number; offset: number; length: number } | null;
    textStart: number | null;
  }
  const model = JSON.parse(run(['export']).stdout) as { topics: { turns: { paragraphs: string[] }[] }[] };

  it('has exactly the documented fields, and text.slice(textStart) is the model text at pos', () => {
    const hits = JSON.parse(run(['search', '关税', '--json']).stdout) as JsonHit[];
    expect(hits.length).toBeGreaterThan(1);
    const questions = hits.filter((h) => h.kind === 'question');
    expect(questions.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(Object.keys(h)).toEqual(['kind', 'topic', 'label', 'text', 'ranges', 'score', 'pos', 'textStart']);
      if (h.textStart === null || !h.pos) continue;
      const para = model.topics[h.pos.topic - 1]!.turns[h.pos.turn]!.paragraphs[h.pos.para]!;
      expect(h.text.slice(h.textStart)).toBe(para.slice(h.pos.offset, h.pos.offset + h.pos.length));
      // Each highlighted range maps into the model at offset + (start - textStart).
      for (const [a, b] of h.ranges) {
        if (a < h.textStart) continue;
        const at = h.pos.offset + a - h.textStart;
        expect(para.slice(at, at + b - a)).toBe(h.text.slice(a, b));
      }
    }
    // A question starts with its asker's label, which the model keeps apart.
    expect(questions.some((q) => q.textStart! > 0)).toBe(true);
  });

  it('the README lists those fields', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('`presser search --json` prints'));
    for (const field of ['kind', 'topic', 'label', 'text', 'ranges', 'score', 'pos', 'textStart', 'offset', 'length']) expect(section).toContain(field);
  });
});
