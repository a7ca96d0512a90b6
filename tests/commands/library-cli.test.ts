import { spawnSync } from 'node:child_process';
import { runBuilt } from '../helpers/cli.js';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackReader } from '../../src/library/pack.js';
import { CACHE_VERSION, libraryKey } from '../../src/library/cache-dir.js';
import { OUTLET_BRIEFING, smallLibrary, tempDir, writeFiles } from '../library/helpers.js';

const BIN = 'dist/presser.js';
const REAL_ZH = join(import.meta.dirname, '../../../shared/library/mfa-2016-2020');
const REAL_EN = join(import.meta.dirname, '../../../shared/library/mfa-en-2018-2020');

function setup() {
  const dir = tempDir();
  writeFiles(dir, { ...smallLibrary(), 'g.txt': OUTLET_BRIEFING });
  return { dir, xdg: tempDir('presser-xdg-') };
}

const env = (xdg: string) => ({ ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: xdg });
const run = (args: string[], xdg: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: env(xdg) });

const runAsync = (args: string[], xdg: string) => runBuilt(args, env(xdg));

function packOf(xdg: string): string {
  const dir = join(xdg, 'presser', 'library');
  return join(
    dir,
    readdirSync(dir).find((n) => n.endsWith('.pack'))!,
  );
}

describe('library commands (built bundle)', () => {
  it('list: newest first, undated last; JSON with the metadata; nothing on stderr when piped', () => {
    const { dir, xdg } = setup();
    const text = run(['list', dir], xdg);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    const lines = text.stdout.trim().split('\n');
    expect(lines.map((l) => l.slice(0, 10))).toEqual(['2020-04-03', '2020-03-18', '2019-02-11', '2018-06-01', '2017-09-05', 'undated   ']);
    expect(lines[0]).toContain('华春莹');
    expect(lines[0]).toContain('2020年4月3日外交部发言人华春莹主持例行记者会');
    expect(lines[0]).toContain(join(dir, 'g.txt'));
    const json = JSON.parse(run(['list', dir, '--json'], xdg).stdout);
    expect(json[0]).toEqual({
      file: join(dir, 'g.txt'),
      date: '2020-04-03',
      title: '2020年4月3日外交部发言人华春莹主持例行记者会',
      event: '外交部例行记者会',
      answerers: ['华春莹'],
      askers: ['路透社记者', '法新社记者'],
      questions: 3,
      topics: 2,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      lang: 'zh',
    });
    expect(json.at(-1).date).toBeNull();
    // Only Chinese here: no row has a counterpart.
    expect(json.filter((r: { counterpart?: string }) => r.counterpart)).toEqual([]);
  });

  it('list --json: the Chinese and English versions of one briefing name each other', () => {
    const { dir, xdg } = setup();
    const fixtures = join(import.meta.dirname, '../fixtures/bilingual');
    writeFiles(dir, { 'zh.txt': readFileSync(join(fixtures, 'briefing-zh.txt')), 'en.txt': readFileSync(join(fixtures, 'briefing-en.txt')) });
    const rows: { file: string; date: string | null; lang?: string; counterpart?: string }[] = JSON.parse(run(['list', dir, '--json'], xdg).stdout);
    const zh = rows.find((r) => r.file.endsWith('zh.txt'))!;
    const en = rows.find((r) => r.file.endsWith('en.txt'))!;
    expect([zh.lang, zh.counterpart, zh.date]).toEqual(['zh', en.file, '2021-03-15']);
    expect([en.lang, en.counterpart, en.date]).toEqual(['en', zh.file, '2021-03-15']);
    expect(rows.filter((r) => r.counterpart)).toHaveLength(2);
  });

  it.skipIf(!existsSync(REAL_ZH) || !existsSync(REAL_EN))(
    'list --json over both shared folders: every regular press conference both languages hold is linked, both ways',
    () => {
      const xdg = tempDir('presser-xdg-');
      const rows: { file: string; title: string; date: string | null; lang?: string; counterpart?: string }[] = JSON.parse(
        run(['list', REAL_ZH, REAL_EN, '--json'], xdg).stdout,
      );
      expect(rows).toHaveLength(1500);
      const byFile = new Map(rows.map((r) => [r.file, r]));
      const linked = rows.filter((r) => r.counterpart);
      // The 445 regular press conferences the English folder has (its README), and no more of them.
      expect(linked.filter((r) => r.lang === 'zh' && /例行记者会/.test(r.title))).toHaveLength(445);
      for (const r of linked) {
        const other = byFile.get(r.counterpart!)!;
        expect(other.lang, r.file).not.toBe(r.lang);
        if (r.date && other.date) expect(other.date, r.file).toBe(r.date);
        // Both ways, but for a second copy of an English page, which points at a version linked to the first copy.
        if (other.counterpart !== r.file) expect([r.lang, byFile.get(other.counterpart!)!.title]).toEqual(['en', r.title]);
      }
    },
    120_000,
  );

  it('several files open as a library (no more "too many arguments")', () => {
    const { dir, xdg } = setup();
    const r = run([join(dir, 'a.txt'), join(dir, 'b.txt')], xdg);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('search: grouped text with counts per year; JSON hits carry file and date; no match exits 1', () => {
    const { dir, xdg } = setup();
    const text = run(['search', '芬太尼', dir], xdg);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^\d+ hits in 3 transcripts \(2020: \d+ in 1 · 2019: \d+ in 1 · undated: \d+ in 1\)$/);
    const hits = JSON.parse(run(['search', '芬太尼', dir, '--json'], xdg).stdout);
    expect(new Set(hits.map((h: { file: string }) => h.file))).toEqual(new Set(['g.txt', 'a.txt', 'd.txt'].map((f) => join(dir, f))));
    expect(hits[0]).toMatchObject({
      file: join(dir, 'g.txt'),
      date: '2020-04-03',
      title: expect.any(String),
      kind: expect.any(String),
      ranges: expect.any(Array),
    });
    const limited = JSON.parse(run(['search', '芬太尼', dir, '--json', '--limit', '1'], xdg).stdout);
    expect(new Set(limited.map((h: { file: string }) => h.file)).size).toBe(1);
    const none = run(['search', '量子纠缠', dir], xdg);
    expect([none.status, none.stdout]).toEqual([1, '']);
    expect(none.stderr).toMatch(/^presser: no matches/);
    const bad = run(['search', '芬太尼 date:2019-13', dir], xdg);
    expect(bad.status).toBe(2);
  });

  it('topics and export --jsonl', () => {
    const { dir, xdg } = setup();
    const topics = JSON.parse(run(['topics', dir, '--json'], xdg).stdout);
    expect(topics).toHaveLength(6);
    expect(topics[0].topics.map((t: { label: string }) => t.label)).toHaveLength(2);
    const lines = run(['export', dir, '--jsonl'], xdg).stdout.trim().split('\n');
    expect(lines).toHaveLength(6);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ file: join(dir, 'g.txt'), date: '2020-04-03', title: expect.any(String), topics: expect.any(Array), questions: 3 });
  });

  it('reports files it skips once each on stderr, and exits 2 when nothing is left', () => {
    const { dir, xdg } = setup();
    writeFiles(dir, { 'empty.txt': '' });
    const r = run(['list', dir], xdg);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`presser: skipped ${join(dir, 'empty.txt')}: is empty; there is no transcript to read\n`);
    const only = tempDir();
    writeFiles(only, { 'empty.txt': '' });
    const nothing = run(['list', only], xdg);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr.trim().split('\n').at(-1)).toMatch(/^presser: no transcripts in /);
  });

  it('--no-cache writes nothing; without it the cache is in $XDG_CACHE_HOME/presser', () => {
    const { dir, xdg } = setup();
    run(['list', dir, '--no-cache'], xdg);
    expect(readdirSync(xdg)).toEqual([]);
    run(['list', dir], xdg);
    expect(statSync(packOf(xdg)).size).toBeGreaterThan(0);
  });

  it('a damaged cache is set aside and rebuilt, with the same answers', () => {
    const { dir, xdg } = setup();
    const truth = run(['search', '一个中国原则', dir, '--json', '--no-cache'], xdg).stdout;
    run(['list', dir], xdg);
    const pack = packOf(xdg);
    const bytes = readFileSync(pack);
    bytes[bytes.length - 100]! ^= 1;
    writeFileSync(pack, bytes);
    const r = run(['search', '一个中国原则', dir, '--json'], xdg);
    expect(r.stdout).toBe(truth);
    expect(r.stderr).toMatch(/^presser: the library cache was damaged .*; rebuilding it/);
    expect(run(['search', '一个中国原则', dir, '--json'], xdg)).toMatchObject({ stdout: truth, stderr: '' });
  });

  it('models damaged in the cache (found only as a search reads them) are parsed again: the same answers', () => {
    const { dir, xdg } = setup();
    const query = ['search', '一个中国原则', dir, '--json'];
    const truth = run([...query, '--no-cache'], xdg).stdout;
    run(['list', dir], xdg);
    const pack = packOf(xdg);
    const opened = PackReader.open(pack, { version: CACHE_VERSION, key: libraryKey([realpathSync(dir)]) });
    if (opened.kind !== 'ok') throw new Error(`pack: ${opened.kind}`);
    const blobs = opened.pack.entries.all().flatMap((e) => (e.blob ? [e.blob] : []));
    opened.pack.close();
    const bytes = readFileSync(pack);
    // The header and the index are whole, so the library opens from the cache; every model is damaged.
    for (const [offset, length] of blobs) bytes[offset + Math.floor(length / 2)]! ^= 1;
    writeFileSync(pack, bytes);
    // (A search loads the parser only when it meets a damaged model, then reads again.)
    const r = run(query, xdg);
    expect(r.stdout).toBe(truth);
    expect(r.stderr).toMatch(/^presser: the library cache was damaged \(blob checksum mismatch\); rebuilding it/);
    expect(run(query, xdg)).toMatchObject({ stdout: truth, stderr: '' });
  });

  it('two processes building the same library at once both answer right and leave a valid cache', async () => {
    const { dir, xdg } = setup();
    // Enough files that both are building at the same time.
    for (let i = 0; i < 60; i++) writeFiles(dir, { [`more/${i}.txt`]: OUTLET_BRIEFING.replace('4月3日', `4月${(i % 28) + 1}日`).replace('台湾', `台湾${i}`) });
    const truth = run(['search', '芬太尼', dir, '--json', '--no-cache'], xdg).stdout;
    const [a, b] = await Promise.all([runAsync(['search', '芬太尼', dir, '--json'], xdg), runAsync(['search', '芬太尼', dir, '--json'], xdg)]);
    expect([a.stdout === truth, b.stdout === truth, a.stderr, b.stderr]).toEqual([true, true, '', '']);
    // The pack left by the last rename is whole and current, and no temporary file is left.
    const r = PackReader.open(packOf(xdg), { version: CACHE_VERSION, key: libraryKey([realpathSync(dir)]) });
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(r.pack.entries.length).toBe(66);
    expect(readdirSync(join(xdg, 'presser', 'library')).filter((n) => !n.endsWith('.pack'))).toEqual([]);
    const c = run(['search', '芬太尼', dir, '--json'], xdg);
    expect([c.stdout === truth, c.stderr]).toEqual([true, '']);
  });
});
