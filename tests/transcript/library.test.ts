import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/transcript/model.js';
import { parseTranscript } from '../../src/transcript/parse.js';
import { sanitize } from '../../src/transcript/sanitize.js';

// The 1,000 real MFA texts, read as presser reads them, checked against what each text's own labels
// say — counted here independently of the parser. Skipped when the library is not beside the project.
const dir = join(import.meta.dirname, '../../../shared/library/mfa-2016-2020');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];

const WS = '[\\s\\u3000\\u00a0]';
// A question label at a line's start: 问, 追问(一), 记者(追)问, 有记者问, outlet记者, 主持人, a number before it.
const ASK = new RegExp(
  `^${WS}*(?:\\d{1,2}${WS}*)?(?:问|提问|追问[一二三四五六七八九十]?|记者追问|记者问|有记者问|记者|主持人|[^\\s：:，。、（(]{1,15}?记者)${WS}*[：:]`,
  'u',
);
// A reporter's bracketed words on a line of their own: the asker's turn, as any 记者 line.
const ASIDE = new RegExp(`^${WS}*[（(]记者[：:][^）)]*[）)]${WS}*$`, 'u');
// After-briefing questions, told in narration: "会后，有记者问及：一、…", then "二、…".
const AFTER = new RegExp(`^${WS}*会后[，,]?有\\S{0,8}?记者问及`, 'u');
const ENUM = new RegExp(`^${WS}*[二三四五六七八九十]、`, 'u');
const REPORTER = /^(?:问|追问|记者|主持人|.{0,15}记者)$/u;
const HAN = /\p{Script=Han}/gu;

function labelledQuestions(raw: string): number {
  let n = 0;
  let after = false;
  for (const line of raw.split(/\r?\n/)) {
    if (ASK.test(line) || ASIDE.test(line)) {
      n++;
      after = false;
    } else if (AFTER.test(line)) {
      n++;
      after = true;
    } else if (after && ENUM.test(line)) n++;
  }
  return n;
}

/** Every string of the model a reader sees or a program reads. */
function modelText(t: Transcript): string {
  const parts = [t.kicker, t.title, t.subtitle, t.byline, t.dateline, t.intro, t.source, ...(t.credits ?? []), ...t.notes];
  for (const tp of t.topics) {
    parts.push(tp.headline);
    for (const u of tp.turns) parts.push(u.label, u.title, u.speaker, ...u.paragraphs);
  }
  return parts.filter(Boolean).join('\n');
}

describe.skipIf(files.length === 0)('the MFA library, 2016-2020', () => {
  const read = files.map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    return { f, raw, t: parseTranscript(sanitize(raw).text) };
  });

  it('finds every labelled question, and no other', () => {
    const wrong = read.flatMap(({ f, raw, t }) => {
      const got = t.topics.flatMap((tp) => tp.turns).filter((u) => u.role === 'question').length;
      const want = labelledQuestions(raw);
      return got === want ? [] : [`${f}: ${got} questions, ${want} labelled`];
    });
    expect(wrong).toEqual([]);
  });

  it('never gives an answer to a reporter, nor a question to the answerer', () => {
    const wrong = read.flatMap(({ f, t }) =>
      t.topics.flatMap((tp) =>
        tp.turns.flatMap((u) => {
          if (u.role === 'answer' && REPORTER.test(u.speaker)) return [`${f}: answer by ${u.speaker}`];
          if (u.role === 'question' && /^(?:华春莹|耿爽|陆慷|赵立坚|王毅|汪文斌|秦刚|郑泽光)$/u.test(u.speaker)) return [`${f}: question by ${u.speaker}`];
          return [];
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('answers 答 with a named spokesperson wherever the title names one', () => {
    const wrong = read.flatMap(({ f, t }) => {
      if (!/发言人\p{Script=Han}{2,3}(?:主持|答)/u.test(t.title)) return [];
      const unnamed = t.topics.flatMap((tp) => tp.turns).filter((u) => u.role === 'answer' && (u.speaker === '' || u.speaker === '答'));
      return unnamed.length ? [`${f}: ${unnamed.length} answers by nobody`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('leaves no speaker label or question number at the start of a paragraph', () => {
    const wrong = read.flatMap(({ f, t }) => {
      const speakers = new Set(t.topics.flatMap((tp) => tp.turns.map((u) => u.speaker)).filter((s) => s.length >= 2));
      for (const tp of t.topics) {
        for (const u of tp.turns) {
          if (u.role === 'narration') continue;
          for (const p of u.paragraphs) {
            const m = /^(?:\d{1,2}[\s\u3000\u00a0]*)?([^：:（(]{1,20})[：:]/u.exec(p);
            if ((m && (speakers.has(m[1]!) || ASK.test(p))) || /^\d{1,2}$/u.test(p.trim())) return [`${f}: ${p.slice(0, 16)}`];
          }
        }
      }
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('keeps every Han character of the text', () => {
    const wrong = read.flatMap(({ f, raw, t }) => {
      const need = raw.match(HAN)?.length ?? 0;
      const have = modelText(t).match(HAN)?.length ?? 0;
      return have >= need * 0.995 ? [] : [`${f}: ${have} of ${need}`];
    });
    expect(wrong).toEqual([]);
  });
});
