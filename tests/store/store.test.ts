import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import type { Mark } from '../../src/store/marks.js';

let dir: string;
let bundle: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'presser-store-'));
  // The store as a real program uses it, for tests that need other processes.
  bundle = join(dir, 'store.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, '../../src/store/store.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const fresh = () => join(dir, `state-${n++}`);
const mark = (text: string): Omit<Mark, 'id' | 'created'> => ({
  transcript: { hash: 'abc123', name: '2025-03-07-x.txt', title: '标题', date: '2025-03-07', event: '某记者会', source: '据新华社' },
  topic: 1,
  topicLabel: '元首外交',
  turn: 1,
  para: 0,
  start: 0,
  end: text.length,
  text,
  speaker: '王毅',
});

describe('the store', () => {
  it('keeps marks with notes, deletes one, and reads them back in a new process', () => {
    const root = fresh();
    const s = new Store(root);
    const a = s.addMark(mark('第一段。'));
    const b = s.addMark(mark('第二段。'));
    s.setNote(a.id, '  要引用  ');
    s.deleteMark(b.id);
    const again = new Store(root).marks();
    expect(again.map((m) => [m.text, m.note])).toEqual([['第一段。', '要引用']]);
    expect(new Store(root).takeNotices()).toEqual([]);
  });

  it('remembers a position per transcript, and the last search first in the history', () => {
    const root = fresh();
    const s = new Store(root);
    s.savePosition('hash-1', { page: 9, turn: 1, para: 2, offset: 40 });
    for (const q of ['关税', '芬太尼', '关税']) s.addHistory(q);
    const t = new Store(root);
    expect(t.position('hash-1')).toMatchObject({ page: 9, turn: 1, para: 2, offset: 40 });
    expect(t.position('hash-2')).toBeUndefined();
    expect(t.history()).toEqual(['关税', '芬太尼']);
  });

  it('sets a corrupt record aside, says so once, and starts fresh', () => {
    const root = fresh();
    new Store(root).addMark(mark('留着。'));
    writeFileSync(join(root, 'marks', 'broken.json'), '{"id": "broken", "text": ');
    const s = new Store(root);
    expect(s.marks().map((m) => m.text)).toEqual(['留着。']);
    expect(s.takeNotices()).toEqual([expect.stringMatching(/^not valid JSON, kept aside and started fresh: .*broken\.json\.corrupt-\d{4}-/)]);
    expect(readdirSync(join(root, 'marks')).filter((f) => f.includes('corrupt'))).toHaveLength(1);
    expect(s.takeNotices()).toEqual([]);
  });

  it('never lets a marks file put controls on the terminal', () => {
    const root = fresh();
    const m = new Store(root).addMark(mark('正常。'));
    const file = join(root, 'marks', `${m.id}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('正常。', '正常\\u001b]2;pwned\\u0007。'));
    expect(new Store(root).marks()[0]!.text).toBe('正常。');
  });

  it('cannot write: says so once, keeps the marks for the session', () => {
    const blocker = join(dir, `file-${n++}`);
    writeFileSync(blocker, 'not a directory');
    const s = new Store(join(blocker, 'presser'));
    const a = s.addMark(mark('只在内存里。'));
    s.addMark(mark('还有这一段。'));
    s.setNote(a.id, '笔记');
    s.savePosition('h', { page: 1, turn: 0, para: 0, offset: 0 });
    expect(s.takeNotices()).toEqual([expect.stringMatching(/^cannot save to .* \((ENOTDIR|EEXIST)\): marks and positions are kept for this session only$/)]);
    expect(s.marks().map((m) => [m.text, m.note])).toEqual([
      ['只在内存里。', '笔记'],
      ['还有这一段。', undefined],
    ]);
    expect(s.position('h')).toMatchObject({ page: 1 });
    expect(s.takeNotices()).toEqual([]);
  });

  it('two processes marking at once lose nothing', async () => {
    const root = fresh();
    const script = `import { Store } from ${JSON.stringify(bundle)};
      const s = new Store(${JSON.stringify(root)});
      for (let i = 0; i < 40; i++) s.addMark(${JSON.stringify(mark('x'))});`;
    const run = () =>
      new Promise<number>((resolve) => {
        const p = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
        p.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const s = new Store(root);
    expect(s.marks()).toHaveLength(80);
    expect(s.takeNotices()).toEqual([]);
  });

  it('kill -9 while marking leaves only whole marks', async () => {
    const root = fresh();
    const script = `import { Store } from ${JSON.stringify(bundle)};
      const s = new Store(${JSON.stringify(root)});
      process.stdout.write('go\\n');
      for (;;) s.addMark(${JSON.stringify(mark('反复写入的一段话。'.repeat(50)))});`;
    const p = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    // Wait until it is writing, let it write a while (counted in marks, not in time), then kill it.
    await new Promise<void>((resolve) => p.stdout.once('data', () => resolve()));
    const written = () => {
      try {
        return readdirSync(join(root, 'marks')).length;
      } catch {
        return 0;
      }
    };
    while (written() < 30) await new Promise((r) => setImmediate(r));
    p.kill('SIGKILL');
    await new Promise((r) => p.on('exit', r));
    const s = new Store(root);
    expect(s.marks().length).toBeGreaterThanOrEqual(29);
    expect(s.marks().every((m) => m.text.length === 450)).toBe(true);
    expect(s.takeNotices()).toEqual([]);
  });
});

describe('presser marks', () => {
  it('is reached through the built CLI with a temporary state directory', () => {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../dist/presser.js'), 'marks', '--json'], {
      env: { ...process.env, XDG_STATE_HOME: fresh() },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
