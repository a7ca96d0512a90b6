// A mark of another transcript, found again by its file: still where the mark was made and still
// the same text (its content hash), or moved or changed since.
import type { Opened } from '../transcript/open.js';
import type { Mark } from '../store/marks.js';
import { type Lang, strings } from '../i18n/strings.js';

/** The mark's file, opened, when it is still where it was and still the same text; else why not. */
export function markFile(mark: Mark, open: (path: string) => Opened, lang: Lang): Opened | string {
  const { name, path, hash } = mark.transcript;
  const say = strings(lang);
  if (!path) return say.markElsewhere(name, name);
  try {
    const opened = open(path);
    if (opened.hash === hash) return opened;
  } catch {
    // gone, or no longer readable as a transcript: moved or changed, as far as the reader can tell
  }
  return say.markFileGone(name, path);
}
