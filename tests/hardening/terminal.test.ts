// A transcript salted with escape sequences, through the built CLI and in the reader in a real
// pseudo-terminal: nothing it carries reaches the terminal as a control. Because sanitising
// happens before parsing, the salted file must read exactly like the clean one.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTranscriptBytes } from '../../src/transcript/open.js';
import { MAX_LINES_DETAILED } from '../../src/transcript/sanitize.js';
import { BIN, disposeAll, ptyUnavailable, requireBuilt, spawnPresser, waitExit } from '../helpers/pty.js';
import { firstForbidden, HOSTILE, SEED_FILE, stripSgr } from './hostile.js';

/** Sequences that are only controls (no text of their own, no line break, properly ended). */
const WHOLE = [
  HOSTILE.oscTitle0,
  HOSTILE.oscTitle2,
  HOSTILE.osc52,
  HOSTILE.osc52st,
  HOSTILE.csiClear,
  HOSTILE.csiMove,
  HOSTILE.csiSgr,
  HOSTILE.csiPrivate,
  HOSTILE.csiDsr,
  HOSTILE.dcs,
  HOSTILE.dcsSixel,
  HOSTILE.apc,
  HOSTILE.pm,
  HOSTILE.sos,
  HOSTILE.escReset,
  HOSTILE.escCharset,
  HOSTILE.c1Csi,
  HOSTILE.c1Osc,
  HOSTILE.c1Dcs,
  HOSTILE.bel,
  HOSTILE.del,
  HOSTILE.rlo,
  HOSTILE.lri,
  HOSTILE.pdi,
  HOSTILE.rlm,
  HOSTILE.shy,
  HOSTILE.mvs,
] as string[];

/** The seed with sequences inside every non-blank line (at a character boundary). */
function salt(text: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  let k = 0;
  const out = text.split('\n').map((line, i) => {
    if (line.trim() === '') return line;
    lines.push(i + 1);
    const chars = [...line];
    const at = Math.min(chars.length, 1 + (i % 7));
    const seq = WHOLE[k++ % WHOLE.length]!;
    const seq2 = WHOLE[(k * 7) % WHOLE.length]!;
    return chars.slice(0, at).join('') + seq + chars.slice(at).join('') + seq2;
  });
  return { text: out.join('\n'), lines };
}

const seedText = readFileSync(SEED_FILE, 'utf8');
const salted = salt(seedText);
let dir: string;
let hostileFile: string;

beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(join(tmpdir(), 'presser-hostile-'));
  chmodSync(dir, 0o755);
  // Named with the seed's date: the file name may complete the date, and only the salt should differ.
  hostileFile = join(dir, '2025-03-07-hostile.txt');
  writeFileSync(hostileFile, salted.text);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 60_000 });

describe('a salted transcript reads exactly like the clean one', () => {
  it('the model is the same; only the repairs tell, one per salted line', () => {
    const clean = openTranscriptBytes(Buffer.from(seedText), 'seed').transcript;
    const dirty = openTranscriptBytes(Buffer.from(salted.text), 'hostile').transcript;
    const { repairs: cleanRepairs, ...cleanRest } = clean;
    const { repairs: dirtyRepairs, ...dirtyRest } = dirty;
    expect(dirtyRest).toEqual(cleanRest);
    // Each salted line by number, up to the detail limit; then one summary line (line 0).
    const control = dirtyRepairs.filter((r) => r.kind === 'control-chars');
    const numbered = control.filter((r) => r.line > 0).map((r) => r.line);
    expect(numbered).toEqual(salted.lines.slice(0, Math.min(MAX_LINES_DETAILED, salted.lines.length)));
    if (salted.lines.length > MAX_LINES_DETAILED) expect(control.at(-1)!.detail).toContain(`${salted.lines.length - MAX_LINES_DETAILED} more lines`);
    expect(dirtyRepairs.filter((r) => r.kind !== 'control-chars')).toEqual(cleanRepairs);
  });

  const commands: [string, string[]][] = [
    ['show 1', ['show', '1']],
    ['show 2 --color always', ['show', '2', '--color', 'always', '--width', '50']],
    ['show 3 --width 20', ['show', '3', '--width', '20']],
    ['topics', ['topics']],
    ['topics --json', ['topics', '--json']],
    ['search', ['search', '外交']],
    ['search --json', ['search', '中国', '--json']],
    ['search --color always', ['search', '合作', '--color', 'always']],
    ['reader, piped (plain text)', []],
  ];
  it.each(commands)('%s: same output as the clean file, no control in it', (_name, args) => {
    const dirty = run([...args, hostileFile]);
    const clean = run([...args, SEED_FILE]);
    expect(dirty.status, dirty.stderr).toBe(0);
    expect(dirty.stdout).toBe(clean.stdout);
    expect(firstForbidden(args.includes('always') ? stripSgr(dirty.stdout) : dirty.stdout)).toBeNull();
    if (!args.includes('always')) expect(dirty.stdout).not.toContain('\x1b');
  });

  it('from standard input too', () => {
    const opts = { encoding: 'utf8' as const, env: { ...process.env, NO_COLOR: '1' } };
    const dirty = spawnSync(process.execPath, [BIN, 'show', '2', '-'], { ...opts, input: salted.text });
    const clean = spawnSync(process.execPath, [BIN, 'show', '2', '-'], { ...opts, input: seedText });
    expect(dirty.status, dirty.stderr).toBe(0);
    expect(dirty.stdout).toBe(clean.stdout);
  });

  it('export: the same apart from repairs, and no control in its strings', () => {
    const dirty = JSON.parse(run(['export', hostileFile]).stdout) as Record<string, unknown>;
    const clean = JSON.parse(run(['export', SEED_FILE]).stdout) as Record<string, unknown>;
    expect({ ...dirty, repairs: [] }).toEqual({ ...clean, repairs: [] });
    expect(firstForbidden(JSON.stringify(dirty))).toBeNull();
  });
});

describe.skipIf(!!ptyUnavailable)('the salted transcript in the reader, in a pseudo-terminal', () => {
  afterEach(disposeAll);

  /** Watches a session's terminal for everything a hostile file could make it do. */
  function watch(s: ReturnType<typeof spawnPresser>) {
    const seen = { titles: [] as string[], osc: [] as string[], dcs: [] as string[] };
    s.term.onTitleChange((t) => seen.titles.push(t));
    for (const id of [0, 1, 2, 52, 8, 7, 4, 10, 11, 104, 112]) {
      s.term.parser.registerOscHandler(id, (data) => {
        seen.osc.push(`${id};${data}`);
        return false; // and let xterm act on it too (a title change must still be seen)
      });
    }
    s.term.parser.registerDcsHandler({ final: 'q' }, (data) => {
      seen.dcs.push(data);
      return false;
    });
    return seen;
  }

  it('the watch works: the same file printed raw retitles the terminal and writes the clipboard', async () => {
    const s = spawnPresser([], { command: 'cat', args: [hostileFile], cols: 100, rows: 30 });
    s.term.options.logLevel = 'off'; // xterm.js complains of the raw DEL bytes
    const seen = watch(s);
    await waitExit(s);
    await s.settle(30);
    expect(seen.titles).toContain('pwned title');
    expect(seen.osc.some((o) => o.startsWith('52;'))).toBe(true);
  });

  it('changes neither the title nor the clipboard, and draws no control of its own', async () => {
    const s = spawnPresser([hostileFile], { cols: 100, rows: 30 });
    const seen = watch(s);
    const seed = openTranscriptBytes(Buffer.from(seedText), 'seed').transcript;
    await s.waitFor(seed.topics[0]!.label);
    // Walk every topic (and the quotes page after them), paging through each, so every
    // salted paragraph is drawn at least once.
    for (let i = 0; i <= seed.topics.length + 1; i++) {
      s.press(' ');
      s.press(']');
      await s.settle(30);
    }
    s.press('?'); // the help screen too
    await s.settle(30);
    s.press('q');
    s.press('q');
    await waitExit(s);
    expect(seen.titles, 'window title changes').toEqual([]);
    expect(seen.osc, 'OSC sequences received').toEqual([]);
    expect(seen.dcs, 'DCS sequences received').toEqual([]);
    // The raw stream: presser's own output has no OSC, DCS, APC, PM or SOS at all.
    expect(s.output).not.toMatch(/\x1b[\]P_^X]|[\u0090\u0098\u009b\u009d\u009e\u009f]/);
    expect(s.output).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(s.output).not.toContain('pwned');
    expect(s.output).not.toContain('ZWNobyBwd25lZA');
  });

  it('show in a real terminal of its width wraps no row, salted or not', async () => {
    for (const file of [hostileFile, SEED_FILE]) {
      // Even widths: rows of full-width characters fill them exactly, so one stray column wraps.
      for (const [topic, width] of [
        ['1', 30],
        ['2', 40],
      ] as const) {
        const s = spawnPresser(['show', topic, file, '--width', String(width)], { cols: width, rows: 40 });
        await waitExit(s);
        await s.settle(20);
        expect(s.wrappedRows(), `${file} topic ${topic}`).toEqual([]);
      }
    }
  });

  it('copy (y) under a hostile file name writes only clean text to the clipboard', async () => {
    const named = join(dir, 'evil\x1b]0;pwned\x07\u202e.txt');
    writeFileSync(named, salted.text);
    const s = spawnPresser([named], { cols: 100, rows: 30 });
    const seen = watch(s);
    const seed = openTranscriptBytes(Buffer.from(seedText), 'seed').transcript;
    await s.waitFor(seed.topics[0]!.label);
    s.press(']');
    await s.settle(50);
    s.press('y');
    await s.settle(100);
    s.press('q');
    s.press('q');
    await waitExit(s);
    expect(seen.titles).toEqual([]);
    const copies = seen.osc.filter((o) => o.startsWith('52;'));
    // y on a topic copies its top paragraph with a citation (OSC 52, base64): clean text only.
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) {
      const text = Buffer.from(c.slice(c.lastIndexOf(';') + 1), 'base64').toString('utf8');
      expect(firstForbidden(text)).toBeNull();
      expect(text.length).toBeGreaterThan(10);
    }
    expect(seen.osc.filter((o) => !o.startsWith('52;'))).toEqual([]);
  });

  it('a single 1 MB line: the reader opens and answers keys', async () => {
    const big = join(dir, 'one-line.txt');
    writeFileSync(big, '这是一个很长的段落没有换行'.repeat(Math.ceil(1_048_576 / 39)));
    // The waits are generous (a busy machine); how fast it opens is the bench's business.
    const s = spawnPresser([big], { cols: 80, rows: 24 });
    await s.waitFor('这是一个很长的段落', 30_000);
    const before = s.output.length;
    s.press(']');
    await s.waitFor(() => s.output.length > before, 15_000);
    s.press('q');
    const exit = await waitExit(s);
    expect(exit.exitCode).toBe(0);
    expect(s.wrappedRows()).toEqual([]);
  }, 60_000);

  it('an unusable file never starts the reader: one line, exit 2, terminal untouched', async () => {
    const bad = join(dir, 'binary.dat');
    writeFileSync(bad, Uint8Array.from([1, 2, 0, 0, 3]));
    const s = spawnPresser([bad], { cols: 80, rows: 24 });
    const exit = await waitExit(s);
    expect(exit.exitCode).toBe(2);
    expect(s.output).not.toContain('\x1b[?1049h'); // never entered the alternate screen
    expect(s.output.trim().split('\n')).toHaveLength(1);
    expect(s.output).toMatch(/^presser: .*binary/);
  });
});
