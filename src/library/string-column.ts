/**
 * A column of strings stored as one string, each value followed by a NUL: parsing it makes one
 * string, not one per value (a warm open then has a few objects for the garbage collector to copy,
 * not thousands), and a value is cut out only when asked for. For values that never hold a NUL
 * (paths, hex digests, stat keys, ISO dates).
 */
const END = '\0';

/** The column of `values`; throws on a value holding a NUL (a writer's bug: no such value is stored). */
export function joinColumn(values: readonly string[]): string {
  let out = '';
  for (const v of values) {
    if (v.includes(END)) throw new Error('a value of a string column holds a NUL');
    out += v + END;
  }
  return out;
}

export class StringColumn {
  private constructor(
    private readonly text: string,
    /** Where each value starts; starts[n] is the end. */
    private readonly starts: Uint32Array,
  ) {}

  /** The column of `n` values in `text`, or null when `text` is not that (a string of exactly n NUL-ended values). */
  static of(text: unknown, n: number): StringColumn | null {
    if (typeof text !== 'string') return null;
    const starts = new Uint32Array(n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const end = text.indexOf(END, at);
      if (end < 0) return null;
      at = end + 1;
      starts[i + 1] = at;
    }
    return at === text.length ? new StringColumn(text, starts) : null;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  get(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Value i is `s` (compared in place). */
  is(i: number, s: string): boolean {
    const start = this.starts[i]!;
    return this.starts[i + 1]! - 1 - start === s.length && this.text.startsWith(s, start);
  }

  /** Value i is empty. */
  empty(i: number): boolean {
    return this.starts[i + 1]! - 1 === this.starts[i]!;
  }

  /** Whether every value passes `test`. */
  every(test: (value: string) => boolean): boolean {
    for (let i = 0; i < this.length; i++) if (!test(this.get(i))) return false;
    return true;
  }
}
