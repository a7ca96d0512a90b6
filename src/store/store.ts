import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { validMark, type Mark } from './marks.js';
import { validPosition, type Position } from './positions.js';
import { type Problem, RecordDir } from './records.js';
import { stateRoot } from './paths.js';
import { PROBLEMS } from '../i18n/problems.js';

/** How many searches the history keeps. */
export const HISTORY_SIZE = 100;

interface Searched {
  q: string;
  at: string;
}

/** The transcript last opened in a library (the library's key names the record). */
interface LastRead {
  hash: string;
  updated: string;
}

const validLastRead = (v: unknown): LastRead | null =>
  v && typeof v === 'object' && typeof (v as LastRead).hash === 'string' && typeof (v as LastRead).updated === 'string' ? (v as LastRead) : null;

const validSearched = (v: unknown): Searched | null =>
  v && typeof v === 'object' && typeof (v as Searched).q === 'string' && typeof (v as Searched).at === 'string' ? (v as Searched) : null;

/**
 * What presser remembers between runs: reading positions (per transcript, keyed by content), marks
 * with notes, and the search history, under $XDG_STATE_HOME/presser.
 *
 * Nothing is lost: each record is its own atomically written file, so two presser processes at once
 * never overwrite each other's marks; a record that cannot be read is kept aside and reported once;
 * when the directory cannot be written (read-only, full) presser says so once and keeps everything
 * for the session in memory.
 */
export class Store {
  /** One-line messages for the user, each said once (read them with takeNotices). */
  private notices: string[] = [];
  private failed = false;
  private readonly memoryMarks = new Map<string, Mark>();
  private readonly deleted = new Set<string>();
  private readonly memoryPositions = new Map<string, Position>();
  private readonly memoryHistory: Searched[] = [];
  private readonly positions: RecordDir<Position>;
  private readonly markDir: RecordDir<Mark>;
  private readonly historyDir: RecordDir<Searched>;
  private readonly libraryDir: RecordDir<LastRead>;
  private readonly memoryLastRead = new Map<string, string>();

  constructor(
    readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.positions = new RecordDir(join(root, 'positions'), validPosition, now);
    this.markDir = new RecordDir(join(root, 'marks'), validMark, now);
    this.historyDir = new RecordDir(join(root, 'history'), validSearched, now);
    this.libraryDir = new RecordDir(join(root, 'libraries'), validLastRead, now);
  }

  static open(env: NodeJS.ProcessEnv = process.env): Store {
    return new Store(stateRoot(env));
  }

  takeNotices(): string[] {
    const out = this.notices;
    this.notices = [];
    return out;
  }

  position(hash: string): Position | undefined {
    const mem = this.memoryPositions.get(hash);
    if (mem) return mem;
    const { record, problem } = this.positions.get(key(hash));
    if (problem) this.report([problem]);
    return record;
  }

  savePosition(hash: string, at: Omit<Position, 'updated'>): void {
    const position: Position = { ...at, updated: this.now().toISOString() };
    this.memoryPositions.set(hash, position);
    this.write(() => this.positions.put(key(hash), position));
  }

  /** The content hash of the transcript last opened in the library with this key. */
  lastRead(library: string): string | undefined {
    const mem = this.memoryLastRead.get(library);
    if (mem) return mem;
    const { record, problem } = this.libraryDir.get(key(library));
    if (problem) this.report([problem]);
    return record?.hash;
  }

  saveLastRead(library: string, hash: string): void {
    this.memoryLastRead.set(library, hash);
    this.write(() => this.libraryDir.put(key(library), { hash, updated: this.now().toISOString() }));
  }

  /** Every mark, oldest first: those on disk (made by any presser) and this session's unsaved ones. */
  marks(): Mark[] {
    const { records, problems } = this.markDir.list();
    this.report(problems);
    for (const [id, m] of this.memoryMarks) records.set(id, m);
    for (const id of this.deleted) records.delete(id);
    return [...records.values()].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  }

  addMark(mark: Omit<Mark, 'id' | 'created'>): Mark {
    const created = this.now();
    const full: Mark = { ...mark, id: recordId(created), created: created.toISOString() };
    this.putMark(full);
    return full;
  }

  /** Sets (or, with an empty note, clears) a mark's note. */
  setNote(id: string, note: string): Mark | undefined {
    const mark = this.marks().find((m) => m.id === id);
    if (!mark) return undefined;
    const { note: _old, ...rest } = mark;
    const next: Mark = note.trim() === '' ? rest : { ...rest, note: note.trim() };
    this.putMark(next);
    return next;
  }

  deleteMark(id: string): void {
    this.memoryMarks.delete(id);
    this.deleted.add(id);
    this.write(() => this.markDir.remove(id));
  }

  /** Past searches, newest first, each once. */
  history(): string[] {
    const { records, problems } = this.historyDir.list();
    this.report(problems);
    const all = [...records.values(), ...this.memoryHistory].sort((a, b) => b.at.localeCompare(a.at));
    return [...new Set(all.map((s) => s.q))].slice(0, HISTORY_SIZE);
  }

  addHistory(q: string): void {
    const query = q.trim();
    if (query === '') return;
    const at = this.now();
    const entry: Searched = { q: query, at: at.toISOString() };
    this.memoryHistory.push(entry);
    this.write(() => {
      this.historyDir.put(recordId(at), entry);
      this.pruneHistory();
    });
  }

  private pruneHistory(): void {
    const { records } = this.historyDir.list();
    const seen = new Set<string>();
    const byAge = [...records].sort((a, b) => b[1].at.localeCompare(a[1].at));
    byAge.forEach(([id, s], i) => {
      if (i >= HISTORY_SIZE || seen.has(s.q)) this.historyDir.remove(id);
      seen.add(s.q);
    });
  }

  private putMark(mark: Mark): void {
    this.memoryMarks.set(mark.id, mark);
    this.deleted.delete(mark.id);
    this.write(() => this.markDir.put(mark.id, mark));
  }

  /** Runs a write; the first failure turns saving off for the session, with one notice. */
  private write(action: () => void): void {
    if (this.failed) return;
    try {
      action();
    } catch (e) {
      this.failed = true;
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      this.notices.push(PROBLEMS.cannotSave(this.root, code));
    }
  }

  private report(problems: Problem[]): void {
    for (const p of problems) {
      // What happened first, the file after: in the reader's status line the end of a long path is what gets cut.
      this.notices.push(p.keptAs ? PROBLEMS.keptAside(p.reason, p.keptAs) : PROBLEMS.ignoredFile(p.reason, p.file));
    }
  }
}

let sequence = 0;
/**
 * A new record's id: the time, this process's count (so ids sort in the order they were made,
 * even within a millisecond) and random bytes (so two processes never make the same id).
 */
function recordId(at: Date): string {
  return `${at.getTime().toString(36).padStart(9, '0')}-${(sequence++).toString(36).padStart(4, '0')}-${randomBytes(4).toString('hex')}`;
}

/** A record id from a content hash. */
function key(hash: string): string {
  return hash.replace(/[^A-Za-z0-9]/g, '').slice(0, 64) || 'empty';
}
