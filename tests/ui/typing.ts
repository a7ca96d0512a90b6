/** Keys into an ink-testing-library app, one turn of the event loop each. */
export const tick = () => new Promise<void>((r) => setImmediate(r));

export async function type(stdin: { write(s: string): void }, ...keys: string[]) {
  for (const k of keys) {
    stdin.write(k);
    await tick();
    // A lone Esc waits a turn of the event loop for a possible escape sequence before it counts.
    if (k === '\x1b') await tick();
  }
  await tick();
}
