/** What a citation names: who, the event (else the title), when, and the source line. */
export interface CiteFields {
  speaker: string;
  event?: string;
  title?: string;
  date?: string;
  source?: string;
}

/**
 * "王毅，十四届全国人大三次会议记者会，2025-03-07，据新华社": the parts there are, in that order; for an
 * English text, "Geng Shuang, Regular Press Conference, 2019-08-23", a title in quotation marks.
 */
export function citationLine(c: CiteFields, lang: 'zh' | 'en' = 'zh'): string {
  const event = c.event ?? (c.title ? (lang === 'zh' ? `《${c.title}》` : `"${c.title}"`) : '');
  return [c.speaker, event, c.date ?? '', c.source ?? ''].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
}
