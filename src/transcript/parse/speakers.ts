import { trimSpace } from './text.js';

/**
 * Speaker labels: "王毅:", "路透社记者：", "问：", "答：", "追问：". A label is short and is one of
 * a few forms; anything else before a colon ("我要在此呼吁：") is text.
 */
export type LabelForm =
  | 'ask' // 问 / 提问: a question by an unnamed reporter
  | 'follow-up' // 追问: a further question in the same topic
  | 'narrated-ask' // 会后，有记者问及: a question reported in narration; the label stays in the text
  | 'reply' // 答 / 回答: the answerer, unnamed in the turn
  | 'reporter' // outlet + 记者
  | 'name'; // a bare name: accepted only with evidence (see acceptsName)

export interface Label {
  label: string;
  form: LabelForm;
  /** The text after the colon. */
  body: string;
}

const MAX_LABEL = 24;
const ASK = /^(?:问|提问|又问|再问|记者问)$/u;
const FOLLOW_UP = /^(?:追问|续问|再追问|又追问)$/u;
const NARRATED_ASK = /^(?:\p{Script=Han}{1,6}[，,])?有?(?:\p{Script=Han}{0,8})?记者(?:提问|问及|问到|问)$/u;
const REPLY = /^(?:答|回答)$/u;
// An outlet and "记者": letters, ideographs, digits, book-title marks, middle dots, spaces.
const REPORTER = /^[\p{L}\p{N}《》〈〉“”"·•・()（） .&-]{1,22}记者$/u;
const HAN_NAME = /^[\p{Script=Han}·•・]{2,8}$/u;
const LATIN_NAME = /^[A-Z][A-Za-z.'’ -]{1,30}$/;
// Names do not start with pronouns or function words; sentences before a colon often do.
const NOT_A_NAME_START = /^(?:我|你|您|他|她|它|这|那|此|其|但|而|因|所|如|若|据|在|对|从|关于|首先|其次|最后|总之|同时|另外|此外|第|[一二三四五六七八九十]|例如|比如|原因|目标|时间|地点|主题|注)/u;

/** Splits "label: body" when the text starts with a label-shaped prefix. */
export function parseLabel(text: string): Label | null {
  const m = /[:：]/.exec(text);
  if (!m || m.index === 0 || m.index > MAX_LABEL) return null;
  const label = trimSpace(text.slice(0, m.index));
  const body = trimSpace(text.slice(m.index + 1));
  const form = labelForm(label);
  return form ? { label, form, body } : null;
}

function labelForm(label: string): LabelForm | null {
  if (ASK.test(label)) return 'ask';
  if (FOLLOW_UP.test(label)) return 'follow-up';
  if (REPLY.test(label)) return 'reply';
  if (NARRATED_ASK.test(label)) return 'narrated-ask';
  if (REPORTER.test(label)) return 'reporter';
  if ((HAN_NAME.test(label) || LATIN_NAME.test(label)) && !NOT_A_NAME_START.test(label)) return 'name';
  return null;
}

/**
 * The person a title or byline names as answering: "外交部发言人华春莹主持例行记者会" → 华春莹,
 * "中共中央政治局委员、外交部长王毅" → 王毅. Used for turns labelled only "答：".
 */
export function nameFromHeader(text: string): string | undefined {
  const office = /(?:发言人|部长|外长|总理|副总理|主席|大使|司长|主任|总统|首相|秘书长)(\p{Script=Han}{2,4}?)(?=主持|出席|在|就|答|回答|举行|表示|会见|谈|$|[\s，,、])/u;
  const m = office.exec(text);
  if (m) return m[1];
  const before = /(\p{Script=Han}{2,3})(?:总理|副总理|外长|国务委员)(?=出席|在|就|答|回答|举行|会见|谈)/u.exec(text);
  return before?.[1];
}
