// Why the library's cache file or a saved record was set aside, said in the Chinese interface: the
// reasons are made from templates in src/i18n/problems.ts (a cache's reason sits inside the
// "library cache was damaged" notice, a record's inside "kept aside and started fresh"), so the
// whole notice is Chinese; a reason written as a literal in those modules fails the source check.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize, PROBLEMS } from '../../src/i18n/problems.js';
import { PACK_FORMAT, PackReader } from '../../src/library/pack.js';
import { PackWriter } from '../../src/library/pack-writer.js';
import { DocPostings } from '../../src/library/postings.js';
import { Store } from '../../src/store/store.js';
import { englishWords } from '../helpers/english.js';
import { tempDir } from '../library/helpers.js';

const EXPECT = { version: 'v-test', key: 'k-test' };

function writePack(path: string): void {
  const w = PackWriter.create(path);
  const blob = w.add(Buffer.from('{"title":"一"}'));
  const meta = { title: '一', answerers: [], askers: [], questions: 0, topics: 0 };
  w.finish(
    { format: PACK_FORMAT, ...EXPECT, written: 1, entries: [{ path: '/x/0.txt', stat: null, hash: '0', meta, blob }] },
    DocPostings.build([Uint32Array.of(0x4e00)]),
  );
  w.commit();
}

const chinese = (text: string) => {
  const zh = localize(text, 'zh');
  expect(zh, text).not.toBe(text);
  // The file set aside is named by its path (…/broken.json.corrupt-DATE), which is no English.
  expect(englishWords(zh.replace(/\S+\.corrupt-\S+/g, '')), text).toEqual([]);
};

describe('the reasons are made from templates', () => {
  it('src/library/pack.ts, postings.ts and src/store/records.ts write no reason of their own', () => {
    for (const file of ['src/library/pack.ts', 'src/library/cache-access.ts', 'src/library/postings.ts', 'src/store/records.ts', 'src/store/store.ts']) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/notice\(`|damaged \(|reason: '|reason = '[^']|reason \|\| '|CorruptPack\('|PostingsError\('|\.push\(`/);
    }
  });
});

describe('in the Chinese interface', () => {
  it("a damaged cache file's reason, inside the notice, whichever way it is damaged", () => {
    const path = join(tempDir(), 'lib.pack');
    writePack(path);
    const good = readFileSync(path);
    const reasons = new Set<string>();
    const damaged = [good.subarray(0, 10), good.subarray(0, good.length - 3), Buffer.from('presser was here\n'.repeat(20))];
    for (let at = good.length - 60; at < good.length; at += 3) {
      const bad = Buffer.from(good);
      bad[at] = bad[at]! ^ 0xff;
      damaged.push(bad);
    }
    for (const bytes of damaged) {
      writeFileSync(path, bytes);
      const opened = PackReader.open(path, EXPECT);
      if (opened.kind === 'corrupt') reasons.add(opened.reason);
    }
    expect(reasons.size).toBeGreaterThanOrEqual(3);
    for (const reason of reasons) chinese(PROBLEMS.cacheDamaged(reason, `${path}.corrupt-2026-01-01`));
  });

  it("a saved record's reason, set aside or ignored", () => {
    const root = join(tempDir('presser-state-'), 'state');
    new Store(root).history();
    mkdirSync(join(root, 'marks'), { recursive: true });
    writeFileSync(join(root, 'marks', 'broken.json'), '{"id": "broken", "text": ');
    writeFileSync(join(root, 'marks', 'odd.json'), '{"id": 3}');
    const s = new Store(root);
    s.marks();
    const notices = s.takeNotices();
    expect(notices.length).toBe(2);
    for (const n of notices) chinese(n);
  });
});
