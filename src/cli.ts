import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import { isUserError, UserError } from './errors.js';
import { isBrokenPipe, outputError, writeStdout } from './stdout.js';
import type { Opened } from './transcript/open.js';
import { printable } from './transcript/sanitize.js';
import type { OutputOptions } from './commands/output.js';
import { WIDEST_GRAPHEME, type Ambiguous } from './text/width.js';
import type { LibraryCommand } from './commands/library-run.js';
import { configPath } from './store/paths.js';
import { readSettings, withSettings } from './store/settings.js';
import { chooseLang, langFromLocale, type Lang, strings } from './i18n/strings.js';
import { localize, PROBLEMS } from './i18n/problems.js';
import { DEFAULT_MEASURE, MEASURE_MAX, MEASURE_MIN } from './ui/geometry.js';
import type { ReaderOptions } from './ui/run.js';
import { chooseTheme } from './ui/terminalBackground.js';

export const HELP = `presser — read Chinese press-conference transcripts in the terminal

Usage:
  presser [FILE]                      open the reader (plain text when stdout is not a terminal)
  presser ZH --with EN                read with the other-language version beside it (key v)
  presser topics [FILE] [--json]      list the topics
  presser show <N|LABEL> [FILE]       print one topic, wrapped to --width
  presser show N ZH --with EN         topic N of a Chinese transcript beside its English version
  presser search QUERY [FILE]         search questions, answers and quotes
  presser export [FILE]               print the parsed transcript as JSON
  presser marks [--md|--json]         print your marks with their citations
  presser align ZH EN [--json]        match the exchanges of a Chinese and an English version

  A library: a directory, or several files (or both), in place of FILE
  presser DIR...                      open the library (the list when stdout is not a terminal)
  presser list DIR... [--json]        date, answerers, questions, title and file of each transcript
                                      (JSON: also the language and the other language's version)
  presser search QUERY DIR... [--json]  search every transcript; hits grouped by transcript
  presser topics DIR... [--json]      every transcript's topics
  presser export DIR... --jsonl       one transcript per line (JSON Lines)
  presser trend QUERY DIR... [--by year|month] [--split speaker|asker] [--json|--csv]
                                      how many exchanges (a question and its answer) contain
                                      QUERY, per year or month, as a bar chart; first and last use

FILE is a transcript in UTF-8, UTF-16, GB18030, Big5 or windows-1252; "-" reads standard input.
Without FILE, presser opens the embedded 2025-03-07 Wang Yi press conference.
In a library search, speaker:NAME, asker:OUTLET and date:2019 / date:2018-03..2019-06
narrow the hits; the index is kept in $XDG_CACHE_HOME/presser (~/.cache/presser).

Options:
  -w, --width W            wrap at W columns, 2 or more (default: the terminal's width, 80 when piped)
      --color WHEN         auto (default), always or never; NO_COLOR=1 also turns colour off
      --ambiguous MODE     narrow (default) or wide: width of “ ” — … · ■ (PRESSER_AMBIGUOUS)
      --original-punctuation
                           show , : ; ? ! ( ) as written, not full-width next to Chinese
      --json               machine-readable output (topics, search, trend)
      --limit K            at most K search hits (default 20)
      --scope SCOPE        search all (default), questions, quotes or answers
      --with FILE          the other language's version: beside the reader's topics (v),
                           or in show; side by side from 160 columns, stacked below
      --jsonl              one JSON object per line (export)
      --no-cache           neither read nor write the library's index cache
      --by PERIOD          trend: year or month (default: by month when the uses span
                           two years or less, else by year)
      --split WHO          trend: split each bar by speaker (who answered) or asker (outlet)
      --csv                trend: the table as CSV (period, exchanges, one column per key)
      --mouse              the reader takes the mouse: the wheel scrolls, a click selects. Off by
                           default: it takes away the terminal's own text selection
      --measure N          the reader's longest line, 20 to 400 columns (default 80)
      --lang L             en or zh: the interface's language (default: from LC_ALL, LC_MESSAGES, LANG)
      --theme T            the reader's colours: dark or light for the terminal's background, or auto
                           (default): light when COLORFGBG says the background is light, else dark
  -h, --help               show this help
  -V, --version            show the version

Examples:
  presser                              read the embedded transcript
  presser show 2 --width 40            topic 2 at 40 columns
  presser show 中美关系                 a topic by its label
  presser search 小院高墙               a phrase; pinyin works too: presser search xygq
  presser topics --json transcript.txt
  presser align zh.txt en.txt --json   [{"zh":1,"en":1,"confidence":1}, …] in order
  presser show 3 zh.txt --with en.txt --width 200
  presser zh.txt --with en.txt         read, v for the English beside the Chinese
  curl -s URL | presser -              read a transcript from a pipe
  presser marks --md > quotes.md       your marked passages as Markdown blockquotes
  presser briefings/                   browse a folder of transcripts by date
  presser list briefings/ --json       the library's transcripts as JSON
  presser search 芬太尼 briefings/      every transcript that mentions fentanyl
  presser search "一个中国原则 speaker:华春莹 date:2019" briefings/ --json
  presser export briefings/ --jsonl > all.jsonl
  presser trend 芬太尼 briefings/        exchanges on fentanyl per year, first and last use
  presser trend "一个中国原则 date:2018..2019" briefings/ --by month --split speaker
  presser trend 战狼外交 briefings/ --split asker --csv > wolf.csv

In the reader: ? lists the keys; ctrl-z suspends (fg comes back); a paste goes into the search line.
J/K move the paragraph cursor, y copies its paragraph, Y the whole answer, m marks it (M with a
note), ' lists your marks. Reopening a transcript returns where you left it.

Files: positions and marks in $XDG_STATE_HOME/presser (~/.local/state/presser); settings in
$XDG_CONFIG_HOME/presser/config.toml (~/.config/presser), keys named as the flags
(ambiguous = "wide", original-punctuation, lang, theme, measure, mouse); flags override them.

Exit status: 0 on success, 2 for bad usage or unreadable input, 1 for anything else
(no search match, output that could not be written).
`;

interface Parsed {
  command: 'read' | 'topics' | 'show' | 'search' | 'export' | 'marks' | 'align' | 'list' | 'trend';
  args: string[];
  values: Record<string, string | boolean | undefined>;
  lang: Lang;
}

const COMMANDS = ['topics', 'show', 'search', 'export', 'marks', 'align', 'list', 'trend'] as const;

const OPTIONS = {
  width: { type: 'string', short: 'w' },
  color: { type: 'string' },
  ambiguous: { type: 'string' },
  'original-punctuation': { type: 'boolean' },
  json: { type: 'boolean' },
  md: { type: 'boolean' },
  limit: { type: 'string' },
  scope: { type: 'string' },
  with: { type: 'string' },
  jsonl: { type: 'boolean' },
  by: { type: 'string' },
  split: { type: 'string' },
  csv: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  mouse: { type: 'boolean' },
  measure: { type: 'string' },
  lang: { type: 'string' },
  theme: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/**
 * The arguments, checked with messages of our own: Node's strict parser words its errors for
 * programmers (with quotes it leaves open) and refuses `--limit -1` as "ambiguous" before the
 * value can be judged. So options are read leniently (a value is whatever follows) and then
 * checked here: unknown names, a value missing or given to a switch.
 */
function parse(argv: string[]): Parsed {
  const { values, positionals, tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const langValue = typeof values.lang === 'string' ? values.lang : undefined;
  const lang = chooseLang(langValue);
  interfaceLang = lang;
  const say = strings(lang);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: 'string' | 'boolean' }>)[token.name];
    if (!spec) throw new UserError(say.unknownOption(token.rawName));
    if (spec.type === 'string' && token.value === undefined) throw new UserError(say.optionNeedsValue(token.rawName));
    if (spec.type === 'boolean' && token.value !== undefined) throw new UserError(say.optionTakesNoValue(token.rawName));
  }
  if (langValue !== undefined && langValue !== 'en' && langValue !== 'zh' && langValue !== 'auto') throw new UserError(say.langMustBe(langValue));
  const [first, ...rest] = positionals;
  if (first !== undefined && (COMMANDS as readonly string[]).includes(first)) {
    return { command: first as Parsed['command'], args: rest, values, lang };
  }
  // "presser help" is --help (when no file of that name is there to read).
  if (first === 'help' && rest.length === 0 && !exists(first)) return { command: 'read', args: [], values: { ...values, help: true }, lang };
  return { command: 'read', args: positionals, values, lang };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A lone word that names no file but is a command misspelt ("toppics"): say which command was
 * meant rather than "no such file".
 */
function misspeltCommand(args: string[]): string | undefined {
  const [word] = args;
  if (args.length !== 1 || word === undefined || word === '-' || /[./\\]/.test(word) || exists(word)) return undefined;
  let best: { command: string; d: number } | undefined;
  for (const command of COMMANDS) {
    const d = editDistance(word.toLowerCase(), command);
    if (d <= Math.max(1, Math.floor(command.length / 3)) && (!best || d < best.d)) best = { command, d };
  }
  return best?.command;
}

/** Levenshtein distance (short words only). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The widest --width accepted: far beyond any terminal, short of rows that could exhaust memory. */
const MAX_WIDTH = 10000;

function outputOptions(values: Parsed['values'], lang: Lang): OutputOptions {
  const say = strings(lang);
  let width = process.stdout.isTTY ? Math.max(WIDEST_GRAPHEME, process.stdout.columns || 80) : 80;
  if (values.width !== undefined) {
    const w = Number(values.width);
    if (!Number.isInteger(w) || w < WIDEST_GRAPHEME || w > MAX_WIDTH) {
      throw new UserError(say.widthMustBe(WIDEST_GRAPHEME, MAX_WIDTH, String(values.width)));
    }
    width = w;
  }
  const colorArg = (values.color as string | undefined) ?? 'auto';
  if (!['auto', 'always', 'never'].includes(colorArg)) throw new UserError(say.colorMustBe(colorArg));
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const color = colorArg === 'always' || (colorArg === 'auto' && !!process.stdout.isTTY && !noColor && process.env.TERM !== 'dumb');
  const amb = ((values.ambiguous as string | undefined) ?? process.env.PRESSER_AMBIGUOUS ?? 'narrow') as Ambiguous;
  if (amb !== 'narrow' && amb !== 'wide') throw new UserError(say.ambiguousMustBe(amb));
  return { width, color, ambiguous: amb, fullWidthPunctuation: !values['original-punctuation'], lang };
}

function maxArgs(p: Parsed, n: number, usage: string): void {
  if (p.args.length > n) throw new UserError(strings(p.lang).tooManyArguments(p.args.slice(n).join(' '), usage));
}

/** What decoding lost, said once on stderr (the reader says it in its status line instead). */
function warnAbout(opened: Opened): void {
  if (!opened.loss) return;
  try {
    process.stderr.write(`presser: ${printable(strings(interfaceLang).warning(localize(`${opened.shown}: ${opened.loss}`, interfaceLang)))}\n`);
  } catch {
    // stderr is gone: nothing to tell it with
  }
}

/**
 * The parser (and the layout, for show) are loaded by the commands on one transcript: a library
 * command, which reads its cache, does without them.
 */
async function openTranscript(file: string | undefined): Promise<Opened> {
  return (await import('./transcript/open.js')).openTranscript(file);
}

async function openForCommand(file: string | undefined): Promise<Opened> {
  const opened = await openTranscript(file);
  warnAbout(opened);
  return opened;
}

/** A file given with --with must be there from the start: a one-line error now, not when v is pressed. */
function checkReadable(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (e) {
    throw new UserError(PROBLEMS.cannotRead(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? PROBLEMS.noSuchFile() : (e as Error).message));
  }
  if (!isFile) throw new UserError(strings(interfaceLang).withNeedsFile(file));
}

/** The --with file for the reader's parallel view: its transcript, or why it cannot be read (one line). */
async function openCounterpart(file: string): Promise<{ transcript: Opened['transcript']; name: string } | { reason: string }> {
  try {
    const o = await openTranscript(file);
    return { transcript: o.transcript, name: o.name };
  } catch (e) {
    return { reason: (e as Error).message };
  }
}

/** Several paths, or one directory: a library. One file (or none, or "-"): a transcript, as always. */
function isLibrary(paths: string[]): boolean {
  if (paths.length > 1) return true;
  const [only] = paths;
  if (only === undefined || only === '-') return false;
  try {
    return statSync(only).isDirectory();
  } catch {
    return false;
  }
}

/** The bundled parse worker next to dist/presser.js (absent when running from source). */
const PARSE_WORKER = new URL('./parse-worker.js', import.meta.url);

/** Set by the build: the plain library commands' own bundle, next to dist/presser.js. */
declare const __PRESSER_LIBRARY_COMMANDS__: string | undefined;

/**
 * The plain library commands. The built program loads them as one file of their own: in the
 * reader's bundle their code is cut into some twenty small chunks shared with the reader's
 * pieces, and loading those was a tenth of a warm search (see scripts/build.mjs). From source,
 * the module itself.
 */
function libraryCommands(): Promise<typeof import('./commands/library-run.js')> {
  if (typeof __PRESSER_LIBRARY_COMMANDS__ === 'string') return import(new URL(__PRESSER_LIBRARY_COMMANDS__, import.meta.url).href);
  return import('./commands/library-run.js');
}

/** A library is files and directories: standard input cannot be one of them. */
function refuseStdin(paths: string[], lang: Lang): void {
  if (paths.includes('-')) throw new UserError(strings(lang).stdinInLibrary);
}

async function runLibrary(command: LibraryCommand, paths: string[], query: string | undefined, p: Parsed, out: OutputOptions): Promise<number> {
  refuseStdin(paths, p.lang);
  const { runLibraryCommand } = await libraryCommands();
  return runLibraryCommand(command, paths, query, p.values, out, PARSE_WORKER);
}

/** What the full-screen reader takes from the command line (settings file keys are named as these flags). */
type ReaderSettings = Omit<ReaderOptions, 'fromStdin'>;

function readerOptions(p: Parsed, out: OutputOptions): ReaderSettings {
  let measure = DEFAULT_MEASURE;
  if (p.values.measure !== undefined) {
    const m = Number(p.values.measure);
    if (typeof p.values.measure !== 'string' || !/^\d+$/.test(p.values.measure.trim()) || m < MEASURE_MIN || m > MEASURE_MAX) {
      throw new UserError(strings(p.lang).measureMustBe(MEASURE_MIN, MEASURE_MAX, String(p.values.measure)));
    }
    measure = m;
  }
  const theme = p.values.theme;
  if (theme !== undefined && theme !== 'auto' && theme !== 'light' && theme !== 'dark') throw new UserError(strings(p.lang).themeMustBe(String(theme)));
  return {
    ambiguous: out.ambiguous,
    color: out.color,
    theme: chooseTheme(theme),
    fullWidthPunctuation: out.fullWidthPunctuation ?? true,
    lang: p.lang,
    measure,
    mouse: !!p.values.mouse,
  };
}

async function main(argv: string[]): Promise<number> {
  const p = parse(argv);
  if (p.values.help) {
    writeStdout(p.lang === 'zh' ? (await import('./i18n/help-zh.js')).HELP_ZH : HELP);
    return 0;
  }
  if (p.values.version) {
    writeStdout(`presser ${pkg.version}\n`);
    return 0;
  }
  p.values = readConfig(p.values);
  // The settings file may name the language (the command line's --lang was taken first).
  p.lang = interfaceLang = chooseLang(typeof p.values.lang === 'string' ? p.values.lang : undefined);
  const say = strings(p.lang);
  const out = outputOptions(p.values, p.lang);
  switch (p.command) {
    case 'list': {
      if (p.args.length === 0) throw new UserError(say.listNeedsPaths);
      return runLibrary('list', p.args, undefined, p, out);
    }
    case 'topics': {
      if (isLibrary(p.args)) return runLibrary('topics', p.args, undefined, p, out);
      maxArgs(p, 1, 'presser topics [FILE] [--json]');
      const { transcript } = await openForCommand(p.args[0]);
      const { topicsJson, topicsText } = await import('./commands/topics.js');
      writeStdout(p.values.json ? topicsJson(transcript) : topicsText(transcript));
      return 0;
    }
    case 'show': {
      maxArgs(p, 2, 'presser show <N|LABEL> [FILE]');
      const key = p.args[0];
      if (key === undefined) throw new UserError(say.showNeedsTopic);
      if (typeof p.values.with === 'string') {
        const { alignPair, showWith } = await import('./commands/align.js');
        const pair = alignPair(await openForCommand(p.args[1]), await openForCommand(p.values.with), p.lang);
        if (pair.warning) process.stderr.write(`presser: ${localize(pair.warning, p.lang)}\n`);
        writeStdout(showWith(pair, key, out));
        return 0;
      }
      const { transcript } = await openForCommand(p.args[1]);
      const { findTopic, showTopic } = await import('./commands/show.js');
      writeStdout(showTopic(findTopic(transcript, key, p.lang), out));
      return 0;
    }
    case 'export': {
      if (isLibrary(p.args) || p.values.jsonl) return runLibrary('export', p.args, undefined, p, out);
      maxArgs(p, 1, 'presser export [FILE]');
      const { transcript } = await openForCommand(p.args[0]);
      writeStdout((await import('./commands/export.js')).exportJson(transcript));
      return 0;
    }
    case 'align': {
      maxArgs(p, 2, 'presser align ZH EN [--json]');
      if (p.args.length < 2) throw new UserError(say.alignNeedsTwo);
      const { alignJson, alignPair, alignText } = await import('./commands/align.js');
      const pair = alignPair(await openForCommand(p.args[0]), await openForCommand(p.args[1]), p.lang);
      if (pair.warning) process.stderr.write(`presser: ${localize(pair.warning, p.lang)}\n`);
      writeStdout(p.values.json ? alignJson(pair) : alignText(pair, out));
      return 0;
    }
    case 'search': {
      const query = p.args[0];
      if (query === undefined || query.trim() === '') throw new UserError(say.searchNeedsQuery);
      if (isLibrary(p.args.slice(1))) return runLibrary('search', p.args.slice(1), query, p, out);
      maxArgs(p, 2, 'presser search QUERY [FILE]');
      const { runSearchCommand } = await import('./commands/search.js');
      const opened = await openForCommand(p.args[1]);
      writeStdout(await runSearchCommand(opened.transcript, query, p.values, out));
      return 0;
    }
    case 'trend': {
      const usage = 'presser trend QUERY DIR... [--by year|month] [--split speaker|asker] [--json|--csv]';
      const query = p.args[0];
      if (query === undefined || query.trim() === '') throw new UserError(say.trendNeedsQuery(usage));
      if (p.args.length < 2) throw new UserError(say.trendNeedsPaths(usage));
      // Options are checked before the library is opened, so a typo fails at once.
      const { parseTrendOptions } = await import('./commands/trend.js');
      parseTrendOptions(p.values, p.lang);
      return runLibrary('trend', p.args.slice(1), query, p, out);
    }
    case 'marks': {
      maxArgs(p, 0, 'presser marks [--md|--json]');
      if (p.values.md && p.values.json) throw new UserError(say.chooseOne('--md', '--json'));
      const { Store } = await import('./store/store.js');
      const { marksJson, marksMarkdown, marksText } = await import('./commands/marks.js');
      const store = Store.open();
      const marks = store.marks();
      for (const notice of store.takeNotices()) process.stderr.write(`presser: ${printable(localize(notice, p.lang))}\n`);
      writeStdout(p.values.json ? marksJson(marks) : p.values.md ? marksMarkdown(marks, p.lang) : marksText(marks, p.lang));
      return 0;
    }
    case 'read': {
      // Checked even when piped, so a wrong flag is said at once, wherever the output goes.
      const reader = readerOptions(p, out);
      if (isLibrary(p.args)) {
        if (p.values.with !== undefined) throw new UserError(say.withInLibrary);
        // A dumb terminal cannot address the cursor or switch screens: it gets the list, as a pipe does.
        if (!process.stdout.isTTY || process.env.TERM === 'dumb') return runLibrary('read', p.args, undefined, p, out);
        refuseStdin(p.args, p.lang);
        readerRunning = true;
        return (await import('./commands/library-read.js')).readLibrary(p.args, p.values, out, PARSE_WORKER, reader);
      }
      maxArgs(p, 1, 'presser [FILE] [--with OTHER]');
      const meant = misspeltCommand(p.args);
      if (meant) throw new UserError(say.noSuchCommand(p.args[0]!, meant));
      // Piped, or a dumb terminal (which cannot address the cursor or switch screens): the text as a pipe gets it.
      const plain = !process.stdout.isTTY || process.env.TERM === 'dumb';
      // The reader's code is fetched while the transcript's is (a failure to load it is the reader's to report).
      const readerCode = plain ? undefined : import('./ui/run.js');
      readerCode?.catch(() => undefined);
      const opened = await openTranscript(p.args[0]);
      const other = typeof p.values.with === 'string' ? p.values.with : undefined;
      if (other !== undefined) checkReadable(other);
      if (plain) {
        warnAbout(opened);
        if (other === undefined) {
          writeStdout((await import('./commands/show.js')).showAll(opened.transcript, out));
          return 0;
        }
        const { alignPair, showAllWith } = await import('./commands/align.js');
        const pair = alignPair(opened, await openForCommand(other), p.lang);
        if (pair.warning) process.stderr.write(`presser: ${localize(pair.warning, p.lang)}\n`);
        writeStdout(showAllWith(pair, out));
        return 0;
      }
      const { runReader } = await readerCode!;
      readerRunning = true;
      return runReader(opened, {
        ...reader,
        fromStdin: p.args[0] === '-',
        // Read, parsed and aligned only when the parallel view is first asked for (v).
        ...(other !== undefined ? { counterpart: () => openCounterpart(other) } : {}),
      });
    }
  }
}

/**
 * The settings file ($XDG_CONFIG_HOME/presser/config.toml) under the command line: its problems
 * (a bad value, an unknown key) one line each on stderr, the defaults used for those.
 */
function readConfig(values: Parsed['values']): Parsed['values'] {
  const path = configPath();
  const { settings, problems } = readSettings(path, printable(path));
  for (const line of problems) process.stderr.write(`presser: ${printable(localize(line, interfaceLang))}\n`);
  return withSettings(values, settings);
}

/** The interface's language: the locale's until the command line (then the settings file) says otherwise. */
let interfaceLang: Lang = langFromLocale();

/** Set while the full-screen reader runs: its own lifecycle handles a terminal that fails. */
let readerRunning = false;
/** One line per run: a failed write can also be reported again by the stream's 'error' event. */
let reported = false;

function report(line: string): void {
  if (reported) return;
  reported = true;
  try {
    // Messages quote file names and arguments: user input, so escaped before it reaches the terminal.
    process.stderr.write(`presser: ${printable(line)}\n`);
  } catch {
    // stderr is gone too (2>/dev/full): the exit status is all that is left to say it.
  }
}

function fail(e: unknown): void {
  if (isBrokenPipe(e)) {
    // `presser show 1 | head -1`: the reader of the pipe left; that is not an error.
    process.exitCode = 0;
    return;
  }
  if (isUserError(e)) {
    report(localize(e.message, interfaceLang));
    process.exitCode = e.exitCode;
  } else {
    report(localize(PROBLEMS.internalError((e as Error)?.message ?? String(e)), interfaceLang));
    process.exitCode = 1;
  }
}

// A pipe's write failures arrive here, after main() has returned.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (readerRunning) throw e; // the reader's crash handler restores the terminal and exits
  fail(outputError(e));
  process.exit();
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode ??= code;
}, fail);
