// The parser of main against the working tree's, on a sample of the real texts: a change meant to
// make the parser faster must not change what it reads (labels, turns, speakers, dates, repairs,
// metadata, searchable characters). `npm run compare:parser` runs the same over every file (and
// with --time, measures both sides' CPU); PRESSER_PARSE_REF names another commit to compare with.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types, also run on its own
import { commitOf, compare, defaultInputs, filesOf, parsers } from '../../scripts/parse-compare.mjs';

const REF = process.env.PRESSER_PARSE_REF ?? 'main';
/** Every 25th file of each folder: about 60 files, a few seconds for both parsers. */
const EVERY = 25;

describe.skipIf(commitOf(REF) === undefined)(`the parser against ${REF}'s`, () => {
  it('reads a sample of the library, the corpus and the seed exactly as before', async () => {
    const sides = await parsers(REF);
    const files: string[] = filesOf(defaultInputs(), EVERY);
    expect(files.length).toBeGreaterThan(0);
    const { changed } = compare(files, sides);
    expect(changed).toEqual([]);
  });

  it('tells a changed reading apart (the comparison can fail)', async () => {
    const sides = await parsers(REF);
    const relabel = (bytes: Uint8Array, name: string) => {
      const r = sides.after(bytes, name);
      return r.ok ? { ...r, json: r.json.replace(/"label":"/u, '"label":"X') } : r;
    };
    const seed: string[] = filesOf(defaultInputs(), 1000).filter((f: string) => f.endsWith('.txt'));
    const { changed } = compare(seed, { before: sides.before, after: relabel });
    expect(changed.length).toBe(seed.length);
    expect(changed[0].labels.length).toBeGreaterThan(0);
  });
});
