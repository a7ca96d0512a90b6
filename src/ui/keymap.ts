import type { KeyName } from './keys.js';

/**
 * The keymap as data: one table drives input handling, the `?` help screen and the README's key
 * list. Modes that read text (the search line, the library's filter and search lines) bind only
 * keys that cannot be typed, so no letter there ever triggers a command.
 */

/** The reader's modes, then the library view's (list, filter line, search line, help, the query's timeline and a period's hits). */
export type Mode =
  | 'normal'
  | 'help'
  | 'search'
  | 'repairs'
  | 'marks'
  | 'note'
  | 'library'
  | 'libraryFilter'
  | 'librarySearch'
  | 'libraryHelp'
  | 'libraryTrend'
  | 'libraryTrendHits';

export type Command =
  | 'quit'
  | 'interrupt'
  | 'suspend'
  | 'down'
  | 'up'
  | 'focusSidebar'
  | 'focusReader'
  | 'toggleFocus'
  | 'nextTopic'
  | 'prevTopic'
  | 'digit'
  | 'pageDown'
  | 'pageUp'
  | 'halfDown'
  | 'halfUp'
  | 'top'
  | 'bottom'
  | 'back'
  | 'forward'
  | 'open'
  | 'copy'
  | 'search'
  | 'nextHit'
  | 'prevHit'
  | 'help'
  | 'repairs'
  | 'close'
  | 'toggleSidebar'
  | 'toggleAmbiguous'
  | 'togglePunctuation'
  | 'parallel'
  | 'hitDown'
  | 'hitUp'
  | 'searchOpen'
  | 'searchCancel'
  | 'scope'
  | 'scopeBack'
  | 'deleteChar'
  | 'deleteWord'
  | 'clearLine'
  | 'keepQuery'
  | 'historyBack'
  | 'historyForward'
  | 'filter'
  | 'filterCancel'
  | 'cursorDown'
  | 'cursorUp'
  | 'copyAnswer'
  | 'mark'
  | 'markNote'
  | 'marksPage'
  | 'deleteMark'
  | 'editNote'
  | 'noteSave'
  | 'timeline'
  | 'splitSpeaker'
  | 'splitAsker';

export interface Binding {
  /** Modes the binding is active in. */
  modes: Mode[];
  /** Normalised key names, as `keyName` produces them. */
  keys: KeyName[];
  command: Command;
  description: string;
  /** The description in Chinese (the help page and README follow the interface language). */
  zh: string;
}

const VIEW: Mode[] = ['normal', 'help', 'repairs'];
const N: Mode[] = ['normal'];
const S: Mode[] = ['search'];
const MARKS: Mode[] = ['marks'];
const NOTE: Mode[] = ['note'];

const LIB: Mode[] = ['library'];
const LIB_FILTER: Mode[] = ['libraryFilter'];
const LIB_SEARCH: Mode[] = ['librarySearch'];
const LIB_TREND: Mode[] = ['libraryTrend'];
const LIB_TREND_HITS: Mode[] = ['libraryTrendHits'];
const EVERYWHERE: Mode[] = [
  'normal',
  'help',
  'repairs',
  'search',
  'marks',
  'note',
  'library',
  'libraryFilter',
  'librarySearch',
  'libraryHelp',
  'libraryTrend',
  'libraryTrendHits',
];
/** Where a typed letter is text, never a command. */
export const TEXT_MODES: readonly Mode[] = ['search', 'note', 'libraryFilter', 'librarySearch'];

const DIGITS: KeyName[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const KEYMAP: Binding[] = [
  {
    modes: VIEW,
    keys: ['j', 'down'],
    command: 'down',
    description: 'sidebar: next topic · reader: scroll down a line · quotes page: next quote',
    zh: '侧栏：下一个话题 · 阅读区：下滚一行 · 金句页：下一句',
  },
  {
    modes: VIEW,
    keys: ['k', 'up'],
    command: 'up',
    description: 'sidebar: previous topic · reader: scroll up a line · quotes page: previous quote',
    zh: '侧栏：上一个话题 · 阅读区：上滚一行 · 金句页：上一句',
  },
  { modes: N, keys: ['h', 'left'], command: 'focusSidebar', description: 'focus the sidebar', zh: '焦点移到侧栏' },
  { modes: N, keys: ['l', 'right'], command: 'focusReader', description: 'focus the reader', zh: '焦点移到阅读区' },
  { modes: N, keys: ['tab'], command: 'toggleFocus', description: 'switch focus between sidebar and reader', zh: '在侧栏与阅读区之间切换焦点' },
  { modes: N, keys: [']'], command: 'nextTopic', description: 'next topic (overview → topics → quotes)', zh: '下一个话题（概览 → 话题 → 金句）' },
  { modes: N, keys: ['['], command: 'prevTopic', description: 'previous topic', zh: '上一个话题' },
  {
    modes: N,
    keys: DIGITS,
    command: 'digit',
    description: 'jump to topic by number ("1" "2" opens 12; 0 = overview)',
    zh: '按编号跳到话题（“1”“2”打开 12；0 为概览）',
  },
  { modes: VIEW, keys: ['space', 'pagedown'], command: 'pageDown', description: 'page down', zh: '下翻一页' },
  { modes: VIEW, keys: ['b', 'pageup'], command: 'pageUp', description: 'page up', zh: '上翻一页' },
  { modes: VIEW, keys: ['ctrl-d'], command: 'halfDown', description: 'half a page down', zh: '下翻半页' },
  { modes: VIEW, keys: ['ctrl-u'], command: 'halfUp', description: 'half a page up', zh: '上翻半页' },
  { modes: VIEW, keys: ['g', 'home'], command: 'top', description: 'top of the page (quotes page: the first quote)', zh: '到页首（金句页：第一句）' },
  { modes: VIEW, keys: ['G', 'end'], command: 'bottom', description: 'bottom of the page (quotes page: the last quote)', zh: '到页尾（金句页：最后一句）' },
  {
    modes: N,
    keys: ['backspace', 'ctrl-o', 'H', 'alt-left'],
    command: 'back',
    description: 'back to where you were (history; in a library, back to the list or the hits at the start)',
    zh: '回到刚才的位置（历史；在文库中，起点处回到列表或搜索结果）',
  },
  { modes: N, keys: ['L', 'alt-right'], command: 'forward', description: 'forward again (history)', zh: '再前进（历史）' },
  {
    modes: N,
    keys: ['enter'],
    command: 'open',
    description: 'open: the sidebar topic, the quote under the cursor, a typed number',
    zh: '打开：侧栏的话题、光标处的金句、输入的编号',
  },
  {
    modes: N,
    keys: ['J', '}'],
    command: 'cursorDown',
    description: 'paragraph cursor (the bar in the margin) to the next paragraph',
    zh: '段落光标（左边的竖条）移到下一段',
  },
  { modes: N, keys: ['K', '{'], command: 'cursorUp', description: 'paragraph cursor to the previous paragraph', zh: '段落光标移到上一段' },
  {
    modes: N,
    keys: ['y'],
    command: 'copy',
    description: 'copy the paragraph at the cursor (or the search hit) with a citation (OSC 52)',
    zh: '复制光标处的段落（或搜索命中）并附出处（OSC 52）',
  },
  { modes: N, keys: ['Y'], command: 'copyAnswer', description: 'copy the whole answer at the cursor with a citation', zh: '复制光标处的整段回答并附出处' },
  {
    modes: N,
    keys: ['m'],
    command: 'mark',
    description: "mark the paragraph at the cursor (or the search hit's sentence)",
    zh: '给光标处的段落（或搜索命中的句子）加书签',
  },
  { modes: N, keys: ['M'], command: 'markNote', description: 'mark it with a one-line note', zh: '加书签并写一行备注' },
  {
    modes: ['normal', 'marks'],
    keys: ["'"],
    command: 'marksPage',
    description: 'your marks, in every transcript (presser marks prints them)',
    zh: '你的书签，所有文本中的（presser marks 可打印）',
  },
  { modes: N, keys: ['/'], command: 'search', description: 'search questions, answers and quotes (pinyin works)', zh: '搜索提问、回答和金句（可用拼音）' },
  {
    modes: N,
    keys: ['n'],
    command: 'nextHit',
    description: 'next search hit (in a library, on into the next transcript)',
    zh: '下一处搜索命中（在文库中，继续到下一篇）',
  },
  { modes: N, keys: ['N'], command: 'prevHit', description: 'previous search hit', zh: '上一处搜索命中' },
  { modes: ['normal', 'help'], keys: ['?'], command: 'help', description: 'this help', zh: '本帮助' },
  { modes: ['normal', 'repairs'], keys: ['r'], command: 'repairs', description: 'what the parser repaired in the source text', zh: '解析器对原文的修复' },
  {
    modes: ['normal', 'help', 'repairs'],
    keys: ['esc'],
    command: 'close',
    description: 'close help / repairs; clear the search highlight',
    zh: '关闭帮助 / 修复记录；清除搜索高亮',
  },
  { modes: N, keys: ['s'], command: 'toggleSidebar', description: 'show / hide the sidebar', zh: '显示 / 隐藏侧栏' },
  {
    modes: N,
    keys: ['a'],
    command: 'toggleAmbiguous',
    description: 'ambiguous-width characters (“ ” — …) narrow / wide',
    zh: '歧义宽度字符（“ ” — …）窄 / 宽',
  },
  { modes: N, keys: ['p'], command: 'togglePunctuation', description: 'full-width punctuation next to Chinese on / off', zh: '中文旁的全角标点 开 / 关' },
  {
    modes: N,
    keys: ['v'],
    command: 'parallel',
    description: "Chinese and English side by side, exchange by exchange (the other version: --with FILE, or the library's)",
    zh: '中英文逐段并排（另一语言版本：--with FILE，或文库中的）',
  },
  {
    modes: ['normal', 'help', 'repairs'],
    keys: ['q'],
    command: 'quit',
    description: 'quit (closes help / repairs first)',
    zh: '退出（先关闭帮助 / 修复记录）',
  },
  { modes: EVERYWHERE, keys: ['ctrl-c'], command: 'interrupt', description: 'quit at once', zh: '立即退出' },
  { modes: EVERYWHERE, keys: ['ctrl-z'], command: 'suspend', description: 'suspend to the shell (fg comes back)', zh: '挂起到 shell（fg 返回）' },
  { modes: MARKS, keys: ['j', 'down'], command: 'down', description: 'marks: next mark', zh: '书签：下一个' },
  { modes: MARKS, keys: ['k', 'up'], command: 'up', description: 'marks: previous mark', zh: '书签：上一个' },
  { modes: MARKS, keys: ['enter'], command: 'open', description: 'marks: open the mark at its place', zh: '书签：在原处打开' },
  { modes: MARKS, keys: ['e'], command: 'editNote', description: 'marks: write (or clear) its note', zh: '书签：写（或清除）备注' },
  { modes: MARKS, keys: ['d'], command: 'deleteMark', description: 'marks: delete it', zh: '书签：删除' },
  { modes: MARKS, keys: ['esc', 'q'], command: 'close', description: 'marks: close the page', zh: '书签：关闭此页' },
  { modes: NOTE, keys: ['enter'], command: 'noteSave', description: 'note: save it', zh: '备注：保存' },
  { modes: NOTE, keys: ['esc'], command: 'close', description: 'note: cancel', zh: '备注：取消' },
  { modes: NOTE, keys: ['backspace'], command: 'deleteChar', description: 'note: delete a character', zh: '备注：删除一个字' },
  { modes: NOTE, keys: ['ctrl-w'], command: 'deleteWord', description: 'note: delete a word', zh: '备注：删除一个词' },
  { modes: NOTE, keys: ['ctrl-u'], command: 'clearLine', description: 'note: clear the line', zh: '备注：清空' },
  { modes: S, keys: ['down', 'ctrl-n'], command: 'hitDown', description: 'search: next result', zh: '搜索：下一条结果' },
  { modes: S, keys: ['up', 'ctrl-p'], command: 'hitUp', description: 'search: previous result', zh: '搜索：上一条结果' },
  { modes: S, keys: ['enter'], command: 'searchOpen', description: 'search: open the result in the reader', zh: '搜索：在阅读区打开结果' },
  { modes: S, keys: ['esc'], command: 'searchCancel', description: 'search: close and return to where you were', zh: '搜索：关闭并回到原处' },
  {
    modes: S,
    keys: ['tab'],
    command: 'scope',
    description: 'search: scope all → questions → quotes → answers (shown in the search line)',
    zh: '搜索：范围 全部 → 提问 → 金句 → 回答（搜索栏显示当前范围）',
  },
  { modes: S, keys: ['shift-tab'], command: 'scopeBack', description: 'search: the previous scope', zh: '搜索：上一个范围' },
  { modes: S, keys: ['backspace'], command: 'deleteChar', description: 'search: delete a character', zh: '搜索：删除一个字' },
  { modes: S, keys: ['ctrl-w'], command: 'deleteWord', description: 'search: delete a word', zh: '搜索：删除一个词' },
  {
    modes: S,
    keys: ['ctrl-r'],
    command: 'historyBack',
    description: 'search: an earlier search (again: the one before)',
    zh: '搜索：以前的一次搜索（再按：更早的）',
  },
  { modes: S, keys: ['ctrl-s'], command: 'historyForward', description: 'search: a later search', zh: '搜索：较近的一次搜索' },
  {
    modes: S,
    keys: ['right', 'end'],
    command: 'keepQuery',
    description: 'search: keep the earlier query (shown selected, typing replaces it) to add to it',
    zh: '搜索：保留先前的搜索词（选中显示时，输入会替换它）以便补充',
  },
  { modes: S, keys: ['ctrl-u'], command: 'clearLine', description: 'search: clear the line', zh: '搜索：清空搜索栏' },
  { modes: S, keys: ['ctrl-y'], command: 'copy', description: 'search: copy the selected result with a citation', zh: '搜索：复制所选结果并附出处' },
  { modes: LIB, keys: ['j', 'down'], command: 'down', description: 'library: next transcript', zh: '文库：下一篇' },
  { modes: LIB, keys: ['k', 'up'], command: 'up', description: 'library: previous transcript', zh: '文库：上一篇' },
  { modes: LIB, keys: ['space', 'pagedown'], command: 'pageDown', description: 'library: a page down', zh: '文库：下翻一页' },
  { modes: LIB, keys: ['b', 'pageup'], command: 'pageUp', description: 'library: a page up', zh: '文库：上翻一页' },
  { modes: LIB, keys: ['g', 'home'], command: 'top', description: 'library: the newest', zh: '文库：最新一篇' },
  { modes: LIB, keys: ['G', 'end'], command: 'bottom', description: 'library: the oldest (then the undated)', zh: '文库：最早一篇（其后为无日期的）' },
  {
    modes: LIB,
    keys: ['enter'],
    command: 'open',
    description: 'library: read the transcript (Backspace in it comes back here)',
    zh: '文库：阅读该篇（在其中按 Backspace 回到这里）',
  },
  {
    modes: LIB,
    keys: ['f'],
    command: 'filter',
    description: 'library: filter the list (or just type: a date like 2019-02, a name, words of a title)',
    zh: '文库：筛选列表（或直接输入：如 2019-02 的日期、人名、标题中的词）',
  },
  {
    modes: LIB,
    keys: ['/'],
    command: 'search',
    description: 'library: search every transcript (pinyin, traditional, typos; speaker: asker: date:)',
    zh: '文库：搜索全部文本（拼音、繁体、错字；speaker: asker: date:）',
  },
  { modes: LIB, keys: ['esc'], command: 'close', description: 'library: clear the filter', zh: '文库：清除筛选' },
  {
    modes: ['library', 'libraryHelp', 'libraryTrend', 'libraryTrendHits'],
    keys: ['?'],
    command: 'help',
    description: 'library: these keys',
    zh: '文库：本按键表',
  },
  { modes: ['library', 'libraryHelp'], keys: ['q'], command: 'quit', description: 'library: quit (closes help first)', zh: '文库：退出（先关闭帮助）' },
  { modes: ['libraryHelp'], keys: ['esc'], command: 'close', description: 'library: close help', zh: '文库：关闭帮助' },
  { modes: LIB_FILTER, keys: ['down', 'ctrl-n'], command: 'hitDown', description: 'library filter: next transcript', zh: '文库筛选：下一篇' },
  { modes: LIB_FILTER, keys: ['up', 'ctrl-p'], command: 'hitUp', description: 'library filter: previous transcript', zh: '文库筛选：上一篇' },
  { modes: LIB_FILTER, keys: ['pagedown'], command: 'pageDown', description: 'library filter: a page down', zh: '文库筛选：下翻一页' },
  { modes: LIB_FILTER, keys: ['pageup'], command: 'pageUp', description: 'library filter: a page up', zh: '文库筛选：上翻一页' },
  { modes: LIB_FILTER, keys: ['enter'], command: 'open', description: 'library filter: read the selected transcript', zh: '文库筛选：阅读所选的一篇' },
  { modes: LIB_FILTER, keys: ['esc'], command: 'filterCancel', description: 'library filter: clear it and return to the list', zh: '文库筛选：清除并回到列表' },
  { modes: LIB_FILTER, keys: ['backspace'], command: 'deleteChar', description: 'library filter: delete a character', zh: '文库筛选：删除一个字' },
  { modes: LIB_FILTER, keys: ['ctrl-w'], command: 'deleteWord', description: 'library filter: delete a word', zh: '文库筛选：删除一个词' },
  { modes: LIB_FILTER, keys: ['ctrl-u'], command: 'clearLine', description: 'library filter: clear the line', zh: '文库筛选：清空' },
  { modes: LIB_SEARCH, keys: ['down', 'ctrl-n'], command: 'hitDown', description: 'library search: next hit', zh: '文库搜索：下一处命中' },
  { modes: LIB_SEARCH, keys: ['up', 'ctrl-p'], command: 'hitUp', description: 'library search: previous hit', zh: '文库搜索：上一处命中' },
  { modes: LIB_SEARCH, keys: ['pagedown'], command: 'pageDown', description: 'library search: a page of hits down', zh: '文库搜索：下翻一页命中' },
  { modes: LIB_SEARCH, keys: ['pageup'], command: 'pageUp', description: 'library search: a page of hits up', zh: '文库搜索：上翻一页命中' },
  {
    modes: LIB_SEARCH,
    keys: ['enter'],
    command: 'searchOpen',
    description: 'library search: open the transcript at the hit (n/N there walk the hits, across transcripts)',
    zh: '文库搜索：在命中处打开该篇（在其中 n/N 逐个查看命中，跨篇继续）',
  },
  { modes: LIB_SEARCH, keys: ['esc'], command: 'searchCancel', description: 'library search: close and return to the list', zh: '文库搜索：关闭并回到列表' },
  {
    modes: LIB_SEARCH,
    keys: ['tab'],
    command: 'scope',
    description: 'library search: scope all → questions → quotes → answers',
    zh: '文库搜索：范围 全部 → 提问 → 金句 → 回答',
  },
  { modes: LIB_SEARCH, keys: ['shift-tab'], command: 'scopeBack', description: 'library search: the previous scope', zh: '文库搜索：上一个范围' },
  { modes: LIB_SEARCH, keys: ['backspace'], command: 'deleteChar', description: 'library search: delete a character', zh: '文库搜索：删除一个字' },
  { modes: LIB_SEARCH, keys: ['ctrl-w'], command: 'deleteWord', description: 'library search: delete a word', zh: '文库搜索：删除一个词' },
  {
    modes: LIB_SEARCH,
    keys: ['right', 'end'],
    command: 'keepQuery',
    description: 'library search: keep the earlier query (shown selected, typing replaces it) to add to it',
    zh: '文库搜索：保留先前的搜索词（选中显示时，输入会替换它）以便补充',
  },
  { modes: LIB_SEARCH, keys: ['ctrl-u'], command: 'clearLine', description: 'library search: clear the line', zh: '文库搜索：清空' },
  {
    modes: LIB_SEARCH,
    keys: ['ctrl-t'],
    command: 'timeline',
    description: 'library search: the timeline of the query — exchanges that contain it per year (per month over two years or less)',
    zh: '文库搜索：该搜索词的时间线——每年（两年以内则每月）含有它的问答数',
  },
  { modes: LIB_TREND, keys: ['j', 'down'], command: 'down', description: 'timeline: the next period', zh: '时间线：下一时段' },
  { modes: LIB_TREND, keys: ['k', 'up'], command: 'up', description: 'timeline: the previous period', zh: '时间线：上一时段' },
  { modes: LIB_TREND, keys: ['g', 'home'], command: 'top', description: 'timeline: the first period', zh: '时间线：第一个时段' },
  {
    modes: LIB_TREND,
    keys: ['G', 'end'],
    command: 'bottom',
    description: 'timeline: the last period (then the undated, when there are some)',
    zh: '时间线：最后一个时段（其后为无日期的）',
  },
  { modes: LIB_TREND, keys: ['enter'], command: 'open', description: "timeline: list the period's hits", zh: '时间线：列出该时段的命中' },
  {
    modes: LIB_TREND,
    keys: ['s'],
    command: 'splitSpeaker',
    description: 'timeline: split the bars by answerer (again: unsplit)',
    zh: '时间线：按回答人分色（再按：取消）',
  },
  {
    modes: LIB_TREND,
    keys: ['a'],
    command: 'splitAsker',
    description: 'timeline: split the bars by asking outlet (again: unsplit)',
    zh: '时间线：按提问媒体分色（再按：取消）',
  },
  { modes: LIB_TREND, keys: ['esc', 'backspace'], command: 'close', description: 'timeline: back to the search', zh: '时间线：回到搜索' },
  { modes: LIB_TREND_HITS, keys: ['j', 'down'], command: 'down', description: "timeline hits: the period's next hit", zh: '时段命中：下一处' },
  { modes: LIB_TREND_HITS, keys: ['k', 'up'], command: 'up', description: 'timeline hits: the previous hit', zh: '时段命中：上一处' },
  { modes: LIB_TREND_HITS, keys: ['space', 'pagedown'], command: 'pageDown', description: 'timeline hits: a page down', zh: '时段命中：下翻一页' },
  { modes: LIB_TREND_HITS, keys: ['b', 'pageup'], command: 'pageUp', description: 'timeline hits: a page up', zh: '时段命中：上翻一页' },
  {
    modes: LIB_TREND_HITS,
    keys: ['enter'],
    command: 'searchOpen',
    description: 'timeline hits: open the transcript at the sentence',
    zh: '时段命中：在该句处打开',
  },
  { modes: LIB_TREND_HITS, keys: ['esc', 'backspace'], command: 'close', description: 'timeline hits: back to the timeline', zh: '时段命中：回到时间线' },
  { modes: [...LIB_TREND, ...LIB_TREND_HITS], keys: ['q'], command: 'quit', description: 'timeline: quit', zh: '时间线：退出' },
];

/** The reader's own modes (its help page lists only their keys). */
export const READER_MODES: readonly Mode[] = ['normal', 'help', 'search', 'repairs', 'marks', 'note'];
/** The command bound to a key name in a mode, if any. */
export function commandFor(mode: Mode, name: string): Command | undefined {
  for (const b of KEYMAP) if (b.modes.includes(mode) && (b.keys as readonly string[]).includes(name)) return b.command;
  return undefined;
}

const GLYPH: Partial<Record<KeyName, string>> = {
  down: '↓',
  up: '↑',
  left: '←',
  right: '→',
  'alt-left': 'alt-←',
  'alt-right': 'alt-→',
  space: 'space',
  pagedown: 'PgDn',
  pageup: 'PgUp',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  esc: 'Esc',
  tab: 'Tab',
  'shift-tab': 'shift-Tab',
  backspace: 'Backspace',
};

/** How a binding's keys are written for people: "j ↓", "0-9". */
export function keysLabel(b: Binding): string {
  if (b.command === 'digit') return '0-9';
  return b.keys.map((k) => GLYPH[k] ?? k).join(' ');
}

/** Where a binding works, for people: "reader", "search line", "library", "library filter", "library search", "anywhere". */
export function modeLabel(b: Binding): string {
  const only = (m: Mode) => b.modes.length === 1 && b.modes[0] === m;
  if (b.modes.includes('search') && b.modes.includes('library')) return 'anywhere';
  if (only('search')) return 'search line';
  if (b.modes.includes('search')) return 'anywhere';
  if (only('libraryFilter')) return 'library filter';
  if (only('librarySearch')) return 'library search';
  if (only('libraryTrend') || (b.modes.includes('libraryTrend') && b.modes.every((m) => m.startsWith('libraryTrend')))) return 'library timeline';
  if (only('libraryTrendHits')) return 'library timeline hits';
  if (b.modes.every((m) => m.startsWith('library'))) return 'library';
  return 'reader';
}

/** The mode a description starts with ("library search: "), which the mode column says instead. */
export const DESCRIPTION_PREFIX = /^(search|library|library filter|library search|timeline|timeline hits|marks|note): /;
/** The same in the Chinese descriptions. */
export const DESCRIPTION_PREFIX_ZH = /^(搜索|文库|文库筛选|文库搜索|时间线|时段命中|书签|备注)：/;

/** The keymap as a Markdown table, for the README: what each key does in English and in Chinese (the `?` page of `--lang zh`). */
export function keymapMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = ['| Keys | Mode | What it does | 作用 |', '| --- | --- | --- | --- |'];
  for (const b of KEYMAP) {
    const keys = keysLabel(b)
      .split(' ')
      .map((k) => `\`${esc(k)}\``)
      .join(' ');
    lines.push(`| ${keys} | ${modeLabel(b)} | ${esc(b.description.replace(DESCRIPTION_PREFIX, ''))} | ${esc(b.zh.replace(DESCRIPTION_PREFIX_ZH, ''))} |`);
  }
  return lines.join('\n') + '\n';
}
