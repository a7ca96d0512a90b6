// Mutation fuzzing of the whole load pipeline and every plain output, with a fixed seed:
// the seed transcript and the corpus, damaged at random (deletions, duplications, byte flips,
// inserted escape sequences and bidi controls, truncation mid-character). For every input:
// loading either succeeds or refuses with a UserError (never any other exception); the model
// holds no control; `show` stays within its width; and no ESC, C1 or bidi control reaches any
// output — show (plain and colour), topics, export, search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openTranscriptBytes } from '../../src/transcript/open.js';
import type { Transcript } from '../../src/transcript/model.js';
import { showAll, showTopic } from '../../src/commands/show.js';
import { topicsJson, topicsText } from '../../src/commands/topics.js';
import { exportJson } from '../../src/commands/export.js';
import { formatHit } from '../../src/commands/search.js';
import { SearchEngine } from '../../src/search/engine.js';
import { displayWidth } from '../../src/text/width.js';
import { firstForbidden, HOSTILE_LIST, mutate, rng, sources, stringsIn, stripSgr } from './hostile.js';

const MUTANTS_PER_SOURCE = 20;
const enc = new TextEncoder();

/** Loads, or returns null when the input is refused as it should be (a UserError). */
function load(bytes: Uint8Array): Transcript | null {
  try {
    return openTranscriptBytes(bytes, 'fuzz.txt').transcript;
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

const clean = (what: string, s: string, text = false) => expect(firstForbidden(s, text), what).toBeNull();

/** Every invariant the issue asks for, on one loaded transcript. */
function checkOutputs(t: Transcript, rand: () => number): void {
  for (const s of stringsIn(t)) clean('model text', s, true);

  const width = 2 + Math.floor(rand() * 99);
  const ambiguous = rand() < 0.5 ? 'narrow' : 'wide';
  for (const topic of t.topics) {
    const plain = showTopic(topic, { width, color: false, ambiguous });
    clean('show', plain);
    for (const line of plain.split('\n')) {
      expect(displayWidth(line, { ambiguous }), `show at width ${width}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(width);
    }
    // Colour adds only presser's own SGR codes: without them, the same text as plain.
    const colour = showTopic(topic, { width, color: true, ambiguous });
    expect(stripSgr(colour)).toBe(plain);
  }
  clean('show all', showAll(t, { width, color: false, ambiguous }));

  clean('topics', topicsText(t));
  clean('topics --json', topicsJson(t));
  for (const s of stringsIn(JSON.parse(topicsJson(t)))) clean('topics --json strings', s);

  const json = exportJson(t);
  clean('export', json); // JSON escapes C0 but not C1 or bidi: the raw output must be clean too
  for (const s of stringsIn(JSON.parse(json))) clean('export strings', s, true);

  // Search for words the transcript holds, so that there are hits to print.
  const searcher = new SearchEngine(t);
  const words = stringsIn(t.topics).filter((s) => s.length >= 2);
  for (let k = 0; k < 2 && words.length > 0; k++) {
    const w = words[Math.floor(rand() * words.length)]!;
    const start = Math.floor(rand() * Math.max(1, w.length - 2));
    const query = w.slice(start, start + 2 + Math.floor(rand() * 3));
    for (const hit of searcher.search(query, { limit: 10 })) {
      for (const s of stringsIn(hit)) clean('search hit', s);
      clean('search output', formatHit(hit, { width, color: false, ambiguous }));
      clean('search output (colour)', stripSgr(formatHit(hit, { width, color: true, ambiguous })));
    }
  }
}

describe('mutation fuzzer over the seed and the corpus', () => {
  for (const [index, src] of sources().entries()) {
    it(`${src.name}: ${MUTANTS_PER_SOURCE} mutants load or are refused cleanly, and every output is clean`, () => {
      const rand = rng(0x5eed + index);
      let loaded = 0;
      for (let i = 0; i < MUTANTS_PER_SOURCE; i++) {
        const { bytes, done } = mutate(src.bytes, rand);
        try {
          const t = load(bytes);
          if (!t) continue;
          loaded++;
          checkOutputs(t, rand);
        } catch (e) {
          (e as Error).message = `mutant ${i} of ${src.name} [${done.join('; ')}]: ${(e as Error).message}`;
          throw e;
        }
      }
      // Nearly every mutant is still a readable transcript: a fuzzer that only hits refusals tests nothing.
      expect(loaded).toBeGreaterThan(MUTANTS_PER_SOURCE * 0.8);
    });
  }
});

describe('fast-check: transcripts built from speaker lines, hostile sequences and noise', () => {
  const line = fc.oneof(
    fc.constantFrom('王毅：', '路透社记者：', '问：', '答：', '追问：', '中美关系 重要的双边关系', '■ 引语'),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...'中国外交的确定性，。：“”《》 ——…'.split('')), maxLength: 40 }),
    fc.constantFrom(...HOSTILE_LIST),
  );
  const doc = fc
    .tuple(
      fc.array(
        fc.array(line, { maxLength: 4 }).map((parts) => parts.join('')),
        { minLength: 1, maxLength: 25 },
      ),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([lines, eol]) => lines.join(eol));

  it('never throws anything but a UserError, and every output is clean', () => {
    fc.assert(
      fc.property(doc, fc.integer(), (text, seed) => {
        const t = load(enc.encode(text));
        if (t) checkOutputs(t, rng(seed));
      }),
      { seed: 7031, numRuns: 150 },
    );
  });
});
