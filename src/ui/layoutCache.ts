import type { Transcript } from '../transcript/model.js';
import type { Ambiguous } from '../text/width.js';
import type { Lang } from '../i18n/strings.js';
import { layoutPage, type PageRow } from '../layout/page.js';
import { helpBlocks, pageBlocks, repairsBlocks } from './pages.js';
import type { PageId } from './state/types.js';

export interface ViewOptions {
  width: number;
  ambiguous: Ambiguous;
  fullWidthPunctuation: boolean;
  /** The interface's language (help, overview and quotes pages say things); English when absent. */
  lang?: Lang;
}

/**
 * Pages laid out once per (page, width, options) and kept: scrolling a long answer reads rows
 * from the cache instead of wrapping the text again on every key press.
 */
export class LayoutCache {
  private readonly cache = new Map<string, PageRow[]>();
  constructor(private readonly transcript: Transcript) {}

  rows(page: PageId, opts: ViewOptions): PageRow[] {
    const lang = opts.lang ?? 'en';
    const key = `${page}|${opts.width}|${opts.ambiguous}|${opts.fullWidthPunctuation ? 1 : 0}|${lang}`;
    let rows = this.cache.get(key);
    if (!rows) {
      const blocks =
        page === 'help'
          ? helpBlocks(opts.width, lang, opts.ambiguous)
          : page === 'repairs'
            ? repairsBlocks(this.transcript.repairs, lang)
            : pageBlocks(this.transcript, page, lang);
      rows = layoutPage(blocks, opts);
      // Resizing through many widths should not keep every layout alive.
      if (this.cache.size > 400) this.cache.clear();
      this.cache.set(key, rows);
    }
    return rows;
  }
}
