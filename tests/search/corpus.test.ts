// The other real layouts in ../shared/corpus (when present): every answer sentence is found
// by a piece of itself, and every hit's position points back at its sentence in the model.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/search/engine.js';
import { parseTranscript } from '../../src/transcript/parse.js';

const dir = '../shared/corpus';

describe.skipIf(!existsSync(dir))('search over the corpus layouts', () => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  it.each(files)('%s', (file) => {
    const t = parseTranscript(readFileSync(join(dir, file), 'utf8'));
    const s = new SearchEngine(t);
    const sentences = s.search('。', { scope: 'answers', limit: 100_000 });
    expect(sentences.length).toBeGreaterThan(10);
    let checked = 0;
    for (const h of sentences.filter((_, i) => i % 7 === 0)) {
      const run = h.text.match(/\p{Script=Han}{6,}/u)?.[0];
      if (!run) continue;
      const piece = run.slice(0, 6);
      const hits = s.search(piece, { scope: 'answers', limit: 100_000 });
      const same = hits.find(
        (x) => x.pos && h.pos && x.pos.topic === h.pos.topic && x.pos.turn === h.pos.turn && x.pos.para === h.pos.para && x.pos.offset === h.pos.offset,
      );
      expect(same, piece).toBeDefined();
      const para = t.topics[same!.pos!.topic - 1]!.turns[same!.pos!.turn]!.paragraphs[same!.pos!.para]!;
      expect(para.slice(same!.pos!.offset, same!.pos!.offset + same!.length)).toBe(same!.text);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });
});
