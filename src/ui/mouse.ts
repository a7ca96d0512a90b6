/**
 * The mouse, when the user asked for it (--mouse, or mouse = true in config.toml): the terminal
 * reports presses and the wheel as SGR sequences (modes 1000 and 1006), ESC [ < b ; x ; y M, which
 * Ink's input parser hands over as one event each. Off by default: a program that takes the mouse
 * takes away the terminal's own text selection.
 */

export const MOUSE_ON = '\x1b[?1000h\x1b[?1006h';
export const MOUSE_OFF = '\x1b[?1006l\x1b[?1000l';

/** A wheel step (up -1, down +1) or a press of the left button, at a 0-based cell. */
export type Mouse = { kind: 'wheel'; delta: 1 | -1; x: number; y: number } | { kind: 'click'; x: number; y: number };

const SGR = /^\x1b\[<(\d+);(\d+);(\d+)([Mm])$/;

/** The mouse event a sequence reports; null for anything else, and for what presser ignores (releases, other buttons, motion). */
export function parseMouse(event: string): Mouse | null {
  const m = SGR.exec(event);
  if (!m) return null;
  const b = Number(m[1]);
  const x = Number(m[2]) - 1;
  const y = Number(m[3]) - 1;
  if (x < 0 || y < 0) return null;
  // Modifier bits (shift 4, alt 8, ctrl 16) do not change what a wheel or a click means here.
  const button = b & ~(4 | 8 | 16);
  if (button === 64 || button === 65) return { kind: 'wheel', delta: button === 64 ? -1 : 1, x, y };
  if (button === 0 && m[4] === 'M') return { kind: 'click', x, y };
  return null;
}

/** Whether an input event is a mouse report (to keep it from the key handler even when ignored). */
export function isMouseReport(event: string): boolean {
  return SGR.test(event);
}
