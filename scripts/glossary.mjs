// Builds dist/glossary.tsv.gz, the Chinese → English glosses the bilingual aligner reads, from the
// CC-CEDICT data of the `cedict` package (a devDependency: its 9 MB protobuf takes ~3 s and
// 160 MB to decode, too slow to load on every `presser align`). The table keeps, for each
// simplified headword, its English definitions cleaned of what cannot match English text (Han
// characters, pinyin in brackets, classifiers, cross-references, variant notices, lifespans):
// about 1.5 MB gzipped, read in tens of milliseconds.
//
// CC-CEDICT is licensed CC BY-SA 4.0 (https://cc-cedict.org/wiki/); the table is a derived work
// under the same licence and says so in its first line.
//
// The table is rebuilt only when its source changes (the cedict version and this file's
// FORMAT), and replaced atomically: written aside, fsynced, renamed.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const FORMAT = 1;
export const GLOSSARY = resolve('dist/glossary.tsv.gz');

const require = createRequire(import.meta.url);

/** One definition cleaned for matching English text; '' when nothing usable is left. */
function cleanDefinition(d) {
  if (/^(?:(?:old |archaic |erhua |Japanese |used in |see |also written |\(old\) )?variant of|see |see also |used in |abbr\. for |CL:|surname )/i.test(d)) {
    // A surname keeps its romanisation ("surname Zhang" → "Zhang"): names are matched by it.
    const surname = /^surname ([A-Z][a-z]+)$/.exec(d);
    return surname ? surname[1] : '';
  }
  return d
    .replace(/[\p{Script=Han}|]+(?:\[[^\]]*\])?/gu, ' ') // cross-references: 粵港澳大灣區|粤港澳大湾区[Yue4 …]
    .replace(/\(\s*(?:\d{3,4}\s*-\s*(?:\d{3,4})?|c\.\s*\d+[^)]*|\d{3,4})\s*\)/g, ' ') // lifespans (1952-)
    .replace(/\s+/g, ' ')
    .trim();
}

function buildTable() {
  const pkg = require('cedict/package.json');
  const entries = require('cedict');
  const glosses = new Map();
  for (const e of entries) {
    const word = e.simplified || e.traditional;
    if (!word || word.length > 12 || /[\t\n]/.test(word)) continue;
    const defs = e.definitions
      .flatMap((d) => d.translations)
      .map(cleanDefinition)
      .filter((d) => /[A-Za-z0-9]/.test(d) && !d.includes(';'));
    if (defs.length === 0) continue;
    const list = glosses.get(word) ?? [];
    for (const d of defs) if (!list.includes(d)) list.push(d);
    glosses.set(word, list);
  }
  const words = [...glosses.keys()].sort();
  const header = `# presser glossary ${FORMAT} from cedict ${pkg.version} (CC-CEDICT, CC BY-SA 4.0, https://cc-cedict.org/wiki/)`;
  return { header, text: `${header}\n${words.map((w) => `${w}\t${glosses.get(w).join(';')}`).join('\n')}\n` };
}

function currentHeader() {
  if (!existsSync(GLOSSARY)) return undefined;
  try {
    const text = gunzipSync(readFileSync(GLOSSARY)).toString('utf8');
    return text.slice(0, text.indexOf('\n'));
  } catch {
    return undefined; // damaged: rebuilt
  }
}

export function buildGlossary() {
  const pkg = require('cedict/package.json');
  const wanted = `# presser glossary ${FORMAT} from cedict ${pkg.version} `;
  if (currentHeader()?.startsWith(wanted)) return false;
  const { text } = buildTable();
  mkdirSync(dirname(GLOSSARY), { recursive: true });
  const aside = `${GLOSSARY}.${process.pid}.tmp`;
  const fd = openSync(aside, 'w');
  try {
    writeSync(fd, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(aside, GLOSSARY);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = buildGlossary();
  console.log(built ? `wrote ${GLOSSARY}` : `${GLOSSARY} is up to date`);
}
