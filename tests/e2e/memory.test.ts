// What presser remembers, as a user meets it: the built CLI in a pseudo-terminal with temporary
// XDG directories — resume on the same character at another terminal size, marks made from two
// terminals at once and printed by `presser marks --md`, a corrupt state file, kill -9 while
// marking, and a bad value in config.toml.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, disposeAll, KEYS, ptyUnavailable, requireBuilt, ROOT, spawnPresser, waitExit, type PtySession } from '../helpers/pty.js';
import { libraryOnDisk, selectedRow } from './library-screen.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

const SEED = join(ROOT, 'data/2025-03-07-wang-yi-press-conference.txt');
const root = mkdtempSync(join(tmpdir(), 'presser-e2e-memory-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** Fresh state and config directories. */
function xdg(): { XDG_STATE_HOME: string; XDG_CONFIG_HOME: string } {
  const dir = join(root, `run-${n++}`);
  mkdirSync(join(dir, 'state'), { recursive: true });
  mkdirSync(join(dir, 'config'), { recursive: true });
  return { XDG_STATE_HOME: join(dir, 'state'), XDG_CONFIG_HOME: join(dir, 'config') };
}

/** The CLI without a terminal (presser marks, presser topics). */
function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The reader pane's part of a screen row (right of the sidebar's bar when it shows). */
function readerPart(row: string): string {
  const bar = row.indexOf('|');
  return (bar >= 0 ? row.slice(bar + 1) : row).trim();
}

/**
 * Opens topic N and waits for it. The first paint comes before the reader takes keys, so a key
 * sent as soon as it shows may be missed: sent again until the topic is up (a digit is idempotent).
 */
async function go(s: PtySession, topic: string): Promise<void> {
  const shown = new RegExp(`\\b${topic}/\\d+ `);
  for (let i = 0; ; i++) {
    s.press(topic);
    try {
      await s.waitFor(shown, i < 5 ? 2000 : undefined);
      return;
    } catch (e) {
      if (i >= 5) throw e;
    }
  }
}

/** Polls a file-system condition (what the reader has written), with a generous ceiling against a hang. */
async function until(ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting for the state file');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function quit(s: PtySession): Promise<void> {
  s.press('q');
  expect((await waitExit(s)).exitCode).toBe(0);
}

describe.skipIf(!!ptyUnavailable)('what presser remembers, end to end', () => {
  beforeAll(requireBuilt);
  afterEach(disposeAll);

  it('reopens a transcript on the same character at another terminal size', async () => {
    const env = xdg();
    const a = spawnPresser([], { cols: 100, rows: 12, env });
    await a.waitFor('概览');
    await go(a, '9');
    // Half a page down, then a few lines: the top line starts in the middle of a paragraph.
    a.press('\x04');
    a.press('jj');
    await a.settle();
    const top = readerPart(a.screen()[0]!);
    expect(top.length).toBeGreaterThan(2);
    await quit(a);

    const b = spawnPresser([], { cols: 60, rows: 20, env });
    // Said while the first frames show.
    await b.waitFor('back where you left off');
    await b.settle();
    const reopened = readerPart(b.screen()[0]!);
    // The top row at 60 columns is the one that holds the character that began it at 100.
    expect(reopened).toContain(top[0]);
    await quit(b);
  });

  it('the done-when scenario: topic 9 halfway at 100×30, reopened at 60×20 on the same top line', async () => {
    const env = xdg();
    const a = spawnPresser([], { cols: 100, rows: 30, env });
    await a.waitFor('概览');
    await go(a, '9');
    a.press('JJ');
    await a.settle();
    const top = readerPart(a.screen()[0]!);
    await quit(a);
    const b = spawnPresser([], { cols: 60, rows: 20, env });
    await b.waitFor(/9\/\d+ /);
    await b.settle();
    expect(readerPart(b.screen()[0]!)[0]).toBe(top[0]);
    await quit(b);
  });

  it('marks from two terminals at once, in two transcripts, one with a note: presser marks --md lists all three', async () => {
    const env = xdg();
    // Another transcript: the same text with one more line, so another content hash.
    const other = join(root, `2025-03-08-other-${n++}.txt`);
    writeFileSync(other, `${readFileSync(SEED, 'utf8')}\n`);
    const a = spawnPresser([], { cols: 100, rows: 30, env });
    const b = spawnPresser([other], { cols: 100, rows: 30, env });
    await Promise.all([a.waitFor('概览'), b.waitFor('概览')]);
    await Promise.all([go(a, '9'), go(b, '2')]);
    a.press('J');
    b.press('J');
    await Promise.all([a.settle(), b.settle()]);
    a.press('m');
    b.press('M');
    await Promise.all([a.waitFor('marked'), b.waitFor('note (Enter keep')]);
    b.paste('for the story');
    b.press('\r');
    a.press('Jm');
    await b.waitFor('with a note');
    await a.waitFor((s) => (s.output.match(/marked \d+ characters/g) ?? []).length >= 2);
    await Promise.all([quit(a), quit(b)]);

    const md = cli(['marks', '--md'], env);
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    const quotes = md.stdout.split('\n---\n');
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(q).toMatch(/^> \S/m);
    expect(md.stdout.match(/> —— 王毅，十四届全国人大三次会议记者会，2025-03-07/g)).toHaveLength(3);
    expect(md.stdout).toContain('Note: for the story');
    expect(md.stdout).toContain('2025-03-08-other');
    expect(md.stdout).toMatch(/9 中美关系/);

    // The marks page lists them all, from either transcript.
    const c = spawnPresser([], { cols: 100, rows: 30, env });
    await go(c, '3');
    c.press("'");
    await c.waitFor('Marks (3)');
    expect(c.text()).toContain('(another transcript)');
    // q closes the marks page first, then quits.
    c.press('q');
    await c.waitFor(/3\/\d+ /);
    await quit(c);
  });

  it('a corrupt position file is kept aside, said in one line, and the reader starts fresh', async () => {
    const env = xdg();
    const hash = createHash('sha256').update(readFileSync(SEED)).digest('hex');
    const dir = join(env.XDG_STATE_HOME, 'presser', 'positions');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${hash}.json`), '{"page": 9, "tur');
    const s = spawnPresser([], { cols: 100, rows: 30, env });
    await s.waitFor(/not valid JSON, kept aside/);
    expect(s.text()).toContain('概览');
    const kept = readdirSync(dir).filter((f) => f.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('{"page": 9, "tur');
    // And the next page change is kept again.
    await go(s, '3');
    await quit(s);
    expect(JSON.parse(readFileSync(join(dir, `${hash}.json`), 'utf8'))).toMatchObject({ page: 3 });
  });

  it('kill -9 after scrolling keeps the scrolling: reopened on the same top line', async () => {
    const env = xdg();
    const hash = createHash('sha256').update(readFileSync(SEED)).digest('hex');
    const file = join(env.XDG_STATE_HOME, 'presser', 'positions', `${hash}.json`);
    const saved = () => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { page: number; turn: number; para: number; offset: number }) : null);
    const a = spawnPresser([], { cols: 100, rows: 12, env });
    await a.waitFor('概览');
    await go(a, '9');
    await until(() => saved()?.page === 9);
    const opened = saved()!;
    // Scrolled within the topic: no page change, no leaving.
    // One read of the keyboard (half a page down, two lines), so the first write after it has it all.
    a.press('\x04jj');
    // Kept once the scrolling pauses (polled, not slept for).
    await until(() => {
      const p = saved();
      return !!p && (p.turn !== opened.turn || p.para !== opened.para || p.offset !== opened.offset);
    });
    await a.settle();
    const top = readerPart(a.screen()[0]!);
    a.kill('SIGKILL');
    await waitExit(a);
    const b = spawnPresser([], { cols: 100, rows: 12, env });
    await b.waitFor('back where you left off');
    await b.settle();
    expect(readerPart(b.screen()[0]!)).toBe(top);
    await quit(b);
  });

  it('kill -9 while marking loses nothing that was saved and leaves no half-written file', async () => {
    const env = xdg();
    const s = spawnPresser([], { cols: 100, rows: 30, env });
    await s.waitFor('概览');
    await go(s, '9');
    s.press('m');
    await s.waitFor('marked');
    // A burst of marks, killed in the middle of it.
    s.press('JmJmJmJm');
    s.kill('SIGKILL');
    await waitExit(s);
    const dir = join(env.XDG_STATE_HOME, 'presser', 'marks');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const f of files) expect(() => JSON.parse(readFileSync(join(dir, f), 'utf8'))).not.toThrow();
    const listed = cli(['marks', '--json'], env);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe('');
    expect(JSON.parse(listed.stdout)).toHaveLength(files.length);
  });

  it('a bad config value: one line naming the file, the key and the allowed values; the default used', () => {
    const env = xdg();
    const config = join(env.XDG_CONFIG_HOME, 'presser', 'config.toml');
    mkdirSync(join(env.XDG_CONFIG_HOME, 'presser'));
    writeFileSync(config, 'ambiguous = "medium"\n');
    const r = cli(['topics'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`presser: ${config}: ambiguous = "medium" is not allowed (allowed: "narrow", "wide"); using the default\n`);
    expect(r.stdout).toContain('中美关系');
    // A good value is used; a flag overrides it.
    writeFileSync(config, 'original-punctuation = true\n');
    expect(cli(['show', '9', '--width', '200'], env).stdout).toMatch(/[\u4e00-\u9fff],/);
    expect(existsSync(config)).toBe(true);
  });

  it('the mouse only when asked for (--mouse or mouse = true): a click opens a topic, and the terminal is given back', async () => {
    const off = spawnPresser([], { cols: 100, rows: 30, env: xdg() });
    await go(off, '2');
    expect(off.term.modes.mouseTrackingMode).toBe('none');
    await quit(off);

    const env = xdg();
    mkdirSync(join(env.XDG_CONFIG_HOME, 'presser'));
    writeFileSync(join(env.XDG_CONFIG_HOME, 'presser', 'config.toml'), 'mouse = true\n');
    const on = spawnPresser([], { cols: 100, rows: 30, env });
    await go(on, '2');
    expect(on.term.modes.mouseTrackingMode).toBe('vt200');
    // A left click on the sidebar's sixth row (topic 5), as the terminal reports it.
    on.press('\x1b[<0;3;6M\x1b[<0;3;6m');
    await on.waitFor(/\b5\/\d+ /);
    await quit(on);
    expect(on.term.modes.mouseTrackingMode).toBe('none');
  });

  it('reopening a library selects the transcript last opened in it, from the first paint on (100×30, then 60×20)', async () => {
    const { dir, env: cache } = libraryOnDisk();
    const env = { ...xdg(), ...cache };
    const a = spawnPresser([dir], { cols: 100, rows: 30, env });
    await a.waitFor(/6 transcripts/);
    expect(selectedRow(a)).toMatch(/^>2020-04-03/);
    a.press(KEYS.down + KEYS.down);
    await a.waitFor(() => selectedRow(a).startsWith('>2019-02-11'));
    a.press(KEYS.enter);
    await a.waitFor(/外交部例行记者会 · 2019-02-11/);
    await quit(a);

    const b = spawnPresser([dir], { cols: 60, rows: 20, env });
    await b.waitFor(/6 transcripts/);
    expect(selectedRow(b)).toMatch(/^>2019-02-11/);
    // Enter opens it where it was left, as ever.
    b.press(KEYS.enter);
    await b.waitFor(/外交部例行记者会 · 2019-02-11/);
    await quit(b);

    // The first paint, drawn before Ink from what the cache and the state say, selects it too.
    const c = spawnPresser([dir], { cols: 60, rows: 20, env: { ...env, PRESSER_PREPAINT: 'only' } });
    expect((await waitExit(c)).exitCode).toBe(0);
    const painted = c.output.slice(0, c.output.indexOf('\x1b[?1049l'));
    expect(painted).toMatch(/>2019-02-11/);
  });
});
