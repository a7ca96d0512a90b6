import type { Lang } from './locale.js';

/**
 * Messages made where the interface's language is not known — deep in the core (reading a file,
 * the library's scan, the store, the settings file), in a worker, or kept in the library's cache
 * (a skipped file's reason is saved with it) — are made in English from `PROBLEMS` and said in the
 * interface's language where they reach the user, by `localize`: it recognises a message made
 * from one of these templates and makes the same message from the Chinese one. A message that is
 * no template's (an operating system's text) is said as it is.
 *
 * A template takes strings and puts each one in once, as it is (no plurals, no conditions: those
 * are two templates), so the parts can be found again in the English text. A part that is itself
 * a template's message (a reason inside "cannot read X: REASON") is said in Chinese too. A message
 * may name its subject first — "FILE: reason" — and the reason is then recognised after the colon.
 */
type Template = (...parts: string[]) => string;

const EN = {
  // Reading a file (src/transcript): the reasons follow the file's name and a colon.
  noSuchFile: () => 'no such file',
  permissionDenied: () => 'permission denied',
  notATranscriptFile: () => 'is a directory, not a transcript file',
  cannotReadCode: (code: string) => `cannot read (${code})`,
  binaryFile: () => 'looks like a binary file (it contains NUL bytes), not a transcript',
  undecodable: () =>
    'cannot be decoded as text: read as UTF-8, UTF-16, GB18030, Big5 or windows-1252, it looks like none; if it is text, convert it to UTF-8 first',
  twoEncodings: (a: string, b: string, code: string) => `cannot tell whether it is ${a} or ${b} text; convert it to UTF-8 first (iconv -f ${code} -t utf-8)`,
  emptyFile: () => 'is empty; there is no transcript to read',
  onlyControls: () => 'holds only control characters and escape sequences, no text to read',
  tooLarge: (size: string, limit: string) => `is too large (${size}); presser reads transcripts up to ${limit} MiB`,
  sizeOver: (limit: string) => `over ${limit} MiB`,
  sizeBytes: (bytes: string, mib: string) => `${bytes} bytes, ${mib} MiB`,
  cannotRead: (what: string, why: string) => `cannot read ${what}: ${why}`,
  standardInput: () => 'standard input',
  cannotOpen: (name: string, why: string) => `cannot open ${name}: ${why}`,
  // What decoding lost (a warning; the text is still read).
  replacedSequence: (encoding: string, line: string) => `1 undecodable byte sequence replaced by U+FFFD (${encoding}, line ${line})`,
  replacedSequences: (n: string, encoding: string, line: string) => `${n} undecodable byte sequences replaced by U+FFFD (${encoding}, line ${line})`,
  andMore: (line: string) => `${line} and more`,
  droppedByte: () => 'ends mid-character: 1 incomplete byte dropped',
  droppedBytes: (n: string) => `ends mid-character: ${n} incomplete bytes dropped`,
  // The library's scan (src/library): why a file or directory was skipped.
  noSuchFileOrDirectory: () => 'no such file or directory',
  symlinkLoop: () => 'too many levels of symbolic links',
  isADirectory: () => 'is a directory',
  internalError: (what: string) => `internal error: ${what}`,
  cacheDamaged: (reason: string, aside: string) => `the library cache was damaged (${reason}); rebuilding it (the damaged file is kept as ${aside})`,
  // A library search's filters (src/library/query.ts, search.ts).
  filterNeedsValue: (kind: string, example: string) => `${kind}: needs a value (e.g. ${example})`,
  notADate: (value: string) => `date:${value} is not a date or period (e.g. date:2019, date:2019-02, date:2018-03..2019-06)`,
  searchNeedsWord: () => 'search needs a word to look for besides speaker:, asker: and date:',
  cannotReadCache: (dir: string, code: string) => `cannot read the cache in ${dir} (${code}); working without it`,
  cannotWriteCache: (dir: string, code: string) => `cannot write the cache in ${dir} (${code}); working without it`,
  // Why the library's cache file is damaged (src/library/pack.ts, postings.ts): inside cacheDamaged.
  packTooShort: () => 'too short',
  packNotCache: () => 'not a presser cache file, or cut short',
  packSizes: () => 'sizes do not add up',
  packHeaderChecksum: () => 'header checksum mismatch',
  packHeaderNotJson: () => 'header is not JSON',
  packUnknownHeader: () => 'unknown header',
  packMalformedHeader: () => 'malformed header',
  packMalformedEntry: () => 'malformed entry',
  packBlobOutside: () => 'a blob lies outside the data',
  packBlobChecksum: () => 'blob checksum mismatch',
  packBlockChecksum: () => 'index block checksum mismatch',
  packIndexMismatch: () => 'the index does not match the entries',
  packUnexpectedEnd: () => 'unexpected end of file',
  postingsDamaged: (what: string) => `postings: ${what}`,
  postingsListOrder: () => 'a document list is out of order or range',
  postingsDocRange: () => 'document out of range',
  postingsBadLength: () => 'bad length',
  postingsTruncatedTable: () => 'truncated table',
  postingsTableOrder: () => 'table out of order',
  postingsBadOffsets: () => 'bad offsets',
  postingsBadSize: () => 'bad size',
  // The store (marks, positions, search history) and the settings file.
  cannotSave: (root: string, code: string) => `cannot save to ${root} (${code}): marks and positions are kept for this session only`,
  keptAside: (reason: string, aside: string) => `${reason}, kept aside and started fresh: ${aside}`,
  ignoredFile: (reason: string, file: string) => `${reason}, ignored: ${file}`,
  notValidJson: () => 'not valid JSON',
  notARecord: () => 'not a record of this kind',
  settingsUnreadable: (code: string) => `cannot read (${code}); using the defaults`,
  settingsNotToml: () => 'not valid TOML; using the defaults',
  settingsNotTomlAt: (line: string) => `not valid TOML at line ${line}; using the defaults`,
  settingsUnknownKey: (key: string, known: string) => `unknown key "${key}" (known: ${known}); ignored`,
  settingsBadValue: (key: string, value: string, allowed: string) => `${key} = ${value} is not allowed (allowed: ${allowed}); using the default`,
  wholeNumberFromTo: (min: string, max: string) => `a whole number from ${min} to ${max}`,
  // The keyboard (src/ui/terminal.ts).
  noKeyboard: (code: string) => `cannot read keys: standard input is not a terminal and there is no /dev/tty (${code})`,
  ttyNotTerminal: () => 'cannot read keys: /dev/tty is not a terminal',
  // The other-language version (the parallel view, align, show --with).
  noCounterpart: () => 'no other-language version: open both with presser ZH --with EN, or from a library that holds both',
  closedBeforeAligned: () => 'the reader closed before the two versions were aligned',
  noChineseVersion: () => 'no Chinese version of this briefing in the library',
  noEnglishVersion: () => 'no English version of this briefing in the library',
  noOtherVersion: () => 'no other-language version of this briefing in the library',
  noGlossary: () => 'the Chinese-English dictionary (glossary.tsv.gz) is missing: aligned by numbers, Latin names and order only',
  // What the decoder and the parser repaired (src/transcript): a repair's detail, on the repairs page.
  noStructure: () => 'no questions or answers recognised: the whole text is shown as one topic',
  parserFailed: (why: string) => `the parser failed (${why}); every line is kept as a note`,
  decodedFrom: (encoding: string) => `decoded from ${encoding}`,
  invalidBytesReplaced: (encoding: string) => `invalid ${encoding} bytes replaced by U+FFFD`,
  moreLinesReplaced: (lines: string, total: string) => `and on ${lines} more lines; ${total} sequences replaced in all`,
  fileEndsMidByte: () => 'the file ends mid-character: 1 incomplete byte dropped',
  fileEndsMidBytes: (n: string) => `the file ends mid-character: ${n} incomplete bytes dropped`,
  removedControls: (what: string) => `removed ${what}`,
  moreLinesRemoved: (lines: string, total: string) => `and on ${lines} more lines; ${total} removed in all`,
  splicedTail: (excerpt: string, line: string) => `the paragraph's tail "${excerpt}" repeats line ${line} of another topic, where it belongs: cut here`,
  splicedHead: (excerpt: string, line: string) => `the paragraph's head "${excerpt}" repeats line ${line} of another topic, where it belongs: cut here`,
  strayLine: (why: string, excerpt: string) => `${why}: "${excerpt}"`,
  punctuationOnly: () => 'a line of punctuation only',
  repeatedHeader: () => 'repeats a header line (a running head)',
  runningHeadOrBanner: () => 'a running head or banner (not followed by a turn)',
  loneNumber: () => 'a lone number (a page or line number)',
  joinedSplit: (line: string) => `joined to line ${line}: a paragraph split mid-sentence`,
  truncatedCopy: (line: string, excerpt: string) => `a truncated copy of the paragraph at line ${line}: "${excerpt}"`,
  repeatsLine: (line: string, excerpt: string) => `repeats line ${line}: "${excerpt}"`,
  movedParagraph: (line: string) => `a repeated section's new paragraph, joined to its first occurrence (line ${line})`,
  labelAllRepeat: () => 'a speaker label whose paragraphs all repeat earlier ones',
  repeatsSection: (line: string, what: string) => `repeats the section at line ${line}; ${what}`,
  newParagraphsJoined: (n: string) => `its ${n} new paragraph(s) joined that topic`,
  nothingNew: () => 'nothing in it is new',
  headingOverNothingNew: () => 'a heading over nothing new: every paragraph under it repeats earlier ones',
} satisfies Record<string, Template>;

export type ProblemKey = keyof typeof EN;

const ZH: { [K in ProblemKey]: (typeof EN)[K] } = {
  noSuchFile: () => '文件不存在',
  permissionDenied: () => '没有权限',
  notATranscriptFile: () => '是目录，不是文本文件',
  cannotReadCode: (code) => `无法读取（${code}）`,
  binaryFile: () => '看起来是二进制文件（含有 NUL 字节），不是文本',
  undecodable: () => '无法解码为文本：按 UTF-8、UTF-16、GB18030、Big5 或 windows-1252 读取都不像；如果是文本，请先转换为 UTF-8',
  twoEncodings: (a, b, code) => `无法判断是 ${a} 还是 ${b} 文本；请先转换为 UTF-8（iconv -f ${code} -t utf-8）`,
  emptyFile: () => '是空文件，没有可读的内容',
  onlyControls: () => '只有控制字符和转义序列，没有可读的文字',
  tooLarge: (size, limit) => `太大（${size}）；presser 最多读取 ${limit} MiB 的文本`,
  sizeOver: (limit) => `超过 ${limit} MiB`,
  sizeBytes: (bytes, mib) => `${bytes} 字节，${mib} MiB`,
  cannotRead: (what, why) => `无法读取${what}：${why}`,
  standardInput: () => '标准输入',
  cannotOpen: (name, why) => `无法打开 ${name}：${why}`,
  replacedSequence: (encoding, line) => `1 处无法解码的字节序列已替换为 U+FFFD（${encoding}，第 ${line} 行）`,
  replacedSequences: (n, encoding, line) => `${n} 处无法解码的字节序列已替换为 U+FFFD（${encoding}，第 ${line} 行）`,
  andMore: (line) => `${line} 等`,
  droppedByte: () => '结尾处字符不完整：丢弃了 1 个字节',
  droppedBytes: (n) => `结尾处字符不完整：丢弃了 ${n} 个字节`,
  noSuchFileOrDirectory: () => '文件或目录不存在',
  symlinkLoop: () => '符号链接层数过多',
  isADirectory: () => '是目录',
  internalError: (what) => `内部错误：${what}`,
  cacheDamaged: (reason, aside) => `文库缓存已损坏（${reason}），正在重建（损坏的文件保留为 ${aside}）`,
  filterNeedsValue: (kind, example) => `${kind}: 需要一个值（例如 ${example}）`,
  notADate: (value) => `date:${value} 不是日期或时段（例如 date:2019、date:2019-02、date:2018-03..2019-06）`,
  searchNeedsWord: () => '除 speaker:、asker: 和 date: 之外，还需要一个搜索词',
  cannotReadCache: (dir, code) => `无法读取 ${dir} 中的缓存（${code}）；不使用缓存继续`,
  cannotWriteCache: (dir, code) => `无法写入 ${dir} 中的缓存（${code}）；不使用缓存继续`,
  packTooShort: () => '太短',
  packNotCache: () => '不是 presser 的缓存文件，或被截断',
  packSizes: () => '各部分的大小对不上',
  packHeaderChecksum: () => '文件头校验和不符',
  packHeaderNotJson: () => '文件头不是 JSON',
  packUnknownHeader: () => '未知的文件头',
  packMalformedHeader: () => '文件头格式错误',
  packMalformedEntry: () => '条目格式错误',
  packBlobOutside: () => '有数据块位于数据区之外',
  packBlobChecksum: () => '数据块校验和不符',
  packBlockChecksum: () => '索引块校验和不符',
  packIndexMismatch: () => '索引与条目不一致',
  packUnexpectedEnd: () => '文件意外结束',
  postingsDamaged: (what) => `倒排索引：${what}`,
  postingsListOrder: () => '文档列表的顺序或范围有误',
  postingsDocRange: () => '文档编号超出范围',
  postingsBadLength: () => '长度有误',
  postingsTruncatedTable: () => '表被截断',
  postingsTableOrder: () => '表的顺序有误',
  postingsBadOffsets: () => '偏移量有误',
  postingsBadSize: () => '大小有误',
  cannotSave: (root, code) => `无法保存到 ${root}（${code}）：书签和阅读位置只在本次运行中保留`,
  keptAside: (reason, aside) => `${reason}，已另存并重新开始：${aside}`,
  ignoredFile: (reason, file) => `${reason}，已忽略：${file}`,
  notValidJson: () => '不是有效的 JSON',
  notARecord: () => '不是此类记录',
  settingsUnreadable: (code) => `无法读取（${code}）；使用默认设置`,
  settingsNotToml: () => '不是有效的 TOML；使用默认设置',
  settingsNotTomlAt: (line) => `第 ${line} 行不是有效的 TOML；使用默认设置`,
  settingsUnknownKey: (key, known) => `未知的设置项“${key}”（可用：${known}）；已忽略`,
  settingsBadValue: (key, value, allowed) => `${key} = ${value} 不可用（可用：${allowed}）；使用默认值`,
  wholeNumberFromTo: (min, max) => `${min} 到 ${max} 之间的整数`,
  noKeyboard: (code) => `无法读取按键：标准输入不是终端，也没有 /dev/tty（${code}）`,
  ttyNotTerminal: () => '无法读取按键：/dev/tty 不是终端',
  noCounterpart: () => '没有另一语言版本：请用 presser 中文文件 --with 英文文件 同时打开，或从包含两者的文库中打开',
  closedBeforeAligned: () => '两个版本对齐之前阅读器已关闭',
  noChineseVersion: () => '文库中没有这场发布会的中文版',
  noEnglishVersion: () => '文库中没有这场发布会的英文版',
  noOtherVersion: () => '文库中没有这场发布会的另一语言版本',
  noGlossary: () => '缺少中英词典（glossary.tsv.gz）：只按数字、拉丁字母名称和顺序对齐',
  noStructure: () => '未识别出提问或回答：全文作为一个话题显示',
  parserFailed: (why) => `解析出错（${why}）；每一行都保留为附注`,
  decodedFrom: (encoding) => `已从 ${encoding} 解码`,
  invalidBytesReplaced: (encoding) => `无效的 ${encoding} 字节已替换为 U+FFFD`,
  moreLinesReplaced: (lines, total) => `另有 ${lines} 行也是如此；共替换 ${total} 处字节序列`,
  fileEndsMidByte: () => '文件结尾处字符不完整：丢弃了 1 个字节',
  fileEndsMidBytes: (n) => `文件结尾处字符不完整：丢弃了 ${n} 个字节`,
  removedControls: (what) => `删除了 ${what}`,
  moreLinesRemoved: (lines, total) => `另有 ${lines} 行也是如此；共删除 ${total} 处`,
  splicedTail: (excerpt, line) => `段落结尾“${excerpt}”与另一话题的第 ${line} 行重复，属于那里：已在此处删去`,
  splicedHead: (excerpt, line) => `段落开头“${excerpt}”与另一话题的第 ${line} 行重复，属于那里：已在此处删去`,
  strayLine: (why, excerpt) => `${why}：“${excerpt}”`,
  punctuationOnly: () => '只有标点的一行',
  repeatedHeader: () => '重复的页眉行（书眉）',
  runningHeadOrBanner: () => '书眉或横幅（后面没有发言）',
  loneNumber: () => '单独的数字（页码或行号）',
  joinedSplit: (line) => `已与第 ${line} 行合并：段落在句子中间被拆开`,
  truncatedCopy: (line, excerpt) => `第 ${line} 行段落的不完整副本：“${excerpt}”`,
  repeatsLine: (line, excerpt) => `与第 ${line} 行重复：“${excerpt}”`,
  movedParagraph: (line) => `重复章节中的新段落，已并入其首次出现处（第 ${line} 行）`,
  labelAllRepeat: () => '一个发言人标签，其下段落都与前文重复',
  repeatsSection: (line, what) => `与第 ${line} 行的章节重复；${what}`,
  newParagraphsJoined: (n) => `其中 ${n} 个新段落已并入那个话题`,
  nothingNew: () => '其中没有新内容',
  headingOverNothingNew: () => '一个标题下没有新内容：其下每个段落都与前文重复',
};

/** The English messages, for the code that makes them: `PROBLEMS.noSuchFile()`. */
export const PROBLEMS = EN;

/** Several problems said in one line (each is recognised on its own). */
export const PROBLEMS_SEPARATOR = '; ';

/** "FILE: reason", as a problem with a file is said (the file's name first, so a cut line keeps the reason's start). */
export function named(name: string, reason: string): string {
  return `${name}: ${reason}`;
}

/** A template's English text split at its parts: literal text and the order the parts come in. */
interface Pattern {
  key: ProblemKey;
  regex: RegExp;
  order: number[];
  /** Characters of literal text: with two matches, the one that says more wins. */
  literal: number;
}

const MARK = (i: number) => `\u{F0000}${i}\u{F0001}`;

function patternOf(key: ProblemKey): Pattern {
  const template = EN[key] as Template;
  const text = template(...Array.from({ length: template.length }, (_, i) => MARK(i)));
  const order: number[] = [];
  let source = '';
  let literal = 0;
  for (const piece of text.split(/(\u{F0000}\d+\u{F0001})/u)) {
    const m = /^\u{F0000}(\d+)\u{F0001}$/u.exec(piece);
    if (m) {
      order.push(Number(m[1]));
      source += '([\\s\\S]*?)';
    } else {
      literal += piece.length;
      source += piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return { key, regex: new RegExp(`^${source}$`, 'u'), order, literal };
}

let patterns: Pattern[] | undefined;

/** Each template's pattern, the ones with most literal text first. */
function allPatterns(): Pattern[] {
  patterns ??= (Object.keys(EN) as ProblemKey[]).map(patternOf).sort((a, b) => b.literal - a.literal);
  return patterns;
}

/** A text said in Chinese, and how much of it templates recognised (literal characters, parts included). */
interface Said {
  said: string;
  literal: number;
}

/** The text said from the template that matches it, parts and all, if any: the match that recognises most. */
function sayWhole(text: string): Said | undefined {
  let best: Said | undefined;
  for (const p of allPatterns()) {
    // Sorted by literal text: a template with less cannot beat the best found.
    if (best && p.literal <= best.literal - MAX_PART_BONUS) break;
    const m = p.regex.exec(text);
    if (!m) continue;
    const parts: string[] = [];
    let literal = p.literal;
    p.order.forEach((arg, i) => {
      const part = sayScored(m[i + 1]!);
      parts[arg] = part.said;
      literal += Math.min(part.literal, MAX_PART_BONUS);
    });
    if (!best || literal > best.literal) best = { said: (ZH[p.key] as Template)(...parts), literal };
  }
  return best;
}

/** What a recognised part adds to its template's score (enough to choose, bounded so the search can stop). */
const MAX_PART_BONUS = 1000;

function sayScored(text: string): Said {
  // The whole text a template's, or "FILE: reason" with the reason a template's: the match that
  // recognises most wins (a loose template, "A bytes, B MiB", must not take a whole sentence).
  let best = sayWhole(text);
  for (let at = text.indexOf(': '); at >= 0; at = text.indexOf(': ', at + 1)) {
    const reason = sayWhole(text.slice(at + 2));
    if (reason && (!best || reason.literal + 2 > best.literal)) best = { said: `${text.slice(0, at)}：${reason.said}`, literal: reason.literal + 2 };
  }
  if (best) return best;
  // Several problems in one line, each said on its own.
  const several = text.split(PROBLEMS_SEPARATOR);
  if (several.length > 1) {
    const said = several.map(sayScored);
    if (said.some((s) => s.literal > 0)) return { said: said.map((s) => s.said).join('；'), literal: said.reduce((n, s) => n + s.literal, 0) };
  }
  return { said: text, literal: 0 };
}

function localizeZh(text: string): string {
  return sayScored(text).said;
}

/** A message made from `PROBLEMS` in the interface's language (anything else as it is). */
export function localize(text: string, lang: Lang): string {
  return lang === 'zh' ? localizeZh(text) : text;
}

/** Every template and its Chinese counterpart (for tests). */
export function problemTemplates(): { key: ProblemKey; en: Template; zh: Template }[] {
  return (Object.keys(EN) as ProblemKey[]).map((key) => ({ key, en: EN[key] as Template, zh: ZH[key] as Template }));
}
