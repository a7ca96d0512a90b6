// The build's patches to dependencies must stop the build, naming themselves, when the package
// they patch is not the version they were written for, no longer holds the text they edit, or is
// no longer part of the bundle at all.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types, used by scripts/build.mjs
import { mustApply, replaceOnce, requireOnce, requireVersion } from '../../scripts/shims/guard.mjs';

const dir = mkdtempSync(join(tmpdir(), 'presser-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakePackage(name: string, version: string): string {
  const root = join(dir, 'node_modules', name);
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name, version }));
  return join(root, 'build', 'output.js');
}

describe('patch guards', () => {
  it('accept the pinned version and refuse any other, naming the patch', () => {
    const file = fakePackage('ink', '6.8.0');
    expect(() => requireVersion(file, 'ink', '6.8.0', 'the-patch')).not.toThrow();
    expect(() => requireVersion(file, 'ink', '6.8.1', 'the-patch')).toThrow(/ink is 6\.8\.0, but the-patch was written for 6\.8\.1/);
    expect(() => requireVersion(join(dir, 'elsewhere.js'), 'ink', '6.8.0', 'the-patch')).toThrow(/not inside ink/);
  });

  it('edit only text that occurs exactly once', () => {
    expect(replaceOnce('a caches = x; b', 'caches = x', 'caches = y', 'f', 'p')).toBe('a caches = y; b');
    // `$&` in the replacement is inserted as written, not as a pattern.
    expect(replaceOnce('ab', 'a', '$&$&', 'f', 'p')).toBe('$&$&b');
    expect(() => replaceOnce('nothing here', 'caches = x', '', 'f', 'the-patch')).toThrow(/exactly one .*revisit the-patch/);
    expect(() => requireOnce('x x', 'x', 'f', 'p')).toThrow(/exactly one/);
    expect(() => requireOnce('x', 'x', 'f', 'p')).not.toThrow();
  });

  it('fail the build when the patched file never came through the plugin', async () => {
    const plugin = (filter: RegExp): Plugin => ({
      name: 'probe',
      setup(b) {
        const applied = mustApply(b, 'probe.js', 'the-patch') as () => void;
        b.onLoad({ filter }, () => {
          applied();
          return { contents: 'export const x = 1;', loader: 'js' };
        });
      },
    });
    const entry = join(dir, 'probe.js');
    writeFileSync(entry, 'export const x = 0;');
    const run = (filter: RegExp) => build({ entryPoints: [entry], bundle: true, write: false, logLevel: 'silent', plugins: [plugin(filter)] });
    await expect(run(/probe\.js$/)).resolves.toMatchObject({ errors: [] });
    await expect(run(/renamed\.js$/)).rejects.toThrow(/probe\.js was never patched/);
  });
});
