import type { Item } from './items.js';
import { endsSentence } from './text.js';

export interface Header {
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  dateline?: string;
  intro?: string;
  /** Reporters credited after the dateline: "记者吴乐珺、张梦旭". */
  credits: string[];
  /** Lines the header used, for accounting. */
  lines: number[];
  /** Header items that are neither title, byline nor intro: opening remarks, narration, announcements. */
  rest: Item[];
}

/** "新华社北京2月23日电", "本报华盛顿1月15日电", "本报北京5月24日电": who filed the report, where and when. */
export const DATELINE =
  /^((?:新华社|中新社|本报|人民网|央视网|光明网|中国日报网|\p{Script=Han}{1,6}?社)\p{Script=Han}{0,10}?(?:\d{1,2}月)?\d{1,2}日(?:专)?电)/u;
// An intro reports the event: it names the press conference, opens with a dateline, or opens as a
// news lead does, with when ("24日，", "日前，", "近日，").
const INTRO =
  /记者会|发布会|记者招待会|新闻发布|吹风会|^[^，。,]{2,24}电(?:[\s\u3000\u00a0]|$)|^(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚|晚间)?[，,]|^(?:日前|近日|近期|昨天|昨日|今天|今日|当天)[，,]/u;
const SUBTITLE = /^(?:——|—|--|－－|──)\s*/u;
// A second title line that continues the first: it opens with a preposition or conjunction.
const CONTINUES = /^(?:就|并|和|与|及|暨|对|为|向|同|答|回答|在|时|上)/u;
const MAX_TITLE_LINE = 40;

/**
 * The lines before the first turn or heading: a kicker (引题) over the title, the title (possibly over
 * two lines), a "——" subtitle, a byline (a short line naming the answerer), the intro with its
 * dateline, and what remains (remarks, narration).
 */
export function readHeader(items: Item[], answerers: string[]): Header {
  const plain = items.filter((it) => it.kind === 'plain');
  const first = plain[0];
  if (!first) return { title: '', credits: [], lines: [], rest: items };
  let kicker: string | undefined;
  let title = first.text;
  let titleLines = 1;
  let subtitle: string | undefined;
  let byline: string | undefined;
  const lines = [first.line];
  let k = 1;
  for (; k < plain.length; k++) {
    const p = plain[k]!;
    if (SUBTITLE.test(p.text) && subtitle === undefined && p.text.length <= 90) {
      subtitle = p.text.replace(SUBTITLE, '').trim();
      lines.push(p.line);
      continue;
    }
    if (p.text.length > MAX_TITLE_LINE || endsSentence(p.text) || /[。！？]/u.test(p.text) || INTRO.test(p.text)) break;
    if (answerers.some((a) => a !== '' && p.text.includes(a))) byline = byline ? `${byline} ${p.text}` : p.text;
    else if (byline !== undefined || subtitle !== undefined) break;
    else if (titleLines === 1 && !CONTINUES.test(p.text)) {
      // Two complete lines: the first is the kicker over the title.
      kicker = title;
      title = p.text;
      titleLines++;
    } else if (titleLines <= 2) {
      title = joinTitle(title, p.text);
      titleLines++;
    } else break;
    lines.push(p.line);
  }
  let intro: string | undefined;
  let dateline: string | undefined;
  const credits: string[] = [];
  const next = plain[k];
  if (next && INTRO.test(next.text)) {
    lines.push(next.line);
    const lead = splitDateline(next.text);
    dateline = lead.dateline;
    if (lead.credit) credits.push(lead.credit);
    intro = lead.text || undefined;
  }
  const used = new Set(lines);
  const rest = items.filter((it) => !(it.kind === 'plain' && used.has(it.line)));
  return {
    ...(kicker !== undefined ? { kicker } : {}),
    title,
    ...(subtitle !== undefined ? { subtitle } : {}),
    ...(byline !== undefined ? { byline } : {}),
    ...(dateline !== undefined ? { dateline } : {}),
    ...(intro !== undefined ? { intro } : {}),
    credits,
    lines,
    rest,
  };
}

/** "本报华盛顿1月15日电  （记者吴乐珺、张梦旭）中美两国…" → dateline, credit, text. */
export function splitDateline(text: string): { dateline?: string; credit?: string; text: string } {
  const d = DATELINE.exec(text);
  if (!d) return { text };
  let rest = text.slice(d[0].length).replace(/^[\s\u3000\u00a0]+/u, '');
  const credit = /^[（(]((?:记者|通讯员|本报记者|特约记者)[^（()）]{1,60})[）)]/u.exec(rest);
  if (credit) rest = rest.slice(credit[0].length).replace(/^[\s\u3000\u00a0]+/u, '');
  return { dateline: d[1], ...(credit ? { credit: credit[1] } : {}), text: rest };
}

/** Joins a title's second line: no space between ideographs, one between Latin words. */
function joinTitle(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
