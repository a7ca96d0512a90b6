/**
 * Runs a plain command over a library: opens it (with the index's progress bar on a terminal's
 * stderr, and one line on stderr for each file skipped), then prints what the command asks for.
 * Loaded only when a command is given a directory or several files. The built program has it as
 * a bundle of its own, without the reader (dist/library-commands.js, see scripts/build.mjs).
 */
import { strings, type Lang } from '../i18n/strings.js';
import { localize } from '../i18n/problems.js';
import { UserError } from '../errors.js';
import { writeStdout } from '../stdout.js';
import { openLibrary, ParserNeeded, type Library } from '../library/open.js';
import { stderrProgress } from '../library/progress.js';
import { printable } from '../transcript/sanitize.js';
import { exportJsonl, listJson, runLibrarySearch, topicsJson } from './library.js';
import type { OutputOptions } from './output.js';

/** 'read': `presser DIR` piped, or on a dumb terminal, gets the list (on a terminal, the reader: library-read.ts). */
export type LibraryCommand = 'list' | 'search' | 'topics' | 'export' | 'read' | 'trend';
type Values = Record<string, string | boolean | undefined>;

export async function loadLibrary(
  paths: readonly string[],
  values: Values,
  workerUrl: URL | undefined,
  lazyParser = false,
  lang: Lang = 'en',
): Promise<Library> {
  const say = strings(lang);
  const progress = stderrProgress(process.stderr, Date.now, say);
  const lib = await openLibrary(paths, {
    cache: !values['no-cache'],
    workerUrl,
    lazyParser,
    onProgress: (done, total) => progress.update(done, total),
    notice: (m) => {
      progress.end();
      process.stderr.write(`presser: ${printable(localize(m, lang))}\n`);
    },
  });
  progress.end();
  for (const s of lib.skipped) process.stderr.write(`presser: ${say.skippedFile(s.file, printable(localize(s.reason, lang)))}\n`);
  if (lib.items.length === 0) throw new UserError(say.noTranscriptsIn(paths.map(printable).join(' ')));
  return lib;
}

export async function runLibraryCommand(
  command: LibraryCommand,
  paths: readonly string[],
  query: string | undefined,
  values: Values,
  out: OutputOptions,
  workerUrl: URL | undefined,
): Promise<number> {
  // A list or a search reads the cache and prints at the end: the parser is loaded only if needed.
  const lazyParser = command === 'list' || command === 'read' || command === 'search';
  const lib = await loadLibrary(paths, values, workerUrl, lazyParser, out.lang);
  const write = (s: string) => writeStdout(s);
  try {
    switch (command) {
      case 'list':
      case 'read':
        write(await withParser(lib, async () => (values.json ? await listJson(lib) : (await import('./library-text.js')).listText(lib, out))));
        return 0;
      case 'search':
        write(await withParser(lib, () => runLibrarySearch(lib, query ?? '', values, out)));
        return 0;
      case 'trend':
        write(await (await import('./trend.js')).runTrend(lib, query ?? '', values, out));
        return 0;
      case 'topics':
        write(values.json ? topicsJson(lib) : (await import('./library-text.js')).topicsText(lib));
        return 0;
      case 'export':
        exportJsonl(lib, write);
        return 0;
    }
  } finally {
    lib.close();
  }
}

/** What a library opened with a lazy parser gives, read once more with the parser when a read needed it. */
async function withParser<T>(lib: Library, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (!(e instanceof ParserNeeded)) throw e;
    await lib.loadParser();
    return read();
  }
}
