// End-to-end harness: runs the built CLI in a real pseudo-terminal (node-pty) and feeds what it
// writes to a real terminal emulator (@xterm/headless), so tests assert on the screen grid a user
// would see, plus the modes (alternate screen, cursor) and the exit status.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { IPty } from 'node-pty';
import type { Terminal as XTerm } from '@xterm/headless';

const require = createRequire(import.meta.url);

/** The project root: the nearest folder above this file with presser's package.json (this file is also bundled into dist/bench/). */
export const ROOT = findRoot(import.meta.dirname);

function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'presser') return dir;
    } catch {
      // no package.json here
    }
  }
  return process.cwd();
}
/** The built CLI; PRESSER_BIN points the harness (and the bench) at another build, for A/B runs. */
/**
 * How long a wait for the reader may take before the test fails. Not a speed bound (the bench
 * measures speed): a ceiling that keeps a hung reader from holding the suite, high enough for a
 * machine whose cores are busy with other work.
 */
export const WAIT_MS = 20_000;

export const BIN = process.env.PRESSER_BIN ? resolve(process.env.PRESSER_BIN) : resolve(ROOT, 'dist/presser.js');

type PtyModule = typeof import('node-pty');
type XtermModule = typeof import('@xterm/headless');

/** node-pty is a native addon; when it cannot load, e2e tests skip with this reason. */
export let ptyUnavailable: string | undefined;
let pty: PtyModule | undefined;
let xterm: XtermModule | undefined;
try {
  pty = require('node-pty') as PtyModule;
  xterm = require('@xterm/headless') as XtermModule;
  // Loading is not enough: the spawn helper binary may be missing or not executable.
  const probe = pty.spawn('/bin/sh', ['-c', 'exit 0'], { cols: 10, rows: 5 });
  probe.kill();
} catch (e) {
  ptyUnavailable = `node-pty cannot run here (${(e as Error).message.split('\n')[0]}); end-to-end tests skipped`;
}

/** Fails early, and clearly, when the bundle the tests drive has not been built. */
export function requireBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
}

/** Key sequences as a terminal sends them. */
export const KEYS = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  pageDown: '\x1b[6~',
  pageUp: '\x1b[5~',
  home: '\x1b[H',
  end: '\x1b[F',
  tab: '\t',
  enter: '\r',
  esc: '\x1b',
  backspace: '\x7f',
  ctrlC: '\x03',
  ctrlD: '\x04',
  ctrlU: '\x15',
  ctrlO: '\x0f',
} as const;

export interface SpawnOptions {
  cols?: number;
  rows?: number;
  /** Added to (or, with undefined, removed from) the environment. */
  env?: Record<string, string | undefined>;
  /** Runs `node dist/presser.js ARGS` through `sh -c SCRIPT`, where "$@" is that command line. */
  shell?: string;
  /** Options for node before the CLI's path (e.g. `--import` a fault-injecting preload). */
  nodeArgs?: string[];
  /** Run a different program instead of the CLI (the benchmark's bare-node baseline). */
  command?: string;
  args?: string[];
}

export interface Exit {
  exitCode: number;
  signal: number | undefined;
}

type Waiter = { test: () => boolean; resolve: () => void };

/** One program in a pseudo-terminal, mirrored into a headless xterm. */
export class PtySession {
  readonly term: XTerm;
  readonly proc: IPty;
  /** Everything the program wrote, raw, in order. */
  output = '';
  /** DECTCEM (?25) as the program last set it; xterm's own state is not exposed. */
  cursorVisible = true;
  /** Resolves when the program ends; the session is still readable afterwards. */
  readonly exited: Promise<Exit>;
  exit: Exit | undefined;
  /** Timestamp (performance.now) when each chunk arrived, for benchmarks. */
  onChunk: ((data: string, at: number) => void) | undefined;
  private waiters: Waiter[] = [];
  /** Temporary XDG directories made for this session, removed by dispose. */
  private readonly ownDirs: string[] = [];
  private parsing = 0;
  /** Output received while parsing is held (see `holdParsing`). */
  private held: string | undefined;

  constructor(args: string[], opts: SpawnOptions = {}) {
    if (!pty || !xterm) throw new Error(ptyUnavailable ?? 'node-pty unavailable');
    const cols = opts.cols ?? 100;
    const rows = opts.rows ?? 30;
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
    const track = (mode: number, on: boolean) => {
      if (mode === 25) this.cursorVisible = on;
    };
    for (const [final, on] of [
      ['h', true],
      ['l', false],
    ] as const) {
      this.term.parser.registerCsiHandler({ prefix: '?', final }, (params) => {
        for (const p of params) if (typeof p === 'number') track(p, on);
        return false; // let xterm apply the mode as well
      });
    }
    // What presser remembers (positions, marks) and its settings go to directories of this
    // session's own unless the test names them: no test reads another's state, or the user's.
    const own: Record<string, string> = {};
    for (const key of ['XDG_STATE_HOME', 'XDG_CONFIG_HOME']) {
      if (opts.env && key in opts.env) continue;
      own[key] = mkdtempSync(join(tmpdir(), 'presser-pty-'));
      this.ownDirs.push(own[key]);
    }
    const env: Record<string, string> = {};
    // An English interface, unless a test says otherwise (state and settings: the session's own directories above).
    const isolated = { LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
    for (const [k, v] of Object.entries({ ...process.env, TERM: 'xterm-256color', ...isolated, ...own, ...opts.env })) {
      if (v !== undefined) env[k] = v;
    }
    // Ink renders nothing until exit under CI=true; the reader clears it itself, but the baseline
    // programs and older builds should see a plain interactive environment too.
    delete env.CI;
    delete env.CONTINUOUS_INTEGRATION;
    let file = opts.command ?? process.execPath;
    let argv = opts.command ? (opts.args ?? []) : [...(opts.nodeArgs ?? []), BIN, ...args];
    if (opts.shell !== undefined) {
      argv = ['-c', opts.shell, 'sh', file, ...argv];
      file = '/bin/sh';
    }
    this.proc = pty.spawn(file, argv, { name: env.TERM ?? 'xterm-256color', cols, rows, cwd: ROOT, env });
    this.proc.onData((data) => {
      const at = performance.now();
      this.output += data;
      this.onChunk?.(data, at);
      if (this.held !== undefined) this.held += data;
      else this.parse(data);
    });
    this.exited = new Promise((resolveExit) => {
      this.proc.onExit(({ exitCode, signal }) => {
        this.exit = { exitCode, signal: signal || undefined };
        // node-pty can report the exit before it has handed over the last output: wait until
        // no bytes have come for a while (three checks 40 ms apart: on a busy machine this
        // process may not get to read the pty between two close checks) and xterm has parsed them.
        let seen = -1;
        let quiet = 0;
        const settle = () => {
          if (this.parsing > 0 || this.output.length !== seen) {
            seen = this.output.length;
            quiet = 0;
          } else if (++quiet >= 3) return resolveExit(this.exit!);
          setTimeout(settle, 40);
        };
        settle();
      });
    });
  }

  /** The active buffer's rows as text, trailing blanks trimmed; a wide character counts once. */
  screen(): string[] {
    const buf = this.term.buffer.active;
    const rows: string[] = [];
    for (let y = 0; y < this.term.rows; y++) rows.push(buf.getLine(buf.viewportY + y)?.translateToString(true, 0, this.term.cols) ?? '');
    return rows;
  }

  text(): string {
    return this.screen().join('\n');
  }

  /** Rows of the active buffer that xterm soft-wrapped: the program wrote past the right edge. */
  wrappedRows(): number[] {
    const buf = this.term.buffer.active;
    const out: number[] = [];
    for (let y = 0; y < buf.length; y++) if (buf.getLine(y)?.isWrapped) out.push(y);
    return out;
  }

  isAltScreen(): boolean {
    return this.term.buffer.active.type === 'alternate';
  }

  /** Waits until the screen contains `what` (or the predicate holds); fails with the screen shown. */
  waitFor(what: string | RegExp | ((s: PtySession) => boolean), timeoutMs = WAIT_MS): Promise<void> {
    const test = typeof what === 'function' ? () => what(this) : typeof what === 'string' ? () => this.text().includes(what) : () => what.test(this.text());
    if (this.parsing === 0 && test()) return Promise.resolve();
    return new Promise((resolveWait, reject) => {
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolveWait();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const label = typeof what === 'function' ? 'condition' : JSON.stringify(String(what));
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${label}; screen:\n${this.dump()}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** True while the output ends inside a synchronized update (a frame Ink has begun, not finished). */
  private midFrame(): boolean {
    return this.output.lastIndexOf('\x1b[?2026h') > this.output.lastIndexOf('\x1b[?2026l');
  }

  /** Resolves once no output has arrived for `quietMs` (after the bytes so far are parsed), outside a frame. */
  async settle(quietMs = 80, timeoutMs = WAIT_MS): Promise<void> {
    const start = performance.now();
    let seen = this.output.length;
    for (;;) {
      await new Promise((r) => setTimeout(r, quietMs));
      if (this.output.length === seen && this.parsing === 0 && !this.midFrame()) return;
      seen = this.output.length;
      if (performance.now() - start > timeoutMs) return;
    }
  }

  /**
   * Stops feeding the emulator until `releaseParsing`: the benchmark times the arrival of output,
   * and the emulator parsing one chunk in this process would delay the arrival of the next.
   */
  holdParsing(): void {
    this.held ??= '';
  }

  releaseParsing(): void {
    const data = this.held;
    this.held = undefined;
    if (data) this.parse(data);
    else this.check();
  }

  private parse(data: string): void {
    this.parsing++;
    this.term.write(data, () => {
      this.parsing--;
      this.check();
    });
  }

  press(keys: string): void {
    this.proc.write(keys);
  }

  /**
   * Pastes as a terminal does (xterm.js's own rules): line ends are sent as CR, and the whole is
   * wrapped in ESC[200~ … ESC[201~ when the program has turned bracketed paste on.
   */
  paste(text: string): void {
    const body = text.replace(/\r?\n/g, '\r');
    this.proc.write(this.term.modes.bracketedPasteMode ? `\x1b[200~${body}\x1b[201~` : body);
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
    this.proc.resize(cols, rows);
  }

  kill(signal: NodeJS.Signals): void {
    process.kill(this.proc.pid, signal);
  }

  /** With `shell`, the program's pid (the shell's child) once it has started. */
  async childPid(timeoutMs = WAIT_MS): Promise<number> {
    const file = `/proc/${this.proc.pid}/task/${this.proc.pid}/children`;
    const start = performance.now();
    while (performance.now() - start < timeoutMs) {
      const pid = Number(readFileSync(file, 'utf8').trim().split(/\s+/)[0]);
      if (pid > 0) return pid;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the shell started no program');
  }

  /** The screen with row numbers and a right-edge ruler, for failure messages. */
  dump(): string {
    return this.screen()
      .map((r, i) => `${String(i).padStart(2)}|${r}`)
      .join('\n');
  }

  /** Always kills the child and frees the emulator; safe to call twice. */
  dispose(): void {
    if (!this.exit) {
      try {
        this.proc.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
    this.term.dispose();
    for (const dir of this.ownDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }

  private check(): void {
    if (this.parsing > 0) return;
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve();
      }
    }
  }
}

/** Feeds a recorded output stream to a fresh emulator of the given size, for comparing screens. */
export function emulate(output: string, cols: number, rows: number): Promise<XTerm> {
  if (!xterm) throw new Error(ptyUnavailable ?? 'xterm unavailable');
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  return new Promise((resolveTerm) => term.write(output, () => resolveTerm(term)));
}

/** What a cell shows: its text and the attributes a reader would notice. */
export function cellLook(term: XTerm, x: number, y: number): string {
  const buf = term.buffer.active;
  const cell = buf.getLine(buf.viewportY + y)?.getCell(x);
  if (!cell) return '';
  return [
    cell.getChars() || ' ',
    cell.isBold() ? 'b' : '',
    cell.isInverse() ? 'i' : '',
    cell.isDim() ? 'd' : '',
    cell.getFgColorMode() ? `fg${cell.getFgColor()}` : '',
  ].join('');
}

const live = new Set<PtySession>();

/** Starts `node dist/presser.js ARGS` in a pseudo-terminal; `disposeAll` in afterEach cleans up. */
export function spawnPresser(args: string[] = [], opts: SpawnOptions = {}): PtySession {
  const s = new PtySession(args, opts);
  live.add(s);
  return s;
}

export function disposeAll(): void {
  for (const s of live) s.dispose();
  live.clear();
}

/** Waits for the program to end, failing with the screen shown if it does not within the time. */
export async function waitExit(s: PtySession, timeoutMs = WAIT_MS): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms; screen:\n${s.dump()}`)), timeoutMs);
  });
  try {
    return await Promise.race([s.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
