// The plain library commands are a bundle of their own (scripts/build.mjs): one file that holds
// nothing of the reader, whose lazy imports all name files the build wrote. Checked on the built
// program (`npm test` builds first).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/pty.js';

const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'library-commands.js');

describe('the library commands bundle', () => {
  it('exists beside dist/presser.js, which loads it by name and not the source module', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const entry = readFileSync(join(DIST, 'presser.js'), 'utf8');
    expect(entry).toContain('"./library-commands.js"');
    expect(entry).not.toContain('library-run');
  });

  it('imports only files that are there, and none of the reader', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    const imports = [...code.matchAll(/(?:import\(|from)\s*"(\.[^"]+)"/g)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const path of imports) expect(existsSync(join(dirname(BUNDLE), path)), path).toBe(true);
    // Ink and React are the reader's: a bundle that pulled them in would load them on every search.
    expect(/Symbol\.for\("react\./.test(code), 'React is in the bundle').toBe(false);
  });
});
