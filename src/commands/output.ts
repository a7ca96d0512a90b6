/** Settings shared by the plain-text commands. */
export interface OutputOptions {
  width: number;
  color: boolean;
  ambiguous: 'narrow' | 'wide';
}

/** Writes to stdout; a closed pipe (EPIPE, as in `presser show 1 | head -1`) ends quietly. */
export function write(text: string): void {
  process.stdout.write(text);
}
