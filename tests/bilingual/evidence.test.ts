import { describe, expect, it } from 'vitest';
import { chineseTerms } from '../../src/bilingual/evidence.js';
import { englishKeys, englishStem } from '../../src/bilingual/english-words.js';
import { parseGlossary } from '../../src/bilingual/glossary.js';
import { miniGlossary } from './mini-glossary.js';

const keysOf = (text: string) => chineseTerms(text, miniGlossary()).map((t) => t.key);
const matchesOf = (text: string) => chineseTerms(text, miniGlossary()).flatMap((t) => [...t.matches]);

describe('evidence a Chinese text shares with its English version', () => {
  it('dictionary words, longest first, their definitions as English stems', () => {
    expect(keysOf('世界卫生组织专家组')).toEqual(['世界卫生组织', '专家组']);
    expect(matchesOf('核污水')).toEqual(expect.arrayContaining(['nuclear', 'wastewat']));
  });

  it('single characters say nothing', () => {
    expect(keysOf('中对此有')).toEqual([]);
  });

  it.each([
    ['3月15日', ['@3', '#15']],
    ['2021年', ['#2021']],
    ['１０个', ['#10']],
    ['1,500名', ['#1500']],
    ['第十五届', ['#15']],
    ['二〇一九年', ['#2019']],
    ['十月', ['@10']],
    ['一百零五', ['#105']],
  ])('numbers and months: %s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it('十分 is "very", not ten; 一些 is "some"', () => {
    expect(keysOf('十分重要')).toEqual(['十分']);
    expect(keysOf('一些国家')).toEqual(['一些', '国家']);
  });

  it('Latin names inside Chinese text, as written', () => {
    expect(keysOf('世界卫生组织（WHO）和TPP以及哈勒穆别克（Halemubieke）')).toEqual(['世界卫生组织', 'who', 'tpp', 'halemubiek']);
  });

  it('works without a dictionary: numbers and Latin names only', () => {
    expect(chineseTerms('WHO于3月15日发布报告', null).map((t) => t.key)).toEqual(['who', '@3', '#15']);
  });
});

describe('keys of English text', () => {
  it('stems content words, drops function words', () => {
    expect(englishKeys('The experts have completed their studies')).toEqual(['expert', 'complet', 'studi']);
  });

  it('acronyms are names: WHO is not who, US is not us', () => {
    expect(englishKeys('WHO warned the US and told us who')).toEqual(['who', 'warn', 'us', 'told']);
  });

  it('numbers, ordinals, thousands and months', () => {
    expect(englishKeys('On March 15, the 15th expo drew 1,500 visitors')).toEqual(expect.arrayContaining(['@3', '#15', 'expo', '#1500']));
    expect(englishKeys('it may rain in May')).toEqual(['rain', '@5']);
  });

  it('possessives match the name', () => {
    expect(englishStem("China's")).toBe(englishStem('China'));
  });
});

describe('the glossary table', () => {
  it('reads "word<TAB>definition;definition" lines and finds the longest headword at a place', () => {
    const g = parseGlossary('# header\n中国\tChina\n中国人\tChinese person\n人\tperson\n');
    expect(g.has('中国人')).toBe(true);
    expect(g.longestAt('中国人民', 0)).toBe(3);
    expect(g.longestAt('中国人民', 3)).toBe(1);
    expect([...g.keys('中国人')!]).toEqual(['chines', 'person']);
    expect(g.keys('日本')).toBeUndefined();
  });

  it('finds words whatever order the lines come in', () => {
    const lines = ['中国\tChina', '人民\tthe people', '中国人\tChinese person', '中方\tthe Chinese side', '人\tperson', '中国人民\tthe Chinese people'];
    for (const order of [lines, [...lines].reverse(), [...lines].sort()]) {
      const g = parseGlossary(order.join('\n'));
      expect(g.longestAt('中国人民银行', 0)).toBe(4);
      expect(g.longestAt('中方', 0)).toBe(2);
      expect(g.has('人民')).toBe(true);
      expect(g.has('人')).toBe(true);
      expect(g.has('民')).toBe(false);
    }
  });
});
