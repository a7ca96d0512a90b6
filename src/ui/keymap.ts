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
  { modes: VIEW, keys: ['j', 'down'], command: 'down', description: 'sidebar: next topic · reader: scroll down a line' },
  { modes: VIEW, keys: ['k', 'up'], command: 'up', description: 'sidebar: previous topic · reader: scroll up a line' },
  { modes: N, keys: ['h', 'left'], command: 'focusSidebar', description: 'focus the sidebar' },
  { modes: N, keys: ['l', 'right'], command: 'focusReader', description: 'focus the reader' },
  { modes: N, keys: ['tab'], command: 'toggleFocus', description: 'switch focus between sidebar and reader' },
  { modes: N, keys: [']'], command: 'nextTopic', description: 'next topic (overview → topics → quotes)' },
  { modes: N, keys: ['['], command: 'prevTopic', description: 'previous topic' },
  { modes: N, keys: DIGITS, command: 'digit', description: 'jump to topic by number ("1" "2" opens 12; 0 = overview)' },
  { modes: VIEW, keys: ['space', 'pagedown'], command: 'pageDown', description: 'page down' },
  { modes: VIEW, keys: ['b', 'pageup'], command: 'pageUp', description: 'page up' },
  { modes: VIEW, keys: ['ctrl-d'], command: 'halfDown', description: 'half a page down' },
  { modes: VIEW, keys: ['ctrl-u'], command: 'halfUp', description: 'half a page up' },
  { modes: VIEW, keys: ['g', 'home'], command: 'top', description: 'top of the page' },
  { modes: VIEW, keys: ['G', 'end'], command: 'bottom', description: 'bottom of the page' },
  {
    modes: N,
    keys: ['backspace', 'ctrl-o', 'H', 'alt-left'],
    command: 'back',
    description: 'back to where you were (history; in a library, back to the list or the hits at the start)',
  },
  { modes: N, keys: ['L', 'alt-right'], command: 'forward', description: 'forward again (history)' },
  { modes: N, keys: ['enter'], command: 'open', description: 'open: the sidebar topic, the quote under the cursor, a typed number' },
  { modes: N, keys: ['J', '}'], command: 'cursorDown', description: 'paragraph cursor (the bar in the margin) to the next paragraph' },
  { modes: N, keys: ['K', '{'], command: 'cursorUp', description: 'paragraph cursor to the previous paragraph' },
  { modes: N, keys: ['y'], command: 'copy', description: 'copy the paragraph at the cursor (or the search hit) with a citation (OSC 52)' },
  { modes: N, keys: ['Y'], command: 'copyAnswer', description: 'copy the whole answer at the cursor with a citation' },
  { modes: N, keys: ['m'], command: 'mark', description: "mark the paragraph at the cursor (or the search hit's sentence)" },
  { modes: N, keys: ['M'], command: 'markNote', description: 'mark it with a one-line note' },
  { modes: ['normal', 'marks'], keys: ["'"], command: 'marksPage', description: 'your marks, in every transcript (presser marks prints them)' },
  { modes: N, keys: ['/'], command: 'search', description: 'search questions, answers and quotes (pinyin works)' },
  { modes: N, keys: ['n'], command: 'nextHit', description: 'next search hit (in a library, on into the next transcript)' },
  { modes: N, keys: ['N'], command: 'prevHit', description: 'previous search hit' },
  { modes: ['normal', 'help'], keys: ['?'], command: 'help', description: 'this help' },
  { modes: ['normal', 'repairs'], keys: ['r'], command: 'repairs', description: 'what the parser repaired in the source text' },
  { modes: ['normal', 'help', 'repairs'], keys: ['esc'], command: 'close', description: 'close help / repairs; clear the search highlight' },
  { modes: N, keys: ['s'], command: 'toggleSidebar', description: 'show / hide the sidebar' },
  { modes: N, keys: ['a'], command: 'toggleAmbiguous', description: 'ambiguous-width characters (“ ” — …) narrow / wide' },
  { modes: N, keys: ['p'], command: 'togglePunctuation', description: 'full-width punctuation next to Chinese on / off' },
  {
    modes: N,
    keys: ['v'],
    command: 'parallel',
    description: "Chinese and English side by side, exchange by exchange (the other version: --with FILE, or the library's)",
  },
  { modes: ['normal', 'help', 'repairs'], keys: ['q'], command: 'quit', description: 'quit (closes help / repairs first)' },
  { modes: EVERYWHERE, keys: ['ctrl-c'], command: 'interrupt', description: 'quit at once' },
  { modes: EVERYWHERE, keys: ['ctrl-z'], command: 'suspend', description: 'suspend to the shell (fg comes back)' },
  { modes: MARKS, keys: ['j', 'down'], command: 'down', description: 'marks: next mark' },
  { modes: MARKS, keys: ['k', 'up'], command: 'up', description: 'marks: previous mark' },
  { modes: MARKS, keys: ['enter'], command: 'open', description: 'marks: open the mark at its place' },
  { modes: MARKS, keys: ['e'], command: 'editNote', description: 'marks: write (or clear) its note' },
  { modes: MARKS, keys: ['d'], command: 'deleteMark', description: 'marks: delete it' },
  { modes: MARKS, keys: ['esc', 'q'], command: 'close', description: 'marks: close the page' },
  { modes: NOTE, keys: ['enter'], command: 'noteSave', description: 'note: save it' },
  { modes: NOTE, keys: ['esc'], command: 'close', description: 'note: cancel' },
  { modes: NOTE, keys: ['backspace'], command: 'deleteChar', description: 'note: delete a character' },
  { modes: NOTE, keys: ['ctrl-w'], command: 'deleteWord', description: 'note: delete a word' },
  { modes: NOTE, keys: ['ctrl-u'], command: 'clearLine', description: 'note: clear the line' },
  { modes: S, keys: ['down', 'ctrl-n'], command: 'hitDown', description: 'search: next result' },
  { modes: S, keys: ['up', 'ctrl-p'], command: 'hitUp', description: 'search: previous result' },
  { modes: S, keys: ['enter'], command: 'searchOpen', description: 'search: open the result in the reader' },
  { modes: S, keys: ['esc'], command: 'searchCancel', description: 'search: close and return to where you were' },
  { modes: S, keys: ['tab'], command: 'scope', description: 'search: scope all → questions → quotes → answers' },
  { modes: S, keys: ['shift-tab'], command: 'scopeBack', description: 'search: the previous scope' },
  { modes: S, keys: ['backspace'], command: 'deleteChar', description: 'search: delete a character' },
  { modes: S, keys: ['ctrl-w'], command: 'deleteWord', description: 'search: delete a word' },
  { modes: S, keys: ['ctrl-u'], command: 'clearLine', description: 'search: clear the line' },
  { modes: S, keys: ['ctrl-y'], command: 'copy', description: 'search: copy the selected result with a citation' },
  { modes: LIB, keys: ['j', 'down'], command: 'down', description: 'library: next transcript' },
  { modes: LIB, keys: ['k', 'up'], command: 'up', description: 'library: previous transcript' },
  { modes: LIB, keys: ['space', 'pagedown'], command: 'pageDown', description: 'library: a page down' },
  { modes: LIB, keys: ['b', 'pageup'], command: 'pageUp', description: 'library: a page up' },
  { modes: LIB, keys: ['g', 'home'], command: 'top', description: 'library: the newest' },
  { modes: LIB, keys: ['G', 'end'], command: 'bottom', description: 'library: the oldest (then the undated)' },
  { modes: LIB, keys: ['enter'], command: 'open', description: 'library: read the transcript (Backspace in it comes back here)' },
  { modes: LIB, keys: ['f'], command: 'filter', description: 'library: filter the list (or just type: a date like 2019-02, a name, words of a title)' },
  { modes: LIB, keys: ['/'], command: 'search', description: 'library: search every transcript (pinyin, traditional, typos; speaker: asker: date:)' },
  { modes: LIB, keys: ['esc'], command: 'close', description: 'library: clear the filter' },
  { modes: ['library', 'libraryHelp', 'libraryTrend', 'libraryTrendHits'], keys: ['?'], command: 'help', description: 'library: these keys' },
  { modes: ['library', 'libraryHelp'], keys: ['q'], command: 'quit', description: 'library: quit (closes help first)' },
  { modes: ['libraryHelp'], keys: ['esc'], command: 'close', description: 'library: close help' },
  { modes: LIB_FILTER, keys: ['down', 'ctrl-n'], command: 'hitDown', description: 'library filter: next transcript' },
  { modes: LIB_FILTER, keys: ['up', 'ctrl-p'], command: 'hitUp', description: 'library filter: previous transcript' },
  { modes: LIB_FILTER, keys: ['pagedown'], command: 'pageDown', description: 'library filter: a page down' },
  { modes: LIB_FILTER, keys: ['pageup'], command: 'pageUp', description: 'library filter: a page up' },
  { modes: LIB_FILTER, keys: ['enter'], command: 'open', description: 'library filter: read the selected transcript' },
  { modes: LIB_FILTER, keys: ['esc'], command: 'filterCancel', description: 'library filter: clear it and return to the list' },
  { modes: LIB_FILTER, keys: ['backspace'], command: 'deleteChar', description: 'library filter: delete a character' },
  { modes: LIB_FILTER, keys: ['ctrl-w'], command: 'deleteWord', description: 'library filter: delete a word' },
  { modes: LIB_FILTER, keys: ['ctrl-u'], command: 'clearLine', description: 'library filter: clear the line' },
  { modes: LIB_SEARCH, keys: ['down', 'ctrl-n'], command: 'hitDown', description: 'library search: next hit' },
  { modes: LIB_SEARCH, keys: ['up', 'ctrl-p'], command: 'hitUp', description: 'library search: previous hit' },
  { modes: LIB_SEARCH, keys: ['pagedown'], command: 'pageDown', description: 'library search: a page of hits down' },
  { modes: LIB_SEARCH, keys: ['pageup'], command: 'pageUp', description: 'library search: a page of hits up' },
  {
    modes: LIB_SEARCH,
    keys: ['enter'],
    command: 'searchOpen',
    description: 'library search: open the transcript at the hit (n/N there walk the hits, across transcripts)',
  },
  { modes: LIB_SEARCH, keys: ['esc'], command: 'searchCancel', description: 'library search: close and return to the list' },
  { modes: LIB_SEARCH, keys: ['tab'], command: 'scope', description: 'library search: scope all → questions → quotes → answers' },
  { modes: LIB_SEARCH, keys: ['shift-tab'], command: 'scopeBack', description: 'library search: the previous scope' },
  { modes: LIB_SEARCH, keys: ['backspace'], command: 'deleteChar', description: 'library search: delete a character' },
  { modes: LIB_SEARCH, keys: ['ctrl-w'], command: 'deleteWord', description: 'library search: delete a word' },
  { modes: LIB_SEARCH, keys: ['ctrl-u'], command: 'clearLine', description: 'library search: clear the line' },
  {
    modes: LIB_SEARCH,
    keys: ['ctrl-t'],
    command: 'timeline',
    description: 'library search: the timeline of the query — exchanges that contain it per year (per month over two years or less)',
  },
  { modes: LIB_TREND, keys: ['j', 'down'], command: 'down', description: 'timeline: the next period' },
  { modes: LIB_TREND, keys: ['k', 'up'], command: 'up', description: 'timeline: the previous period' },
  { modes: LIB_TREND, keys: ['g', 'home'], command: 'top', description: 'timeline: the first period' },
  { modes: LIB_TREND, keys: ['G', 'end'], command: 'bottom', description: 'timeline: the last period (then the undated, when there are some)' },
  { modes: LIB_TREND, keys: ['enter'], command: 'open', description: "timeline: list the period's hits" },
  { modes: LIB_TREND, keys: ['s'], command: 'splitSpeaker', description: 'timeline: split the bars by answerer (again: unsplit)' },
  { modes: LIB_TREND, keys: ['a'], command: 'splitAsker', description: 'timeline: split the bars by asking outlet (again: unsplit)' },
  { modes: LIB_TREND, keys: ['esc', 'backspace'], command: 'close', description: 'timeline: back to the search' },
  { modes: LIB_TREND_HITS, keys: ['j', 'down'], command: 'down', description: "timeline hits: the period's next hit" },
  { modes: LIB_TREND_HITS, keys: ['k', 'up'], command: 'up', description: 'timeline hits: the previous hit' },
  { modes: LIB_TREND_HITS, keys: ['space', 'pagedown'], command: 'pageDown', description: 'timeline hits: a page down' },
  { modes: LIB_TREND_HITS, keys: ['b', 'pageup'], command: 'pageUp', description: 'timeline hits: a page up' },
  { modes: LIB_TREND_HITS, keys: ['enter'], command: 'searchOpen', description: 'timeline hits: open the transcript at the sentence' },
  { modes: LIB_TREND_HITS, keys: ['esc', 'backspace'], command: 'close', description: 'timeline hits: back to the timeline' },
  { modes: [...LIB_TREND, ...LIB_TREND_HITS], keys: ['q'], command: 'quit', description: 'timeline: quit' },
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
export const DESCRIPTION_PREFIX = /^(search|library|library filter|library search|timeline|timeline hits): /;

/** The keymap as a Markdown table, for the README. */
export function keymapMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = ['| Keys | Mode | What it does |', '| --- | --- | --- |'];
  for (const b of KEYMAP) {
    const keys = keysLabel(b)
      .split(' ')
      .map((k) => `\`${esc(k)}\``)
      .join(' ');
    lines.push(`| ${keys} | ${modeLabel(b)} | ${esc(b.description.replace(DESCRIPTION_PREFIX, ''))} |`);
  }
  return lines.join('\n') + '\n';
}
