// Bracketed paste (DEC mode 2004): with it on, the terminal wraps pasted text in ESC[200~ …
// ESC[201~, so a paste can be told from typing and arrive as one piece of text — its newlines
// never Enter, its letters never commands. Ink 6.8 has no paste support, but its input parser
// already hands over each escape sequence as an event of its own; this assembles those events.

export const PASTE_BEGIN = '\x1b[200~';
export const PASTE_END = '\x1b[201~';

/** The most of one paste kept: a search query, not a document. */
export const MAX_PASTE = 10_000;

export type PasteStep =
  /** Not part of a paste: a key, for the key handler. */
  | { kind: 'key' }
  /** Part of a paste still arriving: for no one. */
  | { kind: 'inside' }
  /** The end of a paste: its text. */
  | { kind: 'paste'; text: string };

/**
 * Feeds on Ink's input events (each escape sequence is an event of its own, text between them
 * another) and says what each is. Escape sequences inside a paste are dropped: they are not text.
 */
export class PasteAssembler {
  private parts: string[] | null = null;
  private length = 0;

  get pasting(): boolean {
    return this.parts !== null;
  }

  feed(event: string): PasteStep {
    if (this.parts === null) {
      if (event !== PASTE_BEGIN) return { kind: 'key' };
      this.parts = [];
      this.length = 0;
      return { kind: 'inside' };
    }
    if (event === PASTE_END) return { kind: 'paste', text: this.finish() };
    if (!event.startsWith('\x1b') && this.length < MAX_PASTE) {
      let part = event.slice(0, MAX_PASTE - this.length);
      if (/[\ud800-\udbff]$/.test(part) && part.length < event.length) part = part.slice(0, -1); // never half a character
      this.parts.push(part);
      this.length += part.length;
    }
    return { kind: 'inside' };
  }

  /** Ends a paste whose end marker never came (a terminal that lost it): what arrived is text. */
  flush(): string | undefined {
    return this.parts === null ? undefined : this.finish();
  }

  private finish(): string {
    const text = (this.parts ?? []).join('');
    this.parts = null;
    this.length = 0;
    return text;
  }
}
