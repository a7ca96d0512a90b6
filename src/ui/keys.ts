import type { Key } from 'ink';

/**
 * Key names: what Ink reports for a key press, normalised ("j", "G", "ctrl-d", "down", "space",
 * "enter", "esc", "backspace", "alt-left"…), and the chunk of input a single read can hold split
 * into the keys and text it is made of.
 */

type Letter =
  'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type Punctuation = '/' | '?' | '[' | ']' | '{' | '}' | ',' | '.' | ';' | "'" | '-' | '=' | '`' | '\\';
type Arrow = 'up' | 'down' | 'left' | 'right';
type Named = Arrow | `alt-${Arrow}` | 'pagedown' | 'pageup' | 'home' | 'end' | 'enter' | 'esc' | 'tab' | 'shift-tab' | 'backspace' | 'space';

/** A name the keymap can bind: a misspelt one ("pagdown", "ctrl-D") fails the type check. */
export type KeyName = Letter | Uppercase<Letter> | Digit | Punctuation | Named | `ctrl-${Letter}`;

/**
 * The name of a key press as Ink reports it. Typed text of more than one character (a paste, an
 * IME commit, several keys in one read) is returned as is: see `splitChunk`.
 */
export function keyName(input: string, key: Key): string {
  if (key.upArrow) return key.meta && !key.escape ? 'alt-up' : 'up';
  if (key.downArrow) return key.meta && !key.escape ? 'alt-down' : 'down';
  if (key.leftArrow) return key.meta && !key.escape ? 'alt-left' : 'left';
  if (key.rightArrow) return key.meta && !key.escape ? 'alt-right' : 'right';
  if (key.pageDown) return 'pagedown';
  if (key.pageUp) return 'pageup';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'esc';
  if (key.tab) return key.shift ? 'shift-tab' : 'tab';
  // Backspace arrives as \x7f (key.delete) on most terminals, \b (key.backspace) on some.
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input.length === 1) return `ctrl-${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  return input;
}

/** The name of a control character that can arrive inside a chunk of typed text. */
export function controlName(c: string): string {
  if (c === '\r' || c === '\n') return 'enter';
  if (c === '\t') return 'tab';
  if (c === '\x7f' || c === '\b') return 'backspace';
  if (c === '\x1b') return 'esc';
  const code = c.charCodeAt(0);
  if (code >= 1 && code <= 26) return `ctrl-${String.fromCharCode(code + 96)}`;
  return c;
}

/** One piece of a chunk: a control key, or a run of printable text. */
export type ChunkPart = { kind: 'key'; name: string; input: string } | { kind: 'text'; text: string };

/**
 * Splits input that arrived in one read (fast typing, tmux send-keys, a paste) into its control
 * keys and its runs of text, in order. Whether text is typed (the search line) or read as one key
 * per character is the reducer's choice, by the mode it is in when the part comes up.
 */
export function splitChunk(input: string): ChunkPart[] {
  const parts: ChunkPart[] = [];
  let text = '';
  for (const c of input) {
    if (/[\x00-\x1f\x7f]/.test(c)) {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'key', name: controlName(c), input: c });
    } else {
      text += c;
    }
  }
  if (text) parts.push({ kind: 'text', text });
  return parts;
}

/** The key name of one printable character pressed on its own. */
export function charKeyName(c: string): string {
  return c === ' ' ? 'space' : c;
}
