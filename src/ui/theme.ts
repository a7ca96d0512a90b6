import type { RowStyle } from '../layout/page.js';

/**
 * The reader's colours: one table of looks per palette, every styled thing on screen named by
 * its role here. Two palettes for the two kinds of terminal background, and one without colour
 * (NO_COLOR, TERM=dumb, --color never) that relies on bold, underline and inverse video only.
 *
 * Only the terminal's 16 named colours: the terminal maps them to its own scheme, and they
 * survive any colour depth. On a dark background cyan, magenta, green and yellow read well and
 * blue does not; on a light one blue, magenta and red read well and cyan, yellow and green
 * (xterm's #00cd00 is under 2:1 on white) do not.
 */
export type ThemeName = 'dark' | 'light';
export const THEMES: readonly ThemeName[] = ['dark', 'light'];

/** One run's look, as Ink's `<Text>` props (the same names). */
export interface Look {
  color?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

/** What the interface styles besides the transcript's own rows. */
export type UiRole =
  /** The bar in the margin: the paragraph cursor, the selected quote or mark. */
  | 'cursorBar'
  /** The sidebar's topic being read while the reader has the keys. */
  | 'topicSelected'
  /** The sidebar's topic being chosen (the sidebar has the keys). */
  | 'topicFocused'
  /** Secondary text: the overview line, "more", hints, the separator. */
  | 'muted'
  /** A heading of the interface's own: a year in the library, a section title. */
  | 'sectionHeading'
  /** Something that went wrong but does not stop reading (files skipped). */
  | 'warning';

export type Role = RowStyle | UiRole;

export interface Palette {
  /** 'none': no colour at all. */
  readonly name: ThemeName | 'none';
  readonly looks: Readonly<Record<Role, Look>>;
  /** The trend chart's bars, one colour per split key (the fills tell them apart without colour). */
  readonly chart: readonly (string | undefined)[];
}

const DARK: Palette = {
  name: 'dark',
  looks: {
    heading: { color: 'cyan', bold: true },
    headline: { bold: true },
    speaker: { color: 'magenta', bold: true },
    asker: { color: 'green', bold: true },
    question: {},
    answer: {},
    remark: { dimColor: true },
    narration: { dimColor: true },
    highlight: { inverse: true },
    // Inside an inverse sentence: a yellow block with the text bold, the matched characters at a glance.
    match: { inverse: true, color: 'yellow', bold: true },
    dim: { dimColor: true },
    cursorBar: { inverse: true, color: 'magenta' },
    topicSelected: { bold: true, color: 'cyan' },
    topicFocused: { bold: true, inverse: true },
    muted: { dimColor: true },
    sectionHeading: { bold: true, color: 'cyan' },
    warning: { bold: true, color: 'yellow' },
  },
  chart: ['cyan', 'yellow', 'magenta', 'green'],
};

const LIGHT: Palette = {
  name: 'light',
  looks: {
    heading: { color: 'blue', bold: true },
    headline: { bold: true },
    speaker: { color: 'magenta', bold: true },
    asker: { color: 'red', bold: true },
    question: {},
    answer: {},
    // Faint text on white fades to almost nothing in some terminals: grey is a colour of its own.
    remark: { color: 'gray' },
    narration: { color: 'gray' },
    highlight: { inverse: true },
    // Inverse blue: white characters on a blue block (inverse yellow would be white on yellow).
    match: { inverse: true, color: 'blue', bold: true },
    dim: { color: 'gray' },
    cursorBar: { inverse: true, color: 'blue' },
    topicSelected: { bold: true, color: 'blue' },
    topicFocused: { bold: true, inverse: true },
    muted: { color: 'gray' },
    sectionHeading: { bold: true, color: 'blue' },
    warning: { bold: true, color: 'red' },
  },
  chart: ['blue', 'magenta', 'red', 'gray'],
};

/** Without colour only bold, underline and inverse, so nothing relies on hue. */
const NONE: Palette = {
  name: 'none',
  looks: {
    heading: { bold: true },
    headline: { bold: true },
    speaker: { bold: true },
    asker: { bold: true },
    question: {},
    answer: {},
    remark: {},
    narration: {},
    highlight: { inverse: true },
    // Without colour: out of the sentence's inverse video, bold and underlined.
    match: { inverse: false, bold: true, underline: true },
    dim: {},
    cursorBar: { inverse: true },
    topicSelected: { bold: true },
    topicFocused: { bold: true, inverse: true },
    muted: {},
    sectionHeading: { bold: true },
    warning: { bold: true },
  },
  chart: [],
};

export const PALETTES: Readonly<Record<ThemeName | 'none', Palette>> = { dark: DARK, light: LIGHT, none: NONE };

/** The palette to draw with: none when colour is off, whatever the theme. */
export function paletteFor(color: boolean, theme: ThemeName = 'dark'): Palette {
  return color ? PALETTES[theme] : NONE;
}

/** SGR parameters of the colour names used above (as Ink's chalk writes them). */
const SGR_COLOR: Record<string, string> = { red: '31', green: '32', yellow: '33', blue: '34', magenta: '35', cyan: '36', gray: '90' };

/** A look as escape-coded text (for the first paint drawn before Ink, which must match Ink's frame). */
export function sgrText(look: Look, text: string): string {
  const codes: string[] = [];
  if (look.bold) codes.push('1');
  if (look.dimColor) codes.push('2');
  if (look.underline) codes.push('4');
  if (look.inverse) codes.push('7');
  if (look.color) codes.push(SGR_COLOR[look.color] ?? '39');
  return codes.length ? `\x1b[${codes.join(';')}m${text}\x1b[0m` : text;
}
