import { render } from 'ink';
import type { Opened } from '../transcript/open.js';
import { App } from './App.js';

export interface ReaderOptions {
  ambiguous: 'narrow' | 'wide';
  color: boolean;
  fromStdin: boolean;
}

/** Runs the full-screen reader until the user quits; resolves to the exit code. */
export async function runReader(opened: Opened, _opts: ReaderOptions): Promise<number> {
  const app = render(<App transcript={opened.transcript} />);
  await app.waitUntilExit();
  return 0;
}
