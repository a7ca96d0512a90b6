// The bundle patches Ink's Output to keep its caches across frames (scripts/shims/ink-output-caches.mjs).
// The component tests run the unpatched Ink from node_modules, so they cannot see the patch: this
// bundles the reader with Ink patched and with Ink as published, drives both through the same
// keys, and requires every frame to be identical, also with caches small enough to be started
// afresh many times during the run.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs modules without types, used by scripts/build.mjs
import { inkOutputCaches } from '../../scripts/shims/ink-output-caches.mjs';
// @ts-expect-error -- as above
import { ansiTokenizePatches } from '../../scripts/shims/ansi-tokenize.mjs';
// @ts-expect-error -- as above
import { fastStringWidth } from '../../scripts/shims/string-width-plugin.mjs';
import type { AppProps } from '../../src/ui/App.js';
import { SEED_NAME, seedTranscript } from '../ui/fixtures.js';
import { fakeClock } from '../helpers/clock.js';

interface FakeStdout {
  columns: number;
  rows?: number;
  emit(event: string): boolean;
}
interface Bundle {
  App: (props: AppProps) => unknown;
  createElement: (type: unknown, props: unknown) => unknown;
  render: (tree: unknown) => { stdin: { write(s: string): void }; stdout: FakeStdout; lastFrame(): string | undefined; unmount(): void };
  cleanup: () => void;
}

/** Ink loads its devtools bridge only with DEV=true; it is not installed, so it becomes an empty module. */
const noDevtools: Plugin = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

const CACHE_DIR = resolve('node_modules/.cache/presser-tests');
const BANNER = "import { createRequire as __presserCreateRequire } from 'node:module'; const require = __presserCreateRequire(import.meta.url);";

/** The reader, Ink and React in one module, built with the bundle's plugins plus `extra`. */
async function bundle(name: string, extra: Plugin[]): Promise<Bundle> {
  const out = await build({
    stdin: {
      contents: "export { render, cleanup } from 'ink-testing-library'; export { App } from './src/ui/App.tsx'; export { createElement } from 'react';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: BANNER },
    plugins: [noDevtools, fastStringWidth as Plugin, ansiTokenizePatches as Plugin, ...extra],
    logLevel: 'silent',
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, `${name}-${process.pid}.mjs`);
  writeFileSync(file, out.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as Bundle;
}

const tick = () => new Promise<void>((r) => setImmediate(r));

/** A resize to this size, among the keys. */
const RESIZE = '<resize 72×24>';
/** Keys that visit every topic, scroll, toggle the widths and punctuation, show the sidebar's focus and the overlays. */
const KEYS = [
  ...'jj]]Gg  b5  k'.split(''),
  ...Array.from({ length: 16 }, () => [']', 'G', ' ']).flat(),
  RESIZE,
  ...'ajjGapsjs?jj?rr0hjjjjlTAB9'.replace('TAB', '\t').split(''),
  ...Array.from({ length: 8 }, () => ['[', ' ', 'k']).flat(),
];

const resize = (stdout: FakeStdout, columns: number, rows: number) => {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  stdout.emit('resize');
};

/**
 * The last frame after each key, at each size. Time is a fake clock moved by the same steps in
 * every run, so status messages come and go, and idle work (pre-drawing topics through the same
 * caches) runs, at the same keys whatever the machine's load.
 */
async function frames(b: Bundle): Promise<string[]> {
  const seen: string[] = [];
  const time = fakeClock();
  const app = b.render(b.createElement(b.App, { transcript: seedTranscript(), name: SEED_NAME, ambiguous: 'narrow', color: true, clock: time.clock }));
  resize(app.stdout, 100, 30);
  await tick();
  for (const [i, k] of KEYS.entries()) {
    if (k === RESIZE) resize(app.stdout, 72, 24);
    else app.stdin.write(k);
    await tick();
    time.advance(400);
    // Now and then a step of idle work: a topic pre-drawn off-screen through the same caches.
    if (i % 8 === 7) time.turn();
    await tick();
    seen.push(app.lastFrame() ?? '');
  }
  app.unmount();
  b.cleanup();
  return seen;
}

describe('Ink output caches kept across frames', () => {
  it('the reader draws exactly the same frames with the patch as without it', { timeout: 180_000 }, async () => {
    const original = await frames(await bundle('ink-original', []));
    const patched = await frames(await bundle('ink-patched', [inkOutputCaches() as Plugin]));
    // Small caches, started afresh every few frames: a restart must not change a frame either.
    const restarting = await frames(await bundle('ink-patched-small', [inkOutputCaches({ rows: 40 }) as Plugin]));
    expect(original.length).toBe(KEYS.length);
    expect(new Set(original).size).toBeGreaterThan(KEYS.length / 3); // the keys really change the screen
    for (let i = 0; i < original.length; i++) {
      expect(patched[i], `frame ${i} (key ${JSON.stringify(KEYS[i % KEYS.length])})`).toBe(original[i]);
      expect(restarting[i], `frame ${i} with small caches`).toBe(original[i]);
    }
  });

  it("is applied to Ink's Output (the build would fail if it were not)", async () => {
    const out = await build({
      entryPoints: [resolve('node_modules/ink/build/output.js')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      packages: 'external',
      plugins: [inkOutputCaches() as Plugin],
      logLevel: 'silent',
    });
    expect(out.outputFiles[0]!.text).toContain('caches = presserSharedOutputCaches();');
  });
});
