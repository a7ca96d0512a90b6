import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveEnglishLabels, ENGLISH_REMARKS_LABEL, isLatinText, MAX_COLUMNS, relabelEnglish, type LabelSource } from '../../src/transcript/english-labels.js';
import { displayWidth } from '../../src/text/width.js';
import { eng } from 'stopword';

const q = (question: string, answer = ''): LabelSource => ({ question, answer });
const FUNCTION_WORDS = new Set([...eng, 'in', 'up', 'if', 'on', 'it', 'he', 'the', 'a', 'an']);

describe('English labels: what a question is about', () => {
  it.each([
    ['a multi-word name', 'According to reports, Meng Wanzhou will attend a court hearing next week. Do you have any comment?', 'Meng Wanzhou'],
    ['an acronym that is also a function word', 'The WHO said it will hold an emergency meeting. Will China send experts?', 'WHO'],
    ['an acronym with a number', 'Yesterday, the number of COVID-19 cases rose again. What measures will China take?', 'COVID-19'],
    ['a name after an office', 'US Secretary of State Blinken said that the US will work with allies. What is your response?', 'Blinken'],
    ['a quoted term', 'You said that the "debt trap" is a myth. Can you elaborate?', 'debt trap'],
    ['a name joined by "of"', 'The Law of the Sea tribunal issued a ruling today. What is your response?', 'Law of the Sea'],
  ])('%s', (_what, question, label) => {
    expect(deriveEnglishLabels([q(question)])).toEqual([label]);
  });

  it('never takes a capitalised word that only starts sentences for a name', () => {
    const [label] = deriveEnglishLabels([
      q('Yesterday, the trade talks ended without a deal. According to reports, talks will resume.', 'The trade talks will resume.'),
    ]);
    expect(label).not.toMatch(/^(Yesterday|According)$/);
    expect(label).toBe('trade talks');
  });

  it('prefers what names one question over what every question shares', () => {
    const labels = deriveEnglishLabels([
      q('China and Pakistan held talks on the corridor. What was discussed?'),
      q('China and Nepal signed an agreement today. Can you give us details?'),
      q('China and Kenya opened a railway. Is the project on schedule?'),
    ]);
    expect(labels).toEqual(['Pakistan', 'Nepal', 'Kenya']);
  });

  it('drops an office on either side of a name', () => {
    expect(deriveEnglishLabels([q('French President Macron will visit Beijing next week. Can you confirm?')])[0]).toBe('Macron');
    expect(deriveEnglishLabels([q('House of Representatives Speaker Nancy Pelosi made remarks today. Any comment?')])[0]).toBe('Nancy Pelosi');
    expect(deriveEnglishLabels([q('The UN Special Representative arrived in Kabul. What do you expect?')])[0]).not.toMatch(/Special|Representative/);
  });

  it('labels topics without a question as announcements, and keeps given labels', () => {
    expect(deriveEnglishLabels([{ answer: 'At the invitation of …' }, { fixed: 'Taiwan', answer: '' }, q('On Taiwan, what is your comment?')])).toEqual([
      ENGLISH_REMARKS_LABEL,
      'Taiwan',
      'Taiwan 2',
    ]);
  });

  it('makes labels unique: a second claim on a name takes its next phrase, or a number', () => {
    const labels = deriveEnglishLabels([q('What is your comment on Iran?'), q('A follow-up on Iran: will the JCPOA survive?'), q('And Iran?')]);
    expect(labels).toEqual(['Iran', 'JCPOA', 'Iran 2']);
  });

  it('tells English text from Chinese', () => {
    expect(isLatinText('What is your comment on the WHO report?')).toBe(true);
    expect(isLatinText('世界卫生组织（WHO）发布报告，中方对此有何评论？')).toBe(false);
  });

  it('relabels an English model and leaves a Chinese one alone', () => {
    const model = (question: string) => ({
      topics: [
        {
          label: 'x',
          turns: [
            { role: 'question', paragraphs: [question] },
            { role: 'answer', paragraphs: ['…'] },
          ],
        },
      ],
    });
    expect(relabelEnglish(model('Will the ASEAN summit discuss the South China Sea?')).topics[0]!.label).toBe('South China Sea');
    expect(relabelEnglish(model('东盟峰会是否会讨论南海问题？')).topics[0]!.label).toBe('x');
  });
});

describe('English labels: properties', () => {
  const word = fc.constantFrom(
    'the',
    'in',
    'up',
    'if',
    'China',
    'Pakistan',
    'WHO',
    'COVID-19',
    'talks',
    'trade',
    'said',
    'Meng',
    'Wanzhou',
    'of',
    'and',
    'yesterday',
    'What',
    'comment',
    '"debt',
    'trap"',
    'Belt',
    'Road',
    'is',
    'your',
    'I',
    "I'm",
    'Human',
    'Rights',
    'Council',
    'International',
    'Atomic',
    'Energy',
    'Agency',
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => `${ws.join(' ')}?`);
  it('labels are unique, fit the sidebar and are never a function word', () => {
    fc.assert(
      fc.property(fc.array(fc.option(sentence, { nil: undefined }), { minLength: 1, maxLength: 12 }), (qs) => {
        const labels = deriveEnglishLabels(qs.map((s) => (s === undefined ? { answer: '' } : q(s))));
        expect(labels).toHaveLength(qs.length);
        expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
        for (const l of labels) {
          expect(displayWidth(l)).toBeLessThanOrEqual(MAX_COLUMNS);
          // WHO and US are names; who, us and The are not.
          if (l !== l.toUpperCase()) expect(FUNCTION_WORDS.has(l.toLowerCase())).toBe(false);
        }
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
