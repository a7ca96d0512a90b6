// One transcript read at a time, outside a library: a mark of another transcript chosen on the
// marks page opens that transcript's file when it is still where the mark was made and still the
// same text (its content hash), at the mark; Backspace past its first place comes back to the
// transcript before, where it was left. A file moved or changed since is named instead.
import { useState } from 'react';
import { resolve } from 'node:path';
import { App, type AppProps } from './App.js';
import type { Opened } from '../transcript/open.js';
import type { Mark } from '../store/marks.js';
import { markFile } from './markFile.js';

/** What was opened, and the mark it was opened at. */
interface Shown {
  opened: Opened;
  mark?: Mark;
}

export interface ShelfProps {
  /** The transcript presser was started on. */
  first: Opened;
  /** Reads a transcript's file (throws when it cannot). */
  open: (path: string) => Opened;
  /** Everything else the readers are given. */
  app: Omit<AppProps, 'transcript' | 'name' | 'hash' | 'path' | 'notice' | 'mark' | 'openMark' | 'back'>;
}

export function Shelf({ first, open, app: { counterpart, ...app } }: ShelfProps) {
  const [shown, setShown] = useState<Shown[]>([{ opened: first }]);
  const { opened, mark } = shown.at(-1)!;
  const openMark = (m: Mark): string | null => {
    const found = markFile(m, open, app.lang ?? 'en');
    if (typeof found === 'string') return found;
    setShown((s) => [...s, { opened: found, mark: m }]);
    return null;
  };
  return (
    <App
      // A new reader for each transcript shown (and for the one come back to, which resumes).
      key={shown.length}
      {...app}
      // The other version given with --with is the first transcript's.
      {...(counterpart && shown.length === 1 ? { counterpart } : {})}
      transcript={opened.transcript}
      name={opened.name}
      {...(opened.loss ? { notice: opened.loss } : {})}
      {...(opened.hash ? { hash: opened.hash } : {})}
      {...(opened.shown !== 'stdin' ? { path: resolve(opened.shown) } : {})}
      {...(mark ? { mark } : {})}
      openMark={openMark}
      {...(shown.length > 1 ? { back: () => setShown((s) => s.slice(0, -1)) } : {})}
    />
  );
}
