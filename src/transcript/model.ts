/**
 * The transcript model: what the parser recovers from raw text, and what every
 * view (reader, `show`, `search`, `export`) reads. `presser export` prints it as JSON
 * exactly as these types describe it.
 */

/**
 * question: asked by a reporter or host; answer: said in reply; remark: said by a named speaker
 * outside an exchange (opening statement, announcements); narration: the reporter's own text
 * (no one speaks it).
 */
export type Role = 'question' | 'answer' | 'remark' | 'narration';

export interface Turn {
  role: Role;
  /** Who speaks, without the trailing colon: "王毅", "路透社记者", "记者", "主持人". Empty when the source names no one. */
  speaker: string;
  /** The source's role label when it is not a name: "问", "答", "追问". */
  label?: string;
  /** The speaker's office as printed before the name the first time: "全国人大常委会法工委经济法室副主任". */
  title?: string;
  /** A question's number as printed ("1\u3000问："). */
  number?: number;
  /** The paragraphs as written, speaker prefix removed from the first one. */
  paragraphs: string[];
}

export interface Topic {
  /** 1-based, in reading order. */
  id: number;
  /** Short label for the sidebar: "中俄关系". */
  label: string;
  /** The heading's headline when the source has one: "成熟稳定的中俄关系 站在新型大国关系前列". */
  headline?: string;
  turns: Turn[];
}

export interface Quote {
  text: string;
  /** The topic whose answer contains the quote, or null when none does. */
  topic: number | null;
}

export type RepairKind =
  | 'duplicate-section' // a repeated block whose paragraphs were all seen before
  | 'duplicate-paragraph' // a single repeated paragraph
  | 'moved-paragraph' // a repeated section's new paragraph joined its first occurrence
  | 'joined-split' // a paragraph split by a page break was joined
  | 'dropped-fragment' // a truncated copy of a paragraph that appears whole elsewhere
  | 'spliced-text' // a paragraph's tail or head spliced in from another topic, cut
  | 'stray-line' // a line that belongs nowhere (layout debris), kept out of the text
  | 'control-chars' // control characters / escape sequences removed at load
  | 'decoded' // the bytes were not UTF-8 and were decoded from another encoding
  | 'no-structure' // no one speaks in the text: it is shown whole, as one topic
  | 'other';

export interface Repair {
  kind: RepairKind;
  /** 1-based line in the decoded source text; 0 when not tied to a line. */
  line: number;
  detail: string;
}

export interface Transcript {
  /** The line above the title (引题) when there is one. */
  kicker?: string;
  title: string;
  /** The "——…答记者问" line under the title, without the dash. */
  subtitle?: string;
  /** "新华社北京2月23日电": where and when the report was filed. */
  dateline?: string;
  /** The event's date, ISO (YYYY-MM-DD), read from the text (title, dateline, intro); absent when the text has none. */
  date?: string;
  /** What the event was: "十四届全国人大三次会议记者会", "外交部例行记者会". */
  event?: string;
  byline?: string;
  intro?: string;
  /** Trailing attribution such as "据新华社". */
  source?: string;
  /** Credit lines: reporters after the dateline, "制图：…", "对话人：…" and the participants under it. */
  credits?: string[];
  topics: Topic[];
  quotes: Quote[];
  /** Closing lines and other notes that are neither questions nor answers. */
  notes: string[];
  repairs: Repair[];
}

/** Address of one paragraph: transcript.topics[topic - 1].turns[turn].paragraphs[para]. */
export interface ParaRef {
  topic: number;
  turn: number;
  para: number;
}

/** A place in the model's text: a paragraph and a UTF-16 offset into it. */
export interface TextPos extends ParaRef {
  offset: number;
}
