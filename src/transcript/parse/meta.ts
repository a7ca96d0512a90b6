/**
 * The event and its date, read from the text: the title ("2019年2月11日外交部发言人华春莹主持例行记者会"),
 * the dateline ("新华社北京2月23日电"), the intro ("…于3月7日上午10时…举行记者会"). A date the text
 * gives without a year takes it from a dated file name, when there is one (the publication date:
 * the event is on or before it).
 */

export interface MetaSource {
  kicker?: string;
  title: string;
  subtitle?: string;
  dateline?: string;
  intro?: string;
}

export interface Meta {
  date?: string;
  event?: string;
}

const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const MONTH_DAY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const DAY_ONLY = /^(?:\p{Script=Han}{0,30}?)(?<![\d月])(\d{1,2})日(?:上午|下午|晚|晚间|电)?/u;
const KIND = /(例行记者会|记者会|新闻发布会|发布会|记者招待会|吹风会|视频记者会|新闻发布厅)/u;

/** Reads the date and event; `nameDate` is an ISO date taken from the file name, used only to complete or stand in for the text's. */
export function readMeta(src: MetaSource, nameDate?: string): Meta {
  return { ...dateOf(src, nameDate), ...eventOf(src) };
}

// The intro's first sentence reports the event when it says what happened: a date there is the event's.
const REPORTS_EVENT = /举行|召开|记者会|发布会|吹风会|表决|通过|签署|会见|会谈|答记者问|接受.{0,12}采访|宣布|发表/u;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "on February 11, 2019", "June12, 2018", "Sept. 5", "11 February 2019".
const ENGLISH_DATE =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4}))?/u;
const ENGLISH_DAY_FIRST =
  /\b(\d{1,2})\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(\d{4})\b/u;

/** An English date in a title: with its year, or month and day (the year then from the file name). */
function englishDate(text: string, nameDate: string | undefined): { date?: string } | undefined {
  const dayFirst = ENGLISH_DAY_FIRST.exec(text);
  if (dayFirst) return valid(+dayFirst[3]!, MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase()) + 1, +dayFirst[1]!);
  const m = ENGLISH_DATE.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
  return m[3] ? valid(+m[3], month, +m[2]!) : withYear(month, +m[2]!, nameDate);
}

function dateOf(src: MetaSource, nameDate: string | undefined): { date?: string } {
  for (const t of [src.title, src.kicker, src.subtitle]) {
    const m = t ? FULL_DATE.exec(t) : null;
    if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  }
  const english = englishDate(src.title, nameDate);
  if (english) return english;
  const dateline = src.dateline ?? '';
  const md = MONTH_DAY.exec(dateline);
  if (md) return withYear(+md[1]!, +md[2]!, nameDate);
  const intro = src.intro ?? '';
  // An intro that opens with a full date ("2019年2月11日，…") dates the event; one further in may be any date.
  const opening = FULL_DATE.exec(intro.slice(0, 16));
  if (opening) return valid(+opening[1]!, +opening[2]!, +opening[3]!);
  const sentence = intro.split(/[。！？]/u)[0] ?? '';
  const verb = REPORTS_EVENT.exec(sentence);
  if (verb) {
    // The event's date comes before the verb ("…于3月7日上午…举行记者会"); one after it is another
    // date ("审议通过，自2020年1月1日起施行").
    const before = sentence.slice(0, verb.index);
    const full = FULL_DATE.exec(before);
    if (full) return valid(+full[1]!, +full[2]!, +full[3]!);
    const inSentence = MONTH_DAY.exec(before);
    if (inSentence) return withYear(+inSentence[1]!, +inSentence[2]!, nameDate);
  }
  // The day alone, in the dateline or at the start of a news lead ("24日，…").
  for (const t of [dateline, sentence]) {
    const d = DAY_ONLY.exec(t);
    if (d && nameDate) {
      const [y, m] = nameDate.split('-').map(Number) as [number, number];
      const day = +d[1]!;
      const nameDay = Number(nameDate.slice(8, 10));
      // The event is on or before the publication: a later day is last month's.
      const [yy, mm] = day <= nameDay ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
      return valid(yy, mm, day);
    }
  }
  return nameDate ? { date: nameDate } : {};
}

/** Month and day with the year of the publication date, or the year before when the date would fall after it. */
function withYear(month: number, day: number, nameDate: string | undefined): { date?: string } {
  if (!nameDate) return {};
  const [y] = nameDate.split('-').map(Number) as [number];
  const candidate = iso(y, month, day);
  return valid(candidate > nameDate ? y - 1 : y, month, day);
}

function valid(y: number, m: number, d: number): { date?: string } {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return {};
  return { date: iso(y, m, d) };
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The event: a spokesperson's briefing ("外交部发言人华春莹主持例行记者会" → "外交部例行记者会"), the
 * subtitle of an interview ("刘鹤就中美签署第一阶段经贸协议答记者问"), or the body that held a press
 * conference, from the intro ("十四届全国人大三次会议于3月7日…举行记者会" → "十四届全国人大三次会议记者会").
 */
function eventOf(src: MetaSource): { event?: string } {
  // "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on …" → "Foreign Ministry Regular Press Conference".
  const english =
    /^(.*?)\s*Spokes(?:person|man|woman)\s+[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?:'s|’s)\s+((?:Regular |Daily )?(?:Press Conference|Briefing)(?: Online)?)/u.exec(
      src.title,
    );
  if (english) return { event: `${english[1] ? `${english[1]} ` : ''}${english[2]}` };
  const title = src.title.replace(FULL_DATE, '').trim();
  const briefing = /^(\p{Script=Han}{2,12}?)(?:新闻)?发言人\p{Script=Han}{2,4}?主持(例行记者会|记者会|新闻发布会)/u.exec(title);
  if (briefing) return { event: `${briefing[1]}${briefing[2]}` };
  if (src.subtitle && /答记者问|记者会|发布会|采访|对话/u.test(src.subtitle)) return { event: src.subtitle };
  if (/答记者问|回答记者提问/u.test(title)) return { event: title };
  const held = heldEvent(src.intro ?? '');
  if (held) return { event: held };
  if (KIND.test(title) || /对话|访谈|专访|采访/u.test(title)) return { event: title };
  return {};
}

/** "十三届全国人大三次会议24日在人民大会堂举行视频记者会" → "十三届全国人大三次会议视频记者会". */
function heldEvent(intro: string): string | undefined {
  const sentence = intro.split(/[。！？]/u)[0] ?? '';
  const m = /举行(视频|网络视频)?(记者会|新闻发布会|发布会|记者招待会|吹风会)/u.exec(sentence);
  if (!m) return undefined;
  const before = sentence.slice(0, m.index);
  const subject = /^(?:[^，,]*?[，,])??\s*([\p{Script=Han}\d]{2,30}?)(?=于|在|\d|今天|昨天|当天|上午|下午|晚上|$)/u.exec(before);
  const who = subject?.[1];
  return who && who.length >= 2 ? `${who}${m[1] ?? ''}${m[2]}` : undefined;
}
