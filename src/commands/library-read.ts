/**
 * `presser DIR` on a terminal: the reader's library view. Kept apart from the plain library
 * commands (library-run.ts), which the built program loads as a bundle of their own.
 */
import { strings } from '../i18n/strings.js';
import { localize } from '../i18n/problems.js';
import type { ReaderOptions } from '../ui/run.js';
import { UserError } from '../errors.js';
import { openLibrary, type Library, type OpenLibraryOptions } from '../library/open.js';
import { peekLibrary } from '../library/peek.js';
import { libraryKeyOf } from '../library/cache-dir.js';
import { printable } from '../transcript/sanitize.js';
import type { OutputOptions } from './output.js';

type Values = Record<string, string | boolean | undefined>;

/** The library view opens the library itself (its progress in the frame); notices about the cache wait until the terminal is back. */
export async function readLibrary(
  paths: readonly string[],
  values: Values,
  out: OutputOptions,
  workerUrl: URL | undefined,
  reader: Omit<ReaderOptions, 'fromStdin'> | undefined,
): Promise<number> {
  const { runReader } = await import('../ui/run.js');
  const notices: string[] = [];
  const open = (hooks: Pick<OpenLibraryOptions, 'onProgress' | 'onEntries'>): Promise<Library> =>
    openLibrary(paths, { cache: !values['no-cache'], workerUrl, ...hooks, notice: (m) => notices.push(m) }).then((lib) => {
      if (lib.items.length === 0) throw new UserError(strings(out.lang ?? 'en').noTranscriptsIn(paths.map(printable).join(' ')));
      return lib;
    });
  try {
    return await runReader(
      { library: open, peek: values['no-cache'] ? null : peekLibrary(paths), key: libraryKeyOf(paths) },
      {
        ambiguous: out.ambiguous,
        color: out.color,
        fullWidthPunctuation: out.fullWidthPunctuation ?? true,
        mouse: !!values.mouse,
        ...reader,
        fromStdin: false,
      },
    );
  } finally {
    for (const m of notices) process.stderr.write(`presser: ${printable(localize(m, out.lang ?? 'en'))}\n`);
  }
}
