import type { Quote, Repair, Transcript } from '../transcript/model.js';
import type { Block } from '../layout/page.js';
import { headerBlocks } from '../layout/header.js';
import { topicBlocks } from '../layout/topic.js';
import { KEYMAP, keysLabel, READER_MODES } from './keymap.js';
import { type Lang, strings } from '../i18n/strings.js';
import { localize } from '../i18n/problems.js';
import { displayWidth, type Ambiguous } from '../text/width.js';

/**
 * What the reader can show, as blocks for `layoutPage`. Pages are numbered: 0 the overview,
 * 1..N the topics (page k is topic k), N+1 the pull quotes. Help and repairs are overlays that
 * use the same layout.
 */

export function pageCount(t: Transcript): number {
  return t.topics.length + 2;
}

export function quotesPage(t: Transcript): number {
  return t.topics.length + 1;
}

export function pageLabel(t: Transcript, page: number): string {
  if (page === 0) return '概览';
  if (page === quotesPage(t)) return '金句';
  return t.topics[page - 1]?.label ?? '';
}

export function overviewBlocks(t: Transcript, lang: Lang = 'en'): Block[] {
  const say = strings(lang);
  const blocks: Block[] = headerBlocks(t);
  let para = blocks.length;
  const add = (text: string, style: Block['style'], extra: Partial<Block> = {}) => {
    blocks.push({ ref: { turn: 0, para: para++ }, text, style, gapBefore: blocks.length > 0, ...extra });
  };
  // The contents, for terminals too narrow for the sidebar.
  const digits = String(t.topics.length).length;
  t.topics.forEach((tp, i) => {
    add(tp.headline ?? '', 'dim', { prefix: `${String(tp.id).padStart(digits)} ${tp.label}  `, prefixStyle: 'headline', hang: true, gapBefore: i === 0 });
  });
  if (t.source) add(t.source, 'dim', { prefix: '来源：', prefixStyle: 'dim' });
  for (const n of t.notes) add(n, 'remark');
  const counts = [say.topicsCount(t.topics.length), say.quotesCount(t.quotes.length)];
  if (t.repairs.length) counts.push(say.repairsCount(t.repairs.length));
  add(`${counts.join(' · ')} — ${say.overviewStart(t.topics.length)}`, 'dim');
  return blocks;
}

/** The quote block of quote i is (turn i, para 0); its "→ topic" line is (turn i, para 1). */
export function quotesBlocks(t: Transcript, lang: Lang = 'en'): Block[] {
  const say = strings(lang);
  const blocks: Block[] = [{ ref: { turn: -1, para: 0 }, text: '金句', style: 'heading' }];
  if (t.quotes.length === 0) blocks.push({ ref: { turn: 0, para: 0 }, text: say.noQuotes, style: 'dim', gapBefore: true });
  t.quotes.forEach((q: Quote, i) => {
    blocks.push({ ref: { turn: i, para: 0 }, text: q.text, style: 'answer', prefix: `${i + 1}. `, prefixStyle: 'speaker', hang: true, gapBefore: true });
    const target = q.topic !== null ? t.topics[q.topic - 1] : undefined;
    const where = target ? `→ ${target.id} ${target.label} ${say.quoteOpens}` : say.quoteNowhere;
    blocks.push({ ref: { turn: i, para: 1 }, text: where, style: 'dim', prefix: ' '.repeat(`${i + 1}. `.length), hang: true });
  });
  return blocks;
}

/**
 * One block per repair: a column of line numbers (the same width for all, so every entry's text
 * hangs at one column), then the kind and what was done.
 */
export function repairsBlocks(repairs: Repair[], lang: Lang = 'en'): Block[] {
  const say = strings(lang);
  const blocks: Block[] = [{ ref: { turn: -1, para: 0 }, text: say.repairsTitle(repairs.length), style: 'heading' }];
  if (repairs.length === 0) blocks.push({ ref: { turn: 0, para: 0 }, text: say.nothingRepaired, style: 'dim', gapBefore: true });
  const where = (r: Repair) => (r.line > 0 ? say.repairLine(r.line) : say.repairFile);
  const col = Math.max(0, ...repairs.map((r) => displayWidth(where(r)))) + 2;
  repairs.forEach((r, i) => {
    const kind = `${say.repairKind(r.kind)}${say.repairKindSeparator}`;
    blocks.push({
      ref: { turn: i, para: 0 },
      text: kind + localize(r.detail, lang),
      style: 'answer',
      spans: [{ start: 0, end: kind.length, style: 'speaker' }],
      prefix: where(r) + ' '.repeat(col - displayWidth(where(r))),
      prefixStyle: 'dim',
      hang: true,
      gapBefore: i === 0,
    });
  });
  blocks.push({ ref: { turn: repairs.length, para: 0 }, text: say.repairsClose, style: 'dim', gapBefore: true });
  return blocks;
}

/**
 * The keymap as a page. Where there is room, keys in a column with the descriptions hanging beside
 * them; on a narrow screen (where that column would leave the descriptions a sliver) each key on its
 * own line with its description indented below.
 */
export function helpBlocks(width = Number.POSITIVE_INFINITY, lang: Lang = 'en', ambiguous: Ambiguous = 'narrow'): Block[] {
  const say = strings(lang);
  const keymap = KEYMAP.filter((b) => b.modes.some((m) => READER_MODES.includes(m)));
  const labels = keymap.map(keysLabel);
  // Columns as the terminal draws them: ← ↑ → ↓ take two in the ambiguous-wide mode.
  const cols = (s: string) => displayWidth(s, { ambiguous });
  const keyCol = Math.min(24, Math.max(...labels.map(cols)) + 2);
  const stacked = width < keyCol * 2;
  const blocks: Block[] = [{ ref: { turn: -1, para: 0 }, text: say.helpTitle, style: 'heading' }];
  let searchHeading = false;
  keymap.forEach((b, i) => {
    const label = labels[i]!;
    const description = (lang === 'zh' ? b.zh : b.description).replace(/^(search|搜索): /, '');
    if (!searchHeading && b.modes.length === 1 && b.modes[0] === 'search') {
      searchHeading = true;
      blocks.push({
        ref: { turn: i, para: -1 },
        text: say.helpSearchHeading,
        style: 'headline',
        gapBefore: true,
      });
    }
    if (stacked) {
      blocks.push({ ref: { turn: i, para: 0 }, text: label, style: 'speaker', gapBefore: i === 0 });
      blocks.push({ ref: { turn: i, para: 1 }, text: description, style: 'answer', prefix: '  ', hang: true });
      return;
    }
    blocks.push({
      ref: { turn: i, para: 0 },
      text: description,
      style: 'answer',
      prefix: cols(label) + 2 <= keyCol ? label + ' '.repeat(keyCol - cols(label)) : `${label}  `,
      prefixStyle: 'speaker',
      hang: true,
      gapBefore: i === 0,
    });
  });
  return blocks;
}

export function pageBlocks(t: Transcript, page: number, lang: Lang = 'en'): Block[] {
  if (page === 0) return overviewBlocks(t, lang);
  if (page === quotesPage(t)) return quotesBlocks(t, lang);
  const topic = t.topics[page - 1];
  return topic ? topicBlocks(topic) : [];
}
