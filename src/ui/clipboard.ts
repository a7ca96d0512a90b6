/**
 * The OSC 52 "set clipboard" sequence: the terminal (or tmux, or the ssh client's terminal) puts
 * the text on the system clipboard. Works where no clipboard program is reachable.
 */
export function osc52(text: string): string {
  return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}
