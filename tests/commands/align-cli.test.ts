// `presser align` and `presser show --with` through the built bundle, on the written pair in
// tests/fixtures/bilingual and, when it is there, a real pair from the shared library.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';

const BIN = 'dist/presser.js';
const ZH = 'tests/fixtures/bilingual/briefing-zh.txt';
const EN = 'tests/fixtures/bilingual/briefing-en.txt';
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const widest = (out: string) => Math.max(...out.split('\n').map((l) => displayWidth(l)));

describe('presser align', () => {
  it('--json prints the topic links in order', () => {
    const r = run(['align', ZH, EN, '--json']);
    expect(r.status).toBe(0);
    const links = JSON.parse(r.stdout) as { zh: number | null; en: number | null; confidence: number }[];
    expect(links.map((l) => [l.zh, l.en])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [null, 4],
      [4, 5],
      [5, 6],
    ]);
    for (const l of links) expect(Object.keys(l)).toEqual(['zh', 'en', 'confidence']);
  });

  it('takes the two versions in either order: zh is always the Chinese one', () => {
    expect(run(['align', EN, ZH, '--json']).stdout).toBe(run(['align', ZH, EN, '--json']).stdout);
  });

  it('prints one line per link within the width', () => {
    const r = run(['align', ZH, EN, '--width', '70']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(7);
    expect(widest(r.stdout)).toBeLessThanOrEqual(70);
    expect(r.stdout).toContain('1 without counterpart');
  });

  it('refuses two versions in one language, and a missing second file, with exit code 2', () => {
    const same = run(['align', ZH, ZH]);
    expect(same.status).toBe(2);
    expect(same.stderr.trim().split('\n')).toHaveLength(1);
    expect(same.stderr).toMatch(/Chinese and an English/);
    expect(run(['align', ZH]).status).toBe(2);
  });

  it('is in --help with an example', () => {
    const help = run(['--help']).stdout;
    expect(help).toMatch(/presser align ZH EN/);
    expect(help).toMatch(/--with FILE/);
  });
});

describe('presser show N ZH --with EN', () => {
  it('side by side at 200 columns: the question beside its translation, no line past the edge', () => {
    const r = run(['show', '2', ZH, '--with', EN, '--width', '200']);
    expect(r.status).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(200);
    const row = r.stdout.split('\n').find((l) => l.includes('世界卫生组织（WHO）'))!;
    expect(row).toContain(' │ ');
    expect(row.split(' │ ')[1]).toMatch(/^Q: The World Health Organization/);
  });

  it('stacked at 100 columns: the English under the Chinese, no line past the edge', () => {
    const r = run(['show', '2', ZH, '--with', EN, '--width', '100']);
    expect(r.status).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
    expect(r.stdout).not.toContain(' │ ');
    const lines = r.stdout.split('\n');
    expect(lines.findIndex((l) => l.startsWith('Q: The World Health'))).toBeGreaterThan(lines.findIndex((l) => l.includes('世界卫生组织（WHO）')));
  });

  it('marks what has no counterpart', () => {
    const r = run(['show', '3', ZH, '--with', EN, '--width', '180']);
    expect(r.stdout).toContain('[no Chinese counterpart]');
    expect(r.stdout).toContain('A follow-up on Fukushima');
  });

  it('keeps every line within narrow widths too', () => {
    for (const w of [20, 40, 159, 160, 161]) expect(widest(run(['show', '2', ZH, '--with', EN, '--width', String(w)]).stdout)).toBeLessThanOrEqual(w);
  });
});

describe('presser ZH --with EN (the reader, piped)', () => {
  it('prints every topic beside the other version, as show --with does, either file first', () => {
    const r = run([ZH, '--with', EN, '--width', '200']);
    expect(r.status).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(200);
    for (const n of ['1', '2', '3', '4', '5']) expect(r.stdout).toContain(run(['show', n, ZH, '--with', EN, '--width', '200']).stdout);
    expect(run([EN, '--with', ZH, '--width', '200']).stdout).toBe(r.stdout);
  });

  it('refuses a --with file that is not there, and --with beside a library, in one line with exit code 2', () => {
    const missing = run([ZH, '--with', 'no-such-file.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no-such-file\.txt: no such file/);
    const dir = run(['tests/fixtures/bilingual', '--with', EN]);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toMatch(/--with goes with one transcript/);
  });

  it('is in --help with an example', () => {
    expect(run(['--help']).stdout).toMatch(/presser ZH --with EN +read with the other-language version beside it \(key v\)/);
  });
});

const lib = join(import.meta.dirname, '../../../shared/library');
const realZh = join(lib, 'mfa-2016-2020/mfa-t1605507.txt');
const realEn = join(lib, 'mfa-en-2018-2020/mfa-en-t1605600.txt');

describe.skipIf(!existsSync(realZh) || !existsSync(realEn))('on a real pair from the shared library', () => {
  it('every topic of both versions appears in the links, in order', () => {
    const links = JSON.parse(run(['align', realZh, realEn, '--json']).stdout) as { zh: number | null; en: number | null }[];
    const zh = links.map((l) => l.zh).filter((x): x is number => x !== null);
    const en = links.map((l) => l.en).filter((x): x is number => x !== null);
    expect([...new Set(zh)]).toEqual([...Array(Math.max(...zh)).keys()].map((k) => k + 1));
    expect([...new Set(en)]).toEqual([...Array(Math.max(...en)).keys()].map((k) => k + 1));
  });

  it('shows a topic side by side at 200 and stacked at 100 within the width', () => {
    for (const w of [200, 100]) {
      const r = run(['show', '6', realZh, '--with', realEn, '--width', String(w)]);
      expect(r.status).toBe(0);
      expect(widest(r.stdout)).toBeLessThanOrEqual(w);
    }
  });
});
