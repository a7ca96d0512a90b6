import type { WorkTopic } from './dedupe.js';
import type { Para } from './sections.js';
import { DATELINE } from './header.js';
import { endsSentence } from './text.js';

// A closing line about the event itself: "记者会历时1小时40分钟。", "外交部例行记者会将于4月6日休会".
const CLOSING = /记者会|发布会|记者招待会|新闻发布/u;
// A trailing attribution: "据新华社", "（据新华社电）", "来源：人民日报".
const SOURCE = /^[（(]?((?:据|来源[:：]|稿件来源[:：]|转自)[\p{L}《》·]{2,16}?(?:电|报道|消息)?)[）)]?$/u;

/**
 * Takes the closing lines off the end of the last answer (they report the event, not an
 * answer) and the source attribution off the very end, alone or after the last sentence.
 */
export function takeTail(topics: WorkTopic[]): { notes: Para[]; source?: string; dateline?: string } {
  const lastTopic = topics[topics.length - 1];
  const lastTurn = lastTopic?.turns[lastTopic.turns.length - 1];
  if (!lastTurn) return { notes: [] };
  let source: string | undefined;
  let dateline: string | undefined;
  const last = lastTurn.paras[lastTurn.paras.length - 1];
  // A dateline printed at the end, in brackets: "（新华社北京10月27日电）".
  const closing = last && lastTurn.paras.length > 1 ? /^[（(]([^（()）]{4,30})[）)]$/u.exec(last.text) : null;
  if (closing && DATELINE.test(closing[1]!) && DATELINE.exec(closing[1]!)![0] === closing[1]) {
    dateline = closing[1];
    source = closing[1];
    lastTurn.paras.pop();
  } else if (last) {
    const whole = SOURCE.exec(last.text);
    const tail = /[\s\u3000\u00a0]+(\S+)$/u.exec(last.text);
    const split = tail ? SOURCE.exec(tail[1]!) : null;
    if (whole && lastTurn.paras.length > 1) {
      source = whole[1];
      lastTurn.paras.pop();
    } else if (split && tail && endsSentence(last.text.slice(0, tail.index))) {
      source = split[1];
      last.text = last.text.slice(0, tail.index);
    }
  }
  const notes: Para[] = [];
  if (lastTopic.turns.some((t) => t.role === 'question')) {
    while (lastTurn.paras.length > 1 && CLOSING.test(lastTurn.paras[lastTurn.paras.length - 1]!.text)) {
      notes.unshift(lastTurn.paras.pop()!);
    }
  }
  return { notes, ...(source !== undefined ? { source } : {}), ...(dateline !== undefined ? { dateline } : {}) };
}
