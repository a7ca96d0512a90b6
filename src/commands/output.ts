import type { Lang } from '../i18n/strings.js';

/** Settings shared by the plain-text commands. */
export interface OutputOptions {
  width: number;
  color: boolean;
  ambiguous: 'narrow' | 'wide';
  /** Show half-width `,:;?!()` next to Chinese in their full-width forms (a display refinement; default on). */
  fullWidthPunctuation?: boolean;
  /** The interface's language (messages and headings; the data itself is never translated). English when absent. */
  lang?: Lang;
}
