/**
 * The pack's header on disk: its entries stored by column (one array per field, of strings and
 * numbers only), so that a warm open parses a handful of flat arrays instead of some twenty
 * thousand small objects and strings, and builds an entry's objects only when they are asked for
 * (the columns of paths, stats, hashes, sums and dates are each one string: string-column.ts). What can be
 * derived is not stored: the paths' common directory (once), an event equal to the title, names
 * repeated across entries (an index into one table of strings).
 */
import type { TranscriptMeta } from './meta.js';
import { isRegionRef, type RegionRef } from './checked-region.js';
import { PROBLEMS } from '../i18n/problems.js';
import { joinColumn, StringColumn } from './string-column.js';

/** Where a blob is in the pack, and the first 128 bits of its SHA-256 (hex). */
export type BlobRef = [offset: number, length: number, sum: string];

/** The character index in a pack: its table (checked whole) and its documents' numbers (checked a block at a time). */
export interface PostingsRef {
  table: BlobRef;
  docs: RegionRef;
}

export interface PackEntry {
  /** Absolute path of the file. */
  path: string;
  /** The file's size, times and inode when they can be trusted to mean "unchanged" (see freshStat); else null. */
  stat: string | null;
  /** SHA-256 of the file's bytes (hex): the key the entry is reused by, under any path. */
  hash: string;
  meta?: TranscriptMeta;
  /** Why the file is not a transcript (it is skipped, with this reason, at every run until it changes). */
  error?: string;
  blob?: BlobRef;
}

/** What a writer gives: the entries as objects. */
export interface PackHeaderInput {
  format: number;
  /** Cache version: the pack format, the program version and a hash of the parser's source. */
  version: string;
  /** The library this pack is for (its roots, hashed). */
  key: string;
  written: number;
  entries: PackEntry[];
}

/**
 * The column each field of a transcript's metadata is kept in. A field added to TranscriptMeta
 * without a column here fails to compile, instead of being dropped from the cache without a word.
 */
export const META_COLUMNS = {
  textDate: 'dates',
  title: 'titles',
  event: 'events',
  answerers: 'names',
  askers: 'names',
  questions: 'questions',
  topics: 'topics',
} as const satisfies Record<keyof TranscriptMeta, keyof PackColumns>;

/** An event stored as the title (most statements' event is their title). */
const EVENT_IS_TITLE = -1;

/**
 * The header as stored. Entry i is value i of every column; an entry with an error has null
 * (or "", or 0 names) in every meta and blob column, one without has a value in each. The
 * string columns (string-column.ts) hold "" for null.
 */
export interface PackColumns {
  format: number;
  version: string;
  key: string;
  written: number;
  postings: PostingsRef;
  /** The paths' common directory (ending in "/", or empty). */
  dir: string;
  /** Each path after `dir` (a string column, as are the stats, hashes, sums and dates). */
  paths: string;
  stats: string;
  hashes: string;
  errors: (string | null)[];
  offsets: (number | null)[];
  lengths: (number | null)[];
  sums: string;
  dates: string;
  titles: (string | null)[];
  /** null: no event; EVENT_IS_TITLE: the title; else an index into `strings`. */
  events: (number | null)[];
  questions: (number | null)[];
  topics: (number | null)[];
  /** How many of the entry's `names` are answerers, then askers. */
  answerers: number[];
  askers: number[];
  /** Every entry's answerers then askers, in entry order, as indices into `strings`. */
  names: number[];
  /** The strings the events and names refer to, each once. */
  strings: string[];
}

/** The header to write: the entries turned into columns. */
export function encodeHeader(h: PackHeaderInput, postings: PostingsRef): PackColumns {
  const dir = commonDir(h.entries.map((e) => e.path));
  const paths: string[] = [];
  const stats: string[] = [];
  const hashes: string[] = [];
  const sums: string[] = [];
  const dates: string[] = [];
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (s: string): number => {
    let i = indexOf.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      indexOf.set(s, i);
    }
    return i;
  };
  const c: PackColumns = {
    format: h.format,
    version: h.version,
    key: h.key,
    written: h.written,
    postings,
    dir,
    paths: '',
    stats: '',
    hashes: '',
    errors: [],
    offsets: [],
    lengths: [],
    sums: '',
    dates: '',
    titles: [],
    events: [],
    questions: [],
    topics: [],
    answerers: [],
    askers: [],
    names: [],
    strings,
  };
  for (const e of h.entries) {
    paths.push(e.path.slice(dir.length));
    stats.push(e.stat ?? '');
    hashes.push(e.hash);
    const ok = e.error === undefined;
    c.errors.push(ok ? null : e.error!);
    const m = ok ? e.meta : undefined;
    const b = ok ? e.blob : undefined;
    c.offsets.push(b ? b[0] : null);
    c.lengths.push(b ? b[1] : null);
    sums.push(b ? b[2] : '');
    dates.push(m?.textDate ?? '');
    c.titles.push(m ? m.title : null);
    c.events.push(m?.event === undefined ? null : m.event === m.title ? EVENT_IS_TITLE : intern(m.event));
    c.questions.push(m ? m.questions : null);
    c.topics.push(m ? m.topics : null);
    c.answerers.push(m ? m.answerers.length : 0);
    c.askers.push(m ? m.askers.length : 0);
    if (m) for (const n of [...m.answerers, ...m.askers]) c.names.push(intern(n));
  }
  return { ...c, paths: joinColumn(paths), stats: joinColumn(stats), hashes: joinColumn(hashes), sums: joinColumn(sums), dates: joinColumn(dates) };
}

/** The longest directory ("/"-ended) every path is in. */
function commonDir(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let dir = paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1);
  for (const p of paths) while (!p.startsWith(dir)) dir = dir.slice(0, dir.lastIndexOf('/', dir.length - 2) + 1);
  return dir;
}

/** A pack's entries, read from its columns as they are asked for. */
export class PackedEntries {
  readonly length: number;
  /** Where each entry's names start in `names`. */
  private readonly nameStart: Uint32Array;
  private byPath: Map<string, number> | undefined;
  /** The entry `indexOfPath` found last (files are mostly asked for in the order they were written). */
  private lastFound = -1;

  private constructor(
    private readonly c: PackColumns,
    private readonly paths: StringColumn,
    private readonly stats: StringColumn,
    private readonly hashes: StringColumn,
    private readonly sums: StringColumn,
    private readonly dates: StringColumn,
  ) {
    this.length = paths.length;
    this.nameStart = new Uint32Array(this.length + 1);
    for (let i = 0; i < this.length; i++) this.nameStart[i + 1] = this.nameStart[i]! + c.answerers[i]! + c.askers[i]!;
  }

  /**
   * The entries of a header that passed its checksum, or why it is malformed (it may still be
   * from a buggy writer): every column of the same length and of its type, every reference inside
   * the data (`end`) or the table of strings.
   */
  static check(h: unknown, format: number, end: number): PackedEntries | string {
    if (!h || typeof h !== 'object' || (h as PackColumns).format !== format) return PROBLEMS.packUnknownHeader();
    const c = h as PackColumns;
    if (
      typeof c.version !== 'string' ||
      typeof c.key !== 'string' ||
      typeof c.dir !== 'string' ||
      !isPostingsRef(c.postings, end) ||
      !columnOf(c.strings, isString) ||
      // (A reason is never empty: open.ts takes an empty one for none.)
      !columnOf(c.errors, (x) => x === null || (typeof x === 'string' && x !== ''))
    )
      return PROBLEMS.packMalformedHeader();
    const n = c.errors.length;
    const paths = StringColumn.of(c.paths, n);
    const stats = StringColumn.of(c.stats, n);
    const hashes = StringColumn.of(c.hashes, n);
    const sums = StringColumn.of(c.sums, n);
    const dates = StringColumn.of(c.dates, n);
    const ofLength = (col: unknown[]) => col.length === n;
    if (
      !paths ||
      !stats ||
      !hashes ||
      !sums ||
      !dates ||
      !columnOf(c.offsets, isCountOrNull) ||
      !columnOf(c.lengths, isCountOrNull) ||
      !columnOf(c.titles, isStringOrNull) ||
      !columnOf(c.events, (x) => x === null || x === EVENT_IS_TITLE || (isCount(x) && x < c.strings.length)) ||
      !columnOf(c.questions, isCountOrNull) ||
      !columnOf(c.topics, isCountOrNull) ||
      !columnOf(c.answerers, isCount) ||
      !columnOf(c.askers, isCount) ||
      !columnOf(c.names, (x) => isCount(x) && x < c.strings.length) ||
      ![c.offsets, c.lengths, c.titles, c.events, c.questions, c.topics, c.answerers, c.askers].every(ofLength)
    )
      return PROBLEMS.packMalformedHeader();
    let names = 0;
    for (let i = 0; i < n; i++) {
      names += c.answerers[i]! + c.askers[i]!;
      const offset = c.offsets[i]!;
      const length = c.lengths[i]!;
      const blob = offset !== null && length !== null && !sums.empty(i) && offset + length <= end;
      const meta = c.titles[i] !== null && c.questions[i] !== null && c.topics[i] !== null;
      const ok =
        c.errors[i] === null
          ? blob && meta
          : offset === null &&
            length === null &&
            sums.empty(i) &&
            c.titles[i] === null &&
            dates.empty(i) &&
            c.events[i] === null &&
            c.questions[i] === null &&
            c.topics[i] === null &&
            c.answerers[i] === 0 &&
            c.askers[i] === 0;
      if (!ok) return PROBLEMS.packMalformedEntry();
    }
    if (names !== c.names.length) return PROBLEMS.packMalformedHeader();
    return new PackedEntries(c, paths, stats, hashes, sums, dates);
  }

  get columns(): PackColumns {
    return this.c;
  }

  /** The entry of this absolute path (any one of them, should a buggy writer have listed it twice). */
  indexOfPath(path: string): number | undefined {
    const { dir } = this.c;
    if (!path.startsWith(dir)) return undefined;
    const rel = path.slice(dir.length);
    const next = this.lastFound + 1;
    if (next < this.length && this.paths.is(next, rel)) return (this.lastFound = next);
    // Not in the order written: the map of every path, built the first time it is needed.
    if (!this.byPath) {
      this.byPath = new Map();
      for (let i = this.length - 1; i >= 0; i--) this.byPath.set(this.paths.get(i), i);
    }
    const i = this.byPath.get(rel);
    if (i !== undefined) this.lastFound = i;
    return i;
  }

  path(i: number): string {
    return this.c.dir + this.paths.get(i);
  }

  stat(i: number): string | null {
    return this.stats.empty(i) ? null : this.stats.get(i);
  }

  /** Entry i's stat is `stat` (compared in place). */
  statIs(i: number, stat: string): boolean {
    return stat !== '' && this.stats.is(i, stat);
  }

  hash(i: number): string {
    return this.hashes.get(i);
  }

  /** Why the file is not a transcript; undefined when it is one. */
  error(i: number): string | undefined {
    return this.c.errors[i] ?? undefined;
  }

  /** Where the entry's model is (every entry without an error has one). */
  blob(i: number): BlobRef | undefined {
    const offset = this.c.offsets[i];
    return offset === null || offset === undefined ? undefined : [offset, this.c.lengths[i]!, this.sums.get(i)];
  }

  /** The entry's metadata, built now (a new object at each call); undefined for an error. */
  meta(i: number): TranscriptMeta | undefined {
    const c = this.c;
    const title = c.titles[i];
    if (title === null || title === undefined) return undefined;
    const event = c.events[i];
    const start = this.nameStart[i]!;
    const split = start + c.answerers[i]!;
    const end = this.nameStart[i + 1]!;
    const answerers = new Array<string>(split - start);
    for (let k = start; k < split; k++) answerers[k - start] = c.strings[c.names[k]!]!;
    const askers = new Array<string>(end - split);
    for (let k = split; k < end; k++) askers[k - split] = c.strings[c.names[k]!]!;
    // Built in the order describeTranscript gives its fields (the commands print them in it).
    const meta = (this.dates.empty(i) ? { title } : { textDate: this.dates.get(i), title }) as TranscriptMeta;
    if (event !== null) meta.event = event === EVENT_IS_TITLE ? title : c.strings[event!]!;
    meta.answerers = answerers;
    meta.askers = askers;
    meta.questions = c.questions[i]!;
    meta.topics = c.topics[i]!;
    return meta;
  }

  /** Every entry as an object. */
  all(): PackEntry[] {
    return Array.from({ length: this.length }, (_, i) => this.entry(i));
  }

  /** Entry i as an object. */
  entry(i: number): PackEntry {
    const e: PackEntry = { path: this.path(i), stat: this.stat(i), hash: this.hash(i) };
    const error = this.error(i);
    if (error !== undefined) e.error = error;
    else {
      e.meta = this.meta(i)!;
      e.blob = this.blob(i)!;
    }
    return e;
  }
}

type Check = (x: unknown) => boolean;

function columnOf(col: unknown, each: Check): boolean {
  return Array.isArray(col) && col.every(each);
}

const isString: Check = (x) => typeof x === 'string';
const isStringOrNull: Check = (x) => x === null || typeof x === 'string';
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isCountOrNull: Check = (x) => x === null || isCount(x);

export function isBlobRef(r: unknown, end: number): r is BlobRef {
  return Array.isArray(r) && r.length === 3 && isCount(r[0]) && isCount(r[1]) && r[0] + r[1] <= end && typeof r[2] === 'string';
}

function isPostingsRef(r: unknown, end: number): r is PostingsRef {
  return !!r && typeof r === 'object' && isBlobRef((r as PostingsRef).table, end) && isRegionRef((r as PostingsRef).docs, end);
}
