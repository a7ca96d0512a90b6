// The bundle takes stopword from its ES module source (scripts/bundle-aliases.mjs) so that only the
// English list is bundled. This bundles the import as the build does and checks that the list is
// the very one the package's main entry gives, and that the other languages' lists are left out.
import * as stopword from 'stopword';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types, used by scripts/build.mjs
import { BUNDLE_ALIASES } from '../../scripts/bundle-aliases.mjs';

describe('bundle aliases', () => {
  it('stopword: the same English list, without the other languages', async () => {
    const out = await build({
      stdin: { contents: "export { eng } from 'stopword';", resolveDir: process.cwd() },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      alias: BUNDLE_ALIASES as Record<string, string>,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    const { eng } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { eng: string[] };
    // (The package's main entry, as Node resolves it; the declaration in src/types names only `eng`.)
    const { eng: mainEng, deu } = stopword as unknown as Record<string, string[]>;
    expect(eng).toEqual(mainEng);
    // A German word that is in no English list: its list was not bundled.
    const german = deu!.find((w) => !mainEng!.includes(w) && /^[a-zäöüß]{6,}$/u.test(w))!;
    expect(code).not.toContain(`"${german}"`);
    expect(code.length).toBeLessThan(20_000);
  });
});
