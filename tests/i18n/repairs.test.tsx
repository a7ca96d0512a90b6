// The repairs page under the Chinese interface: every repair's detail, made in English by the
// decoder and the parser (and kept English in the model and in `export`), is said in Chinese from
// its template in src/i18n/problems.ts; the kinds have Chinese names. The source check makes a new
// or changed English detail fail here instead of staying English on the Chinese page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { localize } from '../../src/i18n/problems.js';
import { openTranscriptBytes } from '../../src/transcript/open.js';
import type { Repair } from '../../src/transcript/model.js';
import { App } from '../../src/ui/App.js';
import { repairsBlocks } from '../../src/ui/pages.js';
import { englishWords } from '../helpers/english.js';
import { fakeClock } from '../helpers/clock.js';
import { SEED_NAME, seedTranscript } from '../ui/fixtures.js';
import { type } from '../ui/typing.js';
import { gb18030 } from '../transcript/encodings.js';

afterEach(() => cleanup());

/** A detail in Chinese without its quoted excerpts (the transcript's own text, kept as it is). */
const withoutExcerpts = (text: string) => text.replace(/“[^”]*”/g, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe("a repair's detail is made from a template", () => {
  it("every detail (and every stray line's reason) in src/transcript comes from PROBLEMS, with no English of its own", () => {
    let seen = 0;
    for (const file of sourceFiles('src/transcript')) {
      for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
        const m = /\b(detail|why): (.*)$/.exec(line);
        if (!m || line.trimStart().startsWith('//') || /\b(detail|why): string\b/.test(line)) continue;
        seen++;
        const where = `${file}:${i + 1}`;
        expect(m[2], where).toContain('PROBLEMS.');
        // No text of its own: the only literal allowed is the choice between two templates.
        expect(m[2]!.replace(/'tail'|'head'/g, ''), where).not.toMatch(/['"`]/);
      }
    }
    expect(seen).toBeGreaterThan(15);
  });
});

/** Inputs that make the decoder's and the parser's repairs of every kind the seed lacks. */
function madeRepairs(): Repair[] {
  const text = '记者：问题一是什么？\n\n王毅：回答一。\n';
  const gb = gb18030(`${text}\n记者：问题二？\n\n王毅：回答二。\n`);
  const invalid = new Uint8Array([...gb.subarray(0, 12), 0x81, 0x20, ...gb.subarray(12), 0xe4]);
  const controls = new TextEncoder().encode(Array.from({ length: 30 }, (_, i) => `记者：问题${i}\x1b[31m？\x07\n\n王毅：回答${i}。\n`).join('\n'));
  return [
    ...openTranscriptBytes(new Uint8Array(gb), 'gb.txt').transcript.repairs,
    ...openTranscriptBytes(invalid, 'invalid.txt').transcript.repairs,
    ...openTranscriptBytes(new Uint8Array([...new TextEncoder().encode(text), 0xe4, 0xb8]), 'cut.txt').transcript.repairs,
    ...openTranscriptBytes(controls, 'controls.txt').transcript.repairs,
    ...openTranscriptBytes(new TextEncoder().encode('一段没有问答的文字。\n\n另一段。\n'), 'plain.txt').transcript.repairs,
  ];
}

describe('the repairs the decoder and the parser make, said in Chinese', () => {
  const repairs = [...seedTranscript().repairs, ...madeRepairs()];

  it('the inputs make repairs of most kinds (the test means something)', () => {
    expect(new Set(repairs.map((r) => r.kind)).size).toBeGreaterThanOrEqual(6);
  });

  it('each detail is recognised and said in Chinese, its numbers kept', () => {
    for (const r of repairs) {
      const zh = localize(r.detail, 'zh');
      expect(zh, r.detail).not.toBe(r.detail);
      expect(englishWords(withoutExcerpts(zh)), r.detail).toEqual([]);
      for (const n of r.detail.match(/\d+/g) ?? []) expect(zh, r.detail).toContain(n);
      expect(localize(r.detail, 'en')).toBe(r.detail);
    }
  });

  it("the page in English is as before: the model's kind and detail", () => {
    const texts = repairsBlocks(repairs, 'en').map((b) => b.text);
    for (const r of repairs) expect(texts).toContain(`${r.kind}: ${r.detail}`);
  });
});

describe('the repairs page (r) in the Chinese interface', () => {
  it('says every repair in Chinese, page after page', async () => {
    const t = seedTranscript();
    expect(t.repairs.length).toBeGreaterThan(10);
    const { stdin, stdout, lastFrame } = render(<App transcript={t} name={SEED_NAME} ambiguous="narrow" color={false} lang="zh" clock={fakeClock().clock} />);
    Object.defineProperty(stdout, 'columns', { value: 100, configurable: true });
    Object.defineProperty(stdout, 'rows', { value: 30, configurable: true });
    (stdout as unknown as { emit(e: string): void }).emit('resize');
    await type(stdin, 'r');
    const frames: string[] = [lastFrame()!];
    for (let i = 0; i < 12; i++) {
      await type(stdin, ' ');
      frames.push(lastFrame()!);
    }
    const screen = frames.join('\n');
    expect(screen).toContain('修复记录');
    expect(screen).toContain('重复段落');
    expect(screen).toContain('按 Esc 或 r 关闭。');
    const pageText = frames.map((f) => f.split('\n').slice(0, -1).join('\n')).join('\n');
    expect(englishWords(withoutExcerpts(pageText))).toEqual([]);
  });
});
