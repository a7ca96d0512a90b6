/**
 * The library's character index as its searches use it. Read from the pack, its document lists
 * are checked only when a search first asks for them, so damage can come to light after the
 * library was opened: the index then does what opening does with a damaged index — the pack is
 * reported and set aside, the index is built again from the models, and the question is answered
 * from that. A damaged list is never answered from.
 */
import { CorruptPack } from './pack.js';
import { PostingsError, type CharIndex, type DocPostings } from './postings.js';

export class HealingIndex implements CharIndex {
  private reported = false;

  /**
   * @param rebuild  the index built from the models (may throw, e.g. ParserNeeded: it is tried again at the next question)
   * @param onDamage told once, with the reason, when the index read turns out damaged
   */
  constructor(
    private index: CharIndex,
    private readonly rebuild: () => DocPostings,
    private readonly onDamage: (reason: string) => void,
  ) {}

  get docCount(): number {
    return this.index.docCount;
  }

  docsWith(cp: number): Uint32Array {
    return this.ask((i) => i.docsWith(cp));
  }

  has(cp: number): boolean {
    return this.ask((i) => i.has(cp));
  }

  docsWithAtLeast(cps: readonly number[], need: number): number[] {
    return this.ask((i) => i.docsWithAtLeast(cps, need));
  }

  private ask<T>(question: (index: CharIndex) => T): T {
    try {
      return question(this.index);
    } catch (e) {
      if (!(e instanceof CorruptPack || e instanceof PostingsError)) throw e;
      if (!this.reported) {
        this.reported = true;
        this.onDamage(e.message);
      }
      this.index = this.rebuild();
      return question(this.index);
    }
  }
}
