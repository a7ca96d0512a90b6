import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/** The real library of 1,000 MFA briefings, when this machine has it (tests using it skip otherwise). */
export const REAL_LIBRARY = join(import.meta.dirname, '../../../shared/library/mfa-2016-2020');

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(prefix = 'presser-lib-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** An MFA-style briefing: dated title, then 问/答 pairs. */
export function briefing(date: string | null, spokesperson: string, exchanges: [question: string, answer: string][]): string {
  const title = date
    ? `${date.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}外交部发言人${spokesperson}主持例行记者会`
    : `外交部发言人${spokesperson}答记者问`;
  return [title, '', ...exchanges.flatMap(([q, a]) => [`问：${q}`, '', `答：${a}`, ''])].join('\n');
}

/** A small library: dated and undated briefings on a few subjects, with the phrases the tests search for. */
export function smallLibrary(): Record<string, string> {
  return {
    'a.txt': briefing('2019-02-11', '华春莹', [
      ['美国宣布对芬太尼类物质加强管制，中方有何评论？', '中方一贯坚持一个中国原则，同时积极开展禁毒合作。'],
      ['路透社记者：关于中美贸易磋商有何进展？', '双方工作团队正在保持密切沟通。'],
    ]),
    'b.txt': briefing('2018-06-01', '陆慷', [['关于朝鲜半岛局势，中方有何看法？', '我们希望各方相向而行。']]),
    'sub/c.txt': briefing('2020-03-18', '耿爽', [['有报道称某国议员涉台言论，中方如何回应？', '一个中国原则是国际关系基本准则。']]),
    'd.txt': briefing(null, '华春莹', [['中方对芬太尼问题的立场是什么？', '中国是世界上对芬太尼类物质管控最严格的国家之一。']]),
    'e.txt': briefing('2017-09-05', '耿爽', [['金砖国家领导人会晤有何成果？', '会晤取得丰硕成果。']]),
  };
}

/** An outlet-layout briefing (`路透社记者：…` / `华春莹：…`), with a follow-up. */
export const OUTLET_BRIEFING = [
  '2020年4月3日外交部发言人华春莹主持例行记者会',
  '路透社记者：美方称中方芬太尼管控不力，你有何评论？',
  '华春莹：中方对芬太尼类物质实施整类列管。',
  '法新社记者：关于台湾问题，你有何评论？',
  '华春莹：一个中国原则不容挑战。',
  '追问：美方有何反应？',
  '华春莹：请你向美方询问。',
].join('\n');

/**
 * The text a reader sees: speaker labels ("问：", "华春莹：") are markup, not text (an answer's
 * speaker is not searchable; a question's asker is, and the title holds the spokesperson's name).
 */
export function withoutLabels(text: string): string {
  return text.replace(/^[ \t\u3000]*[^\s：:，。]{1,12}[：:]/gmu, '');
}
