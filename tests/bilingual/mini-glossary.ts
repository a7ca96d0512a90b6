import { parseGlossary, type Glossary } from '../../src/bilingual/glossary.js';

/** A few CC-CEDICT-style entries, enough for the exchanges the tests write. */
export function miniGlossary(): Glossary {
  return parseGlossary(
    [
      '# test glossary',
      '世界卫生组织\tWorld Health Organization (WHO)',
      '专家组\tpanel of experts;expert group',
      '武汉\tWuhan, capital of Hubei',
      '日本\tJapan;Japanese',
      '政府\tgovernment',
      '核电站\tnuclear power plant',
      '核污水\tnuclear wastewater',
      '大海\tsea;ocean',
      '美国\tUnited States;USA;US',
      '国务卿\tSecretary of State',
      '盟友\tally',
      '东盟\tASEAN (Association of Southeast Asian Nations)',
      '博览会\texposition;expo',
      '南宁\tNanning, capital of Guangxi',
      '国家\tcountry;nation;state',
      '参加\tto participate;to attend',
      '评论\tto comment;commentary',
      '十分\tvery;completely',
      '一些\tsome;a few',
      '中国\tChina',
      '中方\tthe Chinese side',
      '报告\treport',
      '发布\tto release;to issue',
      '福岛\tFukushima',
    ].join('\n'),
  );
}
