/**
 * The library view's runtime: the loop of src/ui/runtime.ts over the view's reducer (state.ts),
 * performing its effects — searching the library once typing pauses (and at once for a query it
 * has run), reading a transcript to open, quitting, suspending, status messages.
 */
import { PROBLEMS } from '../../i18n/problems.js';
import { basename } from 'node:path';
import type { Library } from '../../library/open.js';
import type { Transcript } from '../../transcript/model.js';
import { openTranscript } from '../../transcript/open.js';
import type { InputAction } from '../state/index.js';
import type { Mark } from '../../store/marks.js';
import type { Lang } from '../../i18n/strings.js';
import { markFile } from '../markFile.js';
import { Runtime, unreachable, type ViewServices } from '../runtime.js';
import { QueryCache, SEARCH_PAUSE_MS } from './queries.js';
import { searchLibrary } from '../../library/search.js';
import { exchangesOf } from '../../trend/exchanges.js';
import { type LibraryAction, type LibraryEffect, type LibraryViewState, reduceLibrary } from './state.js';

/** Where the keyboard's actions go while a transcript is read: its reader. */
export type ReaderInput = (action: InputAction) => void;

export class LibraryRuntime extends Runtime<LibraryViewState, LibraryAction, LibraryEffect> {
  private library: Library | null = null;
  private libraryOpened: (library: Library) => void = () => undefined;
  /** The library once it is open (a reader's `v` while it still opens waits for it). */
  private readonly libraryReady = new Promise<Library>((resolve) => {
    this.libraryOpened = resolve;
  });
  private readonly queries = new QueryCache();
  private searchTimer: unknown = null;
  private trendTimer: unknown = null;
  /** The reader showing, once it has mounted and taken the keys. */
  private reader: { seq: number; input: ReaderInput } | null = null;
  /** Keys that came after a transcript was read and before its reader had mounted. */
  private early: { seq: number; actions: InputAction[] } | null = null;
  /** Each file's other-language version, paired once, when a reader first asks (pinyin-pro loads then). */
  private versions: Promise<Map<string, { lang?: 'zh' | 'en'; counterpart?: string }>> | null = null;

  constructor(
    initial: LibraryViewState,
    services: ViewServices,
    /** Keeps the transcript last opened (absent: nothing is remembered). */
    private readonly rememberRead?: (hash: string) => void,
  ) {
    super(initial, services);
  }

  /**
   * A read of the keyboard. The one input source of the view and the readers it opens: each
   * action goes to the reader while one is shown (held until it has mounted), else to the view —
   * so when a key hands back (Backspace), the keys after it in the same read are the view's.
   */
  input(actions: InputAction[]): void {
    for (const action of actions) {
      const seq = this.state.reading?.transcript ? this.state.reading.seq : null;
      if (seq === null) this.dispatch(action);
      else if (this.reader?.seq === seq) this.reader.input(action);
      else if (this.early?.seq === seq) this.early.actions.push(action);
      else this.early = { seq, actions: [action] };
    }
  }

  /** Reader `seq` has mounted: it takes the keys (those that came early first). Returns its detach. */
  attachReader(seq: number, input: ReaderInput): () => void {
    const reader = { seq, input };
    this.reader = reader;
    const early = this.early?.seq === seq ? this.early.actions : [];
    this.early = null;
    this.input(early);
    return () => {
      if (this.reader === reader) this.reader = null;
    };
  }

  /**
   * Reader `seq` asks for a mark of another transcript: found among the library's transcripts by
   * its content hash (wherever the file is now; those the cache listed while the library opens
   * too), or else its own file when still where the mark was made and unchanged, it opens there
   * (null); else why not.
   */
  openMark(seq: number, mark: Mark, lang: Lang): string | null {
    const listed = (this.library?.items ?? this.state.entries).find((e) => e.hash === mark.transcript.hash);
    let path = listed?.path;
    if (path === undefined) {
      const file = markFile(mark, openTranscript, lang);
      if (typeof file === 'string') return file;
      path = mark.transcript.path!;
    }
    this.dispatch({ type: 'readerOpenMark', seq, path, mark });
    return null;
  }

  /** The library is open: searches run from now on. */
  opened(library: Library): void {
    this.library = library;
    this.libraryOpened(library);
    this.dispatch({ type: 'libraryOpen', entries: library.items });
  }

  override stop(): void {
    super.stop();
    this.clock.clearTimeout(this.searchTimer);
    this.clock.clearTimeout(this.trendTimer);
  }

  protected reduce(state: LibraryViewState, action: LibraryAction) {
    return reduceLibrary(state, action);
  }

  protected perform(effect: LibraryEffect): LibraryAction | undefined {
    switch (effect.type) {
      case 'status':
      case 'quit':
      case 'suspend':
        return this.performViewEffect(effect);
      case 'search':
        return this.search(effect.query, effect.scope);
      case 'trend':
        this.trend(effect.query, effect.scope);
        return;
      case 'rememberRead':
        this.rememberRead?.(effect.hash);
        return;
      case 'read':
        try {
          return { type: 'transcriptRead', seq: effect.seq, ...this.read(effect.path) };
        } catch (e) {
          return { type: 'readFailed', seq: effect.seq, message: PROBLEMS.cannotOpen(basename(effect.path), (e as Error).message) };
        }
      default:
        return unreachable(effect);
    }
  }

  /** Results known: at once. Otherwise searched once typing pauses (the line follows every key, the results the pause). */
  private search(query: string, scope: LibraryViewState['search']['scope']): LibraryAction | undefined {
    // Another query now: a search still running for an older one stops at its next step.
    this.queries.stopAllBut(QueryCache.key(query, scope));
    const known = this.queries.get(query, scope);
    if (known) return { type: 'searchResults', query, scope, results: known };
    this.clock.clearTimeout(this.searchTimer);
    this.searchTimer = this.clock.setTimeout(() => {
      if (!this.library) return;
      this.queries.run(this.library, query, scope).then(
        (results) => this.dispatch({ type: 'searchResults', query, scope, results }),
        // Replaced by a newer query's search: that one answers.
        () => undefined,
      );
    }, SEARCH_PAUSE_MS);
    return;
  }

  /**
   * The other-language version of a transcript of the library (the parallel view's `v`), paired
   * among the library's files as `presser list --json` pairs them: by date, spokesperson and kind.
   */
  async counterpartOf(path: string): Promise<{ transcript: Transcript; name: string } | { reason: string }> {
    // While the library still opens (a transcript read from its file), `v` waits for it: the
    // reader says it is aligning meanwhile; a reason given now would be gone once the library opened.
    const lib = this.library ?? (await this.libraryReady);
    this.versions ??= import('../../bilingual/versions.js').then(({ pairVersions }) => {
      const paired = pairVersions(
        lib.items.map((it) => ({ file: it.file, title: it.meta.title, date: it.date, event: it.meta.event, answerers: it.meta.answerers })),
      );
      return new Map(lib.items.map((it, i) => [it.path, paired[i]!]));
    });
    const mine = (await this.versions).get(path);
    const item = mine?.counterpart !== undefined ? lib.items.find((it) => it.file === mine.counterpart) : undefined;
    if (!item)
      return { reason: mine?.lang === 'en' ? PROBLEMS.noChineseVersion() : mine?.lang === 'zh' ? PROBLEMS.noEnglishVersion() : PROBLEMS.noOtherVersion() };
    const transcript = lib.transcript(item);
    lib.forget();
    return { transcript, name: basename(item.path) };
  }

  /** The exchanges that contain the query, in the whole library (not only the newest transcripts a search as you type looks at). */
  private trend(query: string, scope: LibraryViewState['search']['scope']): void {
    const lib = this.library;
    if (!lib) return;
    // After the frame that says "counting…" is drawn: a broad query holds the thread for seconds.
    this.clock.clearTimeout(this.trendTimer);
    this.trendTimer = this.clock.setTimeout(() => {
      void searchLibrary(lib, query, { scope }).then(
        (results) => this.dispatch({ type: 'trendResults', query, scope, exchanges: exchangesOf(lib, results) }),
        () => this.dispatch({ type: 'trendResults', query, scope, exchanges: [] }),
      );
    }, 0);
  }

  /** A transcript of the library; while the library is still opening, read from its file. */
  private read(path: string): { transcript: Transcript; hash?: string } {
    const lib = this.library;
    const item = lib?.items.find((it) => it.path === path);
    if (!lib || !item) {
      const { transcript, hash } = openTranscript(path);
      return hash ? { transcript, hash } : { transcript };
    }
    const transcript = lib.transcript(item);
    // The reader holds it; the library need not keep every transcript opened.
    lib.forget();
    return { transcript, hash: item.hash };
  }
}
