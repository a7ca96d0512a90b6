/**
 * Opening a library: the files named (directories walked), each parsed once by the ordinary
 * pipeline (openTranscriptBytes) and kept in the cache by its content; on later runs only files
 * that were added or changed are read and parsed again, and the pack is rewritten only when
 * something changed. Files that cannot be read or are no transcript are reported once each
 * (`skipped`) and never stop the rest.
 *
 * A file is taken as unchanged without reading it when its size, times and inode are those
 * recorded — but only if they were recorded at least RACY_MS after the file was last modified
 * (a file written twice within one clock tick keeps its time: such entries are re-read, as git
 * does with "racily clean" files).
 */
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { basename } from 'node:path';
import type { Transcript } from '../transcript/model.js';
import { nameDateOf } from '../transcript/name-date.js';
import { lazy } from '../lazy.js';
import { CacheAccess } from './cache-access.js';
import { CACHE_VERSION, cacheRoot, libraryKey, packPath } from './cache-dir.js';
import { discoverFiles, errnoReason, type Skipped } from './files.js';
import { entryDate, type TranscriptMeta } from './meta.js';
import { CorruptPack, PACK_FORMAT, PackReader, type BlobRef, type PackEntry, type PackHeaderInput } from './pack.js';
import type { PackWriter } from './pack-writer.js';
import type { ParseTask } from './parse-pool.js';
import type { ParseResult } from './parse-job.js';
import { searchableChars } from './chars.js';
import { DocPostings, PostingsError, type CharIndex } from './postings.js';
import { HealingIndex } from './healing-index.js';

export type { Skipped } from './files.js';

const RACY_MS = 2000;
const ENTRIES_MS = 150;

/**
 * The parser, and the pool that runs it, loaded when something is to be parsed: a library read
 * whole from its cache does without them (loading the parser's code is a tenth of a warm search).
 */
const parsing = lazy(() => import('./parse-job.js'));
const pooling = lazy(() => import('./parse-pool.js'));

/**
 * Thrown by a read of a library opened with `lazyParser` when a model must be parsed again (its
 * cached copy is damaged) and the parser is not loaded: load it (`loadParser`) and read again.
 */
export class ParserNeeded extends Error {
  override readonly name = 'ParserNeeded';
}

/** A transcript of the library as a list shows it. */
export interface LibraryEntry {
  /** The file as the user would write it (safe to print). */
  file: string;
  /** Absolute path. */
  path: string;
  /** ISO date; undefined: undated (listed last). */
  date?: string;
  meta: TranscriptMeta;
  /** SHA-256 of the file's bytes, when known (what its reading position is kept under). */
  hash?: string;
}

export interface LibraryItem extends LibraryEntry {
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** Number of the document in the library's character index. */
  doc: number;
}

export interface OpenLibraryOptions {
  /** false: neither read nor write the cache (`--no-cache`). */
  cache?: boolean;
  /** The cache directory; default $XDG_CACHE_HOME/presser. */
  cacheDir?: string;
  /** The bundled parse worker (dist/parse-worker.js); without it files are parsed in this thread. */
  workerUrl?: URL;
  /** Files still to parse: called as each is done. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The transcripts known so far, newest first, while the library is being opened: those found in
   * the cache at once, the others as they are parsed (at most every ENTRIES_MS). A view can show
   * them before the library is complete.
   */
  onEntries?: (entries: LibraryEntry[]) => void;
  /** One-line notices (a damaged cache rebuilt, a cache that cannot be written). */
  notice?: (message: string) => void;
  now?: () => number;
  /**
   * Load the parser only if a file must be parsed while opening. Reads of the library may then
   * throw ParserNeeded (see there): for a command that reads once and can start over.
   */
  lazyParser?: boolean;
}

/** How a document's model is loaded: from a pack, from memory, or by parsing its file again. */
type Loader = { kind: 'pack'; pack: PackReader; entry: number } | { kind: 'json'; json: string } | { kind: 'file'; path: string; name: string };

export class Library {
  private readonly models = new Map<number, Transcript>();
  private readonly index: HealingIndex;

  constructor(
    /** Newest first; undated last. */
    readonly items: readonly LibraryItem[],
    readonly skipped: readonly Skipped[],
    private readonly loaders: Loader[],
    index: DocPostings,
    private readonly onDamage: (reason: string) => void,
    private readonly packs: readonly PackReader[],
  ) {
    this.index = new HealingIndex(index, () => this.rebuildIndex(), onDamage);
  }

  /** The character index; its document numbers are the items' `doc`. */
  postings(): CharIndex {
    return this.index;
  }

  /** The index built again from the models, when the pack's turned out damaged as it was read (see HealingIndex). */
  private rebuildIndex(): DocPostings {
    const chars: (Uint32Array | null)[] = this.loaders.map(() => null);
    for (const item of this.items) chars[item.doc] = charsOfJson(this.bytes(item));
    return DocPostings.build(chars);
  }

  /** The item's model (parsed once, then kept). */
  transcript(item: LibraryItem): Transcript {
    let t = this.models.get(item.doc);
    if (!t) {
      t = JSON.parse(this.json(item)) as Transcript;
      this.models.set(item.doc, t);
    }
    return t;
  }

  /** The item's model as JSON, without keeping it. */
  json(item: LibraryItem): string {
    return this.bytes(item).toString('utf8');
  }

  /** The item's model as UTF-8 JSON bytes. */
  bytes(item: LibraryItem): Buffer {
    const loader = this.loaders[item.doc]!;
    if (loader.kind === 'json') return Buffer.from(loader.json, 'utf8');
    if (loader.kind === 'pack') {
      try {
        return loader.pack.blob(loader.pack.entries.blob(loader.entry)!);
      } catch (e) {
        if (!(e instanceof CorruptPack)) throw e;
        if (!parsing.ready()) throw new ParserNeeded('the parser is needed to read a damaged cached model again');
        this.onDamage(e.message);
      }
    }
    // The cached copy is damaged (or was never written): parse the file again.
    const parser = parsing.ready();
    if (!parser) throw new ParserNeeded('the parser is needed to read a model that is not cached');
    const result = parser.parseJob(readFileSync(item.path), basename(item.path));
    const json = result.ok ? result.json : JSON.stringify({ title: item.meta.title, topics: [], quotes: [], notes: [result.reason], repairs: [] });
    this.loaders[item.doc] = { kind: 'json', json };
    return Buffer.from(json, 'utf8');
  }

  /** Loads the parser, for the reads that threw ParserNeeded. */
  async loadParser(): Promise<void> {
    await parsing.load();
  }

  /** Drops the models kept by `transcript` (a command that has used them). */
  forget(): void {
    this.models.clear();
  }

  close(): void {
    for (const p of this.packs) p.close();
  }
}

/** Newest first; undated last; then by file. */
export function compareItems(a: Pick<LibraryItem, 'date' | 'file'>, b: Pick<LibraryItem, 'date' | 'file'>): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function statKey(st: BigIntStats): string {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}:${st.dev}`;
}

/** The stat key to record, or null when the file changed too recently for its times to be trusted. */
function trustedStat(st: BigIntStats, scanStart: number): string | null {
  const changed = Math.max(Number(st.mtimeNs / 1_000_000n), Number(st.ctimeNs / 1_000_000n));
  return changed < scanStart - RACY_MS ? statKey(st) : null;
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Under what a parse is reused: the file's content, and the date its name carries — the parser
 * dates a text that gives no date (or no year) from its file name, so the same bytes under
 * another dated name are another model.
 */
function parseKey(hash: string, path: string): string {
  const { nameDate } = nameDateOf(basename(path));
  return nameDate ? `${hash} ${nameDate}` : hash;
}

/** A file of the library as this run resolved it. */
interface Resolved {
  path: string;
  file: string;
  hash: string;
  stat: string | null;
  /** Reused from the old pack (the number of its entry there), or parsed in this run (index into the results). */
  old?: number;
  task?: number;
}

export async function openLibrary(args: readonly string[], opts: OpenLibraryOptions = {}): Promise<Library> {
  const notice = opts.notice ?? (() => undefined);
  const found = discoverFiles(args);
  const skipped: Skipped[] = [...found.skipped];
  const key = libraryKey(found.roots);
  const cache = opts.cache === false ? null : new CacheAccess(packPath(opts.cacheDir ?? cacheRoot(), key), CACHE_VERSION, key, notice);
  const oldPack = cache?.open() ?? null;

  // Nothing cached: every file is to be parsed, and the workers start while the files are scanned.
  const early = oldPack === null ? (await pooling.load()).startWorkers(found.files.length, opts.workerUrl) : undefined;
  try {
    const lib = await openWith(found, skipped, key, cache, oldPack, early, opts);
    if (!opts.lazyParser) await lib.loadParser();
    return lib;
  } finally {
    // (Ended by parseAll once used; these are the ones a failure before it left running.)
    for (const w of early ?? []) void w.terminate();
  }
}

async function openWith(
  found: ReturnType<typeof discoverFiles>,
  skipped: Skipped[],
  key: string,
  cache: CacheAccess | null,
  oldPack: PackReader | null,
  early: Worker[] | undefined,
  opts: OpenLibraryOptions,
): Promise<Library> {
  const now = opts.now ?? Date.now;
  const old = oldPack?.entries;
  // By content: needed only for a file whose stat changed (the entries are read for it then).
  let byKeyMap: Map<string, number> | undefined;
  const byKey = (k: string): number | undefined => {
    if (!byKeyMap) {
      byKeyMap = new Map();
      for (let i = 0; i < (old?.length ?? 0); i++) {
        const ek = parseKey(old!.hash(i), old!.path(i));
        if (!byKeyMap.has(ek)) byKeyMap.set(ek, i);
      }
    }
    return byKeyMap.get(k);
  };
  // The old entries' metadata, built once each as asked for.
  const oldMetas: (TranscriptMeta | undefined)[] = [];
  const oldMeta = (i: number): TranscriptMeta | undefined => (oldMetas[i] ??= old!.meta(i));

  // 1. Which files are unchanged (by their stat, else by their content), which must be parsed.
  const scanStart = now();
  const resolved: Resolved[] = [];
  const tasks: ParseTask[] = [];
  const taskOfKey = new Map<string, number>();
  const seenInodes = new Set<string>();
  for (const f of found.files) {
    let st: BigIntStats;
    try {
      st = statSync(f.path, { bigint: true });
    } catch (e) {
      skipped.push({ file: f.file, reason: errnoReason(e) });
      continue;
    }
    // The same file named twice (as an argument and inside a directory, or through a link).
    const inode = `${st.dev}:${st.ino}`;
    if (seenInodes.has(inode)) continue;
    seenInodes.add(inode);
    const known = old?.indexOfPath(f.path);
    if (known !== undefined && old!.statIs(known, statKey(st))) {
      resolved.push({ path: f.path, file: f.file, hash: old!.hash(known), stat: old!.stat(known), old: known });
      continue;
    }
    let hash: string;
    try {
      hash = hashOf(readFileSync(f.path));
    } catch (e) {
      skipped.push({ file: f.file, reason: errnoReason(e) });
      continue;
    }
    const stat = trustedStat(st, scanStart);
    const same = byKey(parseKey(hash, f.path));
    if (same !== undefined) {
      resolved.push({ path: f.path, file: f.file, hash, stat, old: same });
      continue;
    }
    const k = parseKey(hash, f.path);
    let task = taskOfKey.get(k);
    if (task === undefined) {
      // Read again when its turn to be parsed comes: the bytes are not kept meanwhile.
      task = tasks.push({ path: f.path, name: basename(f.file) }) - 1;
      taskOfKey.set(k, task);
    }
    resolved.push({ path: f.path, file: f.file, hash, stat, task });
  }

  // What is known already, for a view to show while the rest is parsed.
  const known: LibraryEntry[] = [];
  let shownAt = 0;
  const show = (force: boolean) => {
    if (!opts.onEntries || (!force && now() - shownAt < ENTRIES_MS)) return;
    shownAt = now();
    opts.onEntries([...known].sort(compareItems));
  };
  if (opts.onEntries)
    for (const r of resolved) {
      const meta = r.old !== undefined && !old!.error(r.old) ? oldMeta(r.old) : undefined;
      if (meta) known.push(entryOf(r, meta));
    }
  show(true);

  const unchanged =
    old !== undefined &&
    tasks.length === 0 &&
    resolved.length === old.length &&
    resolved.every((r, i) => r.old === i && r.stat === old.stat(i) && r.path === old.path(i));

  // 2. Parse what is new, writing each model into the new pack as it arrives.
  // Nothing to keep (no file at all): no pack is written.
  const writer = unchanged || !cache || resolved.length === 0 ? null : cache.writer();
  let writing: PackWriter | null = writer;
  const blobOfTask = new Map<number, BlobRef>();
  const results: (ParseResult | undefined)[] = new Array(tasks.length);
  const put = (bytes: Uint8Array): BlobRef | undefined => {
    if (!writing) return undefined;
    try {
      return writing.add(bytes);
    } catch (e) {
      writing.abort();
      writing = null;
      cache?.giveUp(e, 'write');
      return undefined;
    }
  };
  let done = 0;
  if (tasks.length > 0) opts.onProgress?.(0, tasks.length);
  const parsedHash = new Map<number, string>();
  if (tasks.length > 0 || early) {
    const { parseAll } = await pooling.load();
    await parseAll(
      tasks,
      (i, r, hash) => {
        results[i] = r;
        if (hash) parsedHash.set(i, hash);
        if (r.ok && opts.onEntries) {
          for (const x of resolved) if (x.task === i) known.push(entryOf(x, r.meta));
          show(false);
        }
        if (r.ok) {
          const ref = put(Buffer.from(r.json, 'utf8'));
          if (ref) {
            blobOfTask.set(i, ref);
            // Written: the pack holds it now; the string need not be kept.
            if (writing) results[i] = { ...r, json: '' };
          }
        }
        opts.onProgress?.(++done, tasks.length);
      },
      opts.workerUrl,
      early,
    );
  }
  // A file rewritten between being hashed and being parsed is recorded as what was parsed, and
  // its stat is not trusted: the next run looks at it again.
  // One that could not be read again is kept under no content at all (its failure is no property of a content).
  for (const r of resolved)
    if (r.task !== undefined && parsedHash.get(r.task) !== r.hash) {
      r.hash = parsedHash.get(r.task) ?? '';
      r.stat = null;
    }

  // 3. The entries of the library as it now is; the documents are the entries, in order.
  // (A model damaged in the old pack is parsed again.)
  if (!unchanged) await parsing.load();
  const oldChars = oldPack && !unchanged ? oldCharsOf(oldPack) : null;
  // (The entries to write: none when nothing changed.)
  const entries: PackEntry[] = [];
  const errors: boolean[] = [];
  const loaders: Loader[] = [];
  const chars: (Uint32Array | null)[] = [];
  const items: LibraryItem[] = [];
  const copied = new Map<string, BlobRef>();
  for (const r of resolved) {
    let meta: TranscriptMeta | undefined;
    let error: string | undefined;
    let docChars: Uint32Array | null = null;
    let blob: BlobRef | undefined;
    let loader: Loader = { kind: 'file', path: r.path, name: basename(r.file) };
    const oldBlob = r.old !== undefined ? old!.blob(r.old) : undefined;
    if (oldBlob && oldPack) {
      meta = oldMeta(r.old!);
      loader = { kind: 'pack', pack: oldPack, entry: r.old! };
      if (!unchanged) {
        docChars = oldChars?.[r.old!] ?? null;
        // Carried into the new pack (or, without one, only its characters are needed).
        const need = writing ? !copied.has(parseKey(r.hash, r.path)) : !docChars;
        const bytes = need ? readBlob(oldPack, oldBlob, cache) : null;
        if (need && !bytes) {
          // Damaged in the old pack: parsed again from the file.
          const res = parseFile(r);
          if (res.ok) {
            meta = res.meta;
            docChars = res.chars;
            blob = put(Buffer.from(res.json, 'utf8'));
            loader = { kind: 'json', json: res.json };
          } else error = res.reason;
        } else {
          if (bytes) blob = put(bytes);
          else blob = copied.get(parseKey(r.hash, r.path));
          docChars ??= bytes ? charsOfJson(bytes) : null;
        }
        if (blob) copied.set(parseKey(r.hash, r.path), blob);
      }
    } else if (r.old !== undefined) {
      error = old!.error(r.old);
    } else {
      const res = results[r.task!]!;
      if (res.ok) {
        meta = res.meta;
        docChars = res.chars;
        blob = blobOfTask.get(r.task!);
        if (res.json) loader = { kind: 'json', json: res.json };
      } else error = res.reason;
    }
    const doc = loaders.length;
    if (!unchanged) entries.push({ path: r.path, stat: r.stat, hash: r.hash, ...(error ? { error } : { meta: meta!, ...(blob ? { blob } : {}) }) });
    errors.push(error !== undefined);
    loaders.push(loader);
    chars.push(error ? null : docChars);
    if (error) skipped.push({ file: r.file, reason: error });
    else {
      items.push({ file: r.file, path: r.path, hash: r.hash, ...entryDate(meta!), meta: meta!, doc });
    }
  }
  items.sort(compareItems);

  // 4. Finish the new pack and read from it from now on; or keep what is in memory.
  let index: DocPostings;
  const packs: PackReader[] = oldPack ? [oldPack] : [];
  if (unchanged) {
    try {
      index = oldPack!.postings();
    } catch (e) {
      if (!(e instanceof CorruptPack)) throw e;
      cache!.setAside(e.message);
      await parsing.load();
      // The models are still whole: only the index is rebuilt, from them.
      index = DocPostings.build(errors.map((e, i) => (e ? null : charsOfDoc(loaders[i]!, resolved[i]!))));
    }
  } else {
    // A document whose characters are unknown (its old copy damaged, no pack written) is read once more.
    chars.forEach((c, i) => {
      if (c === null && !errors[i]) chars[i] = charsOfDoc(loaders[i]!, resolved[i]!);
    });
    index = DocPostings.build(chars);
    const complete = entries.every((e) => e.error !== undefined || e.blob !== undefined);
    if (writing && !complete) {
      writing.abort();
      writing = null;
    }
    if (writing) {
      const fresh = finishPack(writing, cache!, { format: PACK_FORMAT, version: CACHE_VERSION, key, written: now(), entries }, index);
      if (fresh) {
        packs.push(fresh);
        entries.forEach((e, i) => {
          if (e.blob) loaders[i] = { kind: 'pack', pack: fresh, entry: i };
        });
      }
    }
  }
  return new Library(items, skipped, loaders, index, (reason) => cache?.setAside(reason), packs);
}

function entryOf(r: Resolved, meta: TranscriptMeta): LibraryEntry {
  return { file: r.file, path: r.path, ...entryDate(meta), meta, ...(r.hash ? { hash: r.hash } : {}) };
}

function finishPack(w: PackWriter, cache: CacheAccess, header: PackHeaderInput, index: DocPostings): PackReader | null {
  try {
    w.finish(header, index);
    // Opened before the rename: this run reads exactly what it wrote, whatever another process renames over it later.
    const r = PackReader.open(w.tempPath, { version: header.version, key: header.key });
    w.commit();
    return r.kind === 'ok' ? r.pack : null;
  } catch (e) {
    w.abort();
    cache.giveUp(e, 'write');
    return null;
  }
}

/** The old pack's per-document characters, by entry; null when its index is damaged. */
function oldCharsOf(pack: PackReader): readonly Uint32Array[] | null {
  try {
    return pack.postings().perDoc();
  } catch (e) {
    if (!(e instanceof CorruptPack || e instanceof PostingsError)) throw e;
    return null;
  }
}

/** A blob of the old pack, checked; null (and the pack set aside) when it is damaged. */
function readBlob(pack: PackReader, ref: BlobRef, cache: CacheAccess | null): Buffer | null {
  try {
    return pack.blob(ref);
  } catch (e) {
    if (!(e instanceof CorruptPack)) throw e;
    cache?.setAside(e.message);
    return null;
  }
}

/** Parses the file again (the parser is loaded: see openWith). */
function parseFile(r: Resolved): ParseResult {
  try {
    return parsing.ready()!.parseJob(readFileSync(r.path), basename(r.file));
  } catch (e) {
    return { ok: false, reason: errnoReason(e) };
  }
}

function charsOfJson(bytes: Uint8Array): Uint32Array {
  return searchableChars(JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as Transcript);
}

/** A document's characters from wherever its model is. */
function charsOfDoc(loader: Loader, r: Resolved): Uint32Array | null {
  if (loader.kind === 'pack') {
    const bytes = readBlob(loader.pack, loader.pack.entries.blob(loader.entry)!, null);
    if (bytes) return charsOfJson(bytes);
  }
  if (loader.kind === 'json') return charsOfJson(Buffer.from(loader.json, 'utf8'));
  const res = parseFile(r);
  return res.ok ? res.chars : null;
}
