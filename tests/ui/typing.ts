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

/** Waits (polling, with a generous ceiling against a hang) for a frame the library's real work leads to. */
export async function waitFor(frame: () => string | undefined, ok: (f: string) => boolean, ms = 20_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const f = frame() ?? '';
    if (ok(f)) {
      // A view that has just mounted subscribes to input in an effect after its first frame.
      await tick();
      await tick();
      return f;
    }
    if (Date.now() > until) throw new Error(`timed out; last frame:\n${f}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
