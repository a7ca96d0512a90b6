import { trimSpace } from './text.js';

/**
 * Speaker labels: "王毅：", "路透社记者：", "问：", "答：", "追问：", "记者：", "主持人：",
 * "全国人大常委会法工委经济法室副主任杨合庆：", "华春莹表示：", "1\u3000问：". A label is short and is one of a
 * few forms; anything else before a colon ("我要在此呼吁：", "要做好以下工作：") is text.
 */
export type LabelForm =
  | 'ask' // 问 / 提问 / 记者问: a question, the asker unnamed
  | 'follow-up' // 追问 / 记者追问: a further question in the same topic
  | 'narrated-ask' // 会后，有记者问及: a question reported in narration; the label stays in the text
  | 'reply' // 答 / 回答: the answerer, unnamed in the turn
  | 'reporter' // a reporter: outlet + 记者, bare 记者 (asks)
  | 'reporter-remark' // a reporter speaking without asking: 记者解释, 记者笑, "（记者：是的。）"
  | 'host' // 主持人 (asks)
  | 'name'; // a person, possibly after an office: accepted as a speaker only with evidence (see items.ts)

export interface Label {
  /** The label as printed, without a question number or the colon. */
  label: string;
  form: LabelForm;
  /** Who speaks: the name without office or verb ("杨合庆"), the reporter ("路透社记者", "记者"); '' for 问/答/追问. */
  speaker: string;
  /** The office printed before the name: "全国人大常委会法工委经济法室副主任". */
  title?: string;
  /** A question number printed before the label ("1\u3000问："). */
  number?: number;
  /** A reporter's aside in brackets: "（记者：是的。）". */
  aside?: boolean;
  /** The label ends with a verb of saying ("华春莹表示"): the narrator's words, not the speaker's. */
  said?: boolean;
  /** A reporter named by no outlet: 记者, Journalist. */
  bare?: boolean;
  /** The text after the colon. */
  body: string;
}

const MAX_LABEL = 32;
const ASK = /^(?:问|提问|又问|再问|有记者问|记者问|记者提问|Q|Question)$/iu;
const FOLLOW_UP = /^(?:(?:记者)?(?:追问|续问|再追问|又追问)(?:[一二三四五六七八九十\d]{1,2})?|Follow[- ]?up(?: question)?)$/iu;
const NARRATED_ASK = /^(?:\p{Script=Han}{1,6}[，,])?有?(?:\p{Script=Han}{0,8})?记者(?:提问|问及|问到|问)$/u;
const REPLY = /^(?:答|回答|A|Answer)$/u;
// A reporter speaking again within an exchange: explaining, clarifying, laughing, answering back.
const REPORTER_AGAIN = /^记者(?:解释|澄清|补充|插话|笑|回答|说|表示)$/u;
const BARE_REPORTER = /^(?:记者|本报记者|本刊记者|本台记者|新华社记者|Journalist|Reporter|Correspondent)$/u;
const HOST = /^(?:主持人|主持|Host|Moderator)$/u;
// A host named after the word: "主持人袭艳春", "主持人\u3000李四".
const NAMED_HOST = /^(?:主持人|主持)[\s\u3000\u00a0]*(\p{Script=Han}{2,4})$/u;
// A question's number before its label: "1\u3000问：", "9\u00a0\u00a0问：", "1. 问：", "（2）问：", "三、问：".
const NUMBER =
  /^(?:(\d{1,2})(?:[\s\u3000\u00a0]+|[.、．][\s\u3000\u00a0]*)|[（(](\d{1,2}|[一二三四五六七八九十]{1,3})[）)][\s\u3000\u00a0]*|([一二三四五六七八九十]{1,3})、[\s\u3000\u00a0]*(?=问|追问))(?=\S)/u;
const HAN_DIGITS = '一二三四五六七八九';

/** "12" or "十二" → 12. */
function numberOf(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (tens === '' ? (s.includes('十') ? 1 : 0) : HAN_DIGITS.indexOf(tens!) + 1) * 10 + (ones ? HAN_DIGITS.indexOf(ones) + 1 : 0);
}
// An outlet and "记者": letters, ideographs, digits, book-title marks, middle dots, spaces.
const REPORTER = /^[\p{L}\p{N}《》〈〉“”"·•・()（） .&-]{1,22}记者$/u;

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
// A transliterated name: parts joined by a middle dot ("穆罕默德·本·萨勒曼").
const DOTTED_NAME = /^\p{Script=Han}{1,8}(?:[·•・]\p{Script=Han}{1,8}){1,3}$/u;
// A Latin name or outlet: capitalised words, with the small words names carry ("Associated Press of
// Pakistan", "The Globe and Mail").
const LATIN_NAME = /^[A-Z][A-Za-z.'’&-]*(?: (?:[A-Z][A-Za-z.'’&-]*|of|and|the|de|du|des|la|le|el|del|von|van|für|y)){0,5}$/u;
// Lead-ins that look like names: "Note:", "Editor's Note:", "Source:".
const NOT_A_LATIN_NAME =
  /^(?:Note|Notes|Editor'?s Note|Source|Sources|Photo|Update|Updated|Transcript|Background|Summary|Attachment|Link|Links|Tel|Fax|Email|Address|Website|Time|Date|Venue|Theme|Topic|Subject|First|Second|Third|Finally|Also|However|Therefore|Thus|Moreover|Meanwhile|Example|Answer|Question)$/u;
// An official named by office alone: "教育部负责人", "国家密码管理局新闻发言人".
const OFFICE_ONLY = /^\p{Script=Han}{1,20}(?:负责人|新闻发言人|发言人)$/u;
/** Words an office ends with, before the holder's name: "…研究室主任臧铁伟", "外交部长王毅". */
const OFFICE_END =
  /(?:发言人|负责人|主任|部长|外长|司长|局长|处长|厅长|署长|所长|院长|校长|馆长|社长|台长|主席|总理|委员|大使|公使|参赞|领事|秘书长|书记|省长|市长|县长|区长|州长|总统|首相|经理|董事长|总裁|会长|理事长|总监|主编|教授|研究员|专家|代表|总工程师|总经济师|总会计师|顾问|特使|干事)$/u;
// After a name, a verb of saying: "华春莹表示：", "外交部发言人耿爽宣布：".
const SAYING = /(?:表示|宣布|指出|强调|介绍|说|称|回答|答)$/u;
// Two to four ideographs before a colon are more often a lead-in than a name: these never name anyone.
const NOT_A_NAME =
  /^(?:我|你|您|他|她|它|这|那|此|其|但|而|因|所|如|若|据|在|对|从|关于|首先|其次|再次|最后|总之|同时|另外|此外|第|[一二三四五六七八九十]|例如|比如|原因|目标|时间|地点|主题|注|要|请|还|就|也|又|即|共|有|无|不|没|该|可|将|已|把|被|让|使|给|为|以|与|及|或|是|的|一是|二是|具体|总的|简言|换言|概括|结论|答案|问题|背景|链接|附|图|电话|地址|网址|来源|编者|核心|制图|摄影|责编|编辑|记者|标题|原文|全文|内容|要点|重点)/u;

/** Splits "label: body" when the text starts with a label-shaped prefix. */
export function parseLabel(text: string): Label | null {
  const aside = /^[（(]([^（(）)：:]{1,12})[：:]([^）)]*)[）)]$/u.exec(text);
  if (aside) {
    const inner = parseLabel(`${aside[1]}：${aside[2]}`);
    if (!inner || !(inner.form === 'reporter' || inner.form === 'host' || inner.form === 'reporter-remark')) return null;
    // A reporter's line of its own, in brackets: the asker's turn, as any "记者：" line is.
    return { ...inner, aside: true };
  }
  const numbered = NUMBER.exec(text);
  const rest = numbered ? text.slice(numbered[0].length) : text;
  const m = /[:：]/.exec(rest);
  if (!m || m.index === 0 || m.index > MAX_LABEL) return null;
  // "王\u3000毅：": newspapers space out two-character names.
  // "Bloomberg\u00a0News:": one space between Latin words.
  const label = trimSpace(rest.slice(0, m.index))
    .replace(/^(\p{Script=Han})[\s\u3000\u00a0]+(\p{Script=Han})$/u, '$1$2')
    .replace(/(?<=[A-Za-z.])[\s\u00a0]+(?=[A-Za-z])/gu, ' ');
  const body = trimSpace(rest.slice(m.index + 1));
  const parsed = labelOf(label);
  if (!parsed) return null;
  // A number is structure only before a question ("1\u3000问："); "1. 张三：" is a list, not a label.
  if (numbered && !(parsed.form === 'ask' || parsed.form === 'reporter' || parsed.form === 'host')) return null;
  return { label, body, ...parsed, ...(numbered ? { number: numberOf(numbered[1] ?? numbered[2] ?? numbered[3]!) } : {}) };
}

function labelOf(label: string): Pick<Label, 'form' | 'speaker' | 'title' | 'said' | 'bare'> | null {
  if (ASK.test(label)) return { form: 'ask', speaker: label.startsWith('记者') ? '记者' : '' };
  if (FOLLOW_UP.test(label)) return { form: 'follow-up', speaker: label.startsWith('记者') ? '记者' : '' };
  if (REPLY.test(label)) return { form: 'reply', speaker: '' };
  if (REPORTER_AGAIN.test(label)) return { form: 'reporter-remark', speaker: '记者' };
  if (BARE_REPORTER.test(label)) return { form: 'reporter', speaker: label, bare: true };
  if (HOST.test(label)) return { form: 'host', speaker: '主持人' };
  const host = NAMED_HOST.exec(label);
  if (host && !NOT_A_NAME.test(host[1]!)) return { form: 'host', speaker: host[1]!, title: '主持人' };
  if (NARRATED_ASK.test(label)) return { form: 'narrated-ask', speaker: '' };
  if (REPORTER.test(label)) return { form: 'reporter', speaker: label };
  const person = personOf(label);
  return person ? { form: 'name', ...person } : null;
}

/**
 * A person as a label names them: a name; an office and a name; an office alone ("教育部负责人");
 * any of these followed by a verb of saying ("华春莹表示"). Returns the name and the office.
 */
export function personOf(label: string): { speaker: string; title?: string; said?: boolean } | null {
  const said = SAYING.exec(label);
  if (said && said.index >= 2) {
    const before = personOf(label.slice(0, said.index));
    if (before) return { ...before, said: true };
  }
  if (isName(label)) return { speaker: label };
  if (OFFICE_ONLY.test(label)) return { speaker: label };
  return officeAndName(label);
}

/** Splits "外交部发言人华春莹" into office and name: the name is two to four ideographs after an office word. */
export function officeAndName(label: string): { speaker: string; title: string } | null {
  if (!/^\p{Script=Han}[\p{Script=Han}、，,·]{3,30}$/u.test(label)) return null;
  for (const k of [3, 2, 4]) {
    const name = label.slice(-k);
    const office = label.slice(0, -k).replace(/[、，,]$/u, '');
    if (office.length >= 2 && OFFICE_END.test(office) && /^\p{Script=Han}+$/u.test(name) && !NOT_A_NAME.test(name) && !SAYING.test(name)) {
      return { speaker: name, title: office };
    }
  }
  return null;
}

function isName(label: string): boolean {
  if (LATIN_NAME.test(label)) return label.length >= 2 && label.length <= 40 && !NOT_A_LATIN_NAME.test(label);
  return (HAN_NAME.test(label) || DOTTED_NAME.test(label)) && !NOT_A_NAME.test(label);
}

/** Forms that ask: their turns are questions. */
export function asks(form: LabelForm): boolean {
  return form === 'ask' || form === 'follow-up' || form === 'narrated-ask' || form === 'reporter' || form === 'host';
}

/**
 * The person a title, subtitle or byline names as answering: "外交部发言人华春莹主持例行记者会" → 华春莹,
 * "——教育部负责人就《…》答记者问" → 教育部负责人, "——刘鹤就中美签署第一阶段经贸协议答记者问" → 刘鹤,
 * "中共中央政治局委员、外交部长王毅" → 王毅. Used for turns labelled only "答：".
 */
export function nameFromHeader(text: string): string | undefined {
  // "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on …"
  const english =
    /(?:Spokesperson|Spokesman|Spokeswoman|Minister|Premier|President)\s+([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?:(?:'s|’s)\s|\s+(?:Answers|Holds|Meets|Remarks))/u.exec(
      text,
    );
  if (english) return english[1];
  const answering = /(?:^|[\s，,——\-—])([^\s，,——\-—《》“”]{2,30}?)(?:就[^\s]{1,60}?)?(?:答记者问|回答记者提问|答本报记者问|接受[^\s]{0,12}采访)/u.exec(text);
  if (answering) {
    const who = answering[1]!.replace(/^[—-]+/u, '');
    const person = personOf(who);
    if (person) return person.speaker;
  }
  const office =
    /(?:发言人|部长|外长|总理|副总理|主席|大使|司长|主任|总统|首相|秘书长)(\p{Script=Han}{2,4}?)(?=主持|出席|在|就|答|回答|举行|表示|会见|谈|$|[\s，,、])/u.exec(
      text,
    );
  if (office) return office[1];
  const before = /(\p{Script=Han}{2,3})(?:总理|副总理|外长|国务委员)(?=出席|在|就|答|回答|举行|会见|谈)/u.exec(text);
  return before?.[1];
}
