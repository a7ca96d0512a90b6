/** Settings shared by the plain-text commands. */
export interface OutputOptions {
  width: number;
  color: boolean;
  ambiguous: 'narrow' | 'wide';
  /** Show half-width `,:;?!()` next to Chinese in their full-width forms (a display refinement; default on). */
  fullWidthPunctuation?: boolean;
}
