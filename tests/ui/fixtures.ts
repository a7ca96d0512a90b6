import { openTranscript } from '../../src/transcript/open.js';
import type { Transcript } from '../../src/transcript/model.js';
import type { Ambiguous } from '../../src/text/width.js';
import { LayoutCache } from '../../src/ui/layoutCache.js';
import type { Env, PageId } from '../../src/ui/state.js';
import type { Hit, Scope } from '../../src/ui/hits.js';
import { lazySearch, loadSearchEngine } from '../../src/ui/searcher.js';

// The reader loads its search engine lazily; the reducer tests search synchronously, so load it first.
await loadSearchEngine();

export const SEED = 'data/2025-03-07-wang-yi-press-conference.txt';
export const SEED_NAME = '2025-03-07-wang-yi-press-conference.txt';

let seed: Transcript | undefined;
export function seedTranscript(): Transcript {
  return (seed ??= openTranscript(SEED).transcript);
}

const LONG = '这是一个很长的段落，用来测试翻页和滚动。'.repeat(30);

/** A small synthetic transcript: 12 topics (so "1" must wait for a second digit), two quotes. */
export function smallTranscript(): Transcript {
  const topics = Array.from({ length: 12 }, (_, i) => ({
    id: i + 1,
    label: `话题${i + 1}`,
    headline: `标题 ${i + 1}`,
    turns: [
      { role: 'question' as const, speaker: '记者', paragraphs: [`第${i + 1}个问题,对吗?`] },
      { role: 'answer' as const, speaker: '王毅', paragraphs: [`回答${i + 1}。`, LONG, `结尾${i + 1}：金句${i + 1}在此。`] },
    ],
  }));
  return {
    title: '测试记者会',
    byline: '发言人',
    intro: '导语。',
    source: '据测试社',
    topics,
    quotes: [
      { text: '金句3在此。', topic: 3 },
      { text: '无处可寻。', topic: null },
    ],
    notes: [],
    repairs: [{ kind: 'joined-split', line: 7, detail: 'joined' }],
  };
}

export interface EnvOptions {
  width?: number;
  height?: number;
  wide?: boolean;
  ambiguous?: Ambiguous;
  fullWidthPunctuation?: boolean;
  search?: (q: string, scope: Scope) => Hit[];
}

/** The reducer's world for a transcript at one text width and view height. */
export function makeEnv(t: Transcript, o: EnvOptions = {}): Env {
  const cache = new LayoutCache(t);
  const opts = { width: o.width ?? 40, ambiguous: o.ambiguous ?? 'narrow', fullWidthPunctuation: o.fullWidthPunctuation ?? true };
  const searcher = lazySearch(t);
  return {
    transcript: t,
    name: SEED_NAME,
    viewHeight: o.height ?? 10,
    wide: o.wide ?? true,
    rows: (page: PageId) => cache.rows(page, opts),
    search: o.search ?? searcher.search,
  };
}
