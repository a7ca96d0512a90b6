// Messages made in English where the language is not known, said in Chinese where they reach the
// user: every template is recognised and said again from its Chinese counterpart (parts and all,
// a part that is itself a message said in Chinese too); text that is no template's passes as it
// is; and the modules that make these messages make them from the templates, so a changed English
// message cannot silently fall back to English under a Chinese interface.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localize, named, PROBLEMS, problemTemplates } from '../../src/i18n/problems.js';
import { errnoReason } from '../../src/library/files.js';
import { parseLibraryQuery } from '../../src/library/query.js';
import { readSettings } from '../../src/store/settings.js';
import { openTranscriptBytes } from '../../src/transcript/open.js';
import { UserError } from '../../src/errors.js';
import { englishWords } from '../helpers/english.js';

/** Parts as file names and values are: letters, digits, Chinese, some punctuation — never a template's own words. */
const part = fc.stringMatching(/^[a-z0-9_.\-\u4e00-\u4e2f]{1,12}$/);

describe('problem templates', () => {
  it('each English message is said from its Chinese template, with the same parts', () => {
    for (const t of problemTemplates()) {
      fc.assert(
        fc.property(fc.array(part, { minLength: t.en.length, maxLength: t.en.length }), (parts) => {
          expect(localize(t.en(...parts), 'zh'), t.key).toBe(t.zh(...parts));
          expect(localize(t.en(...parts), 'en')).toBe(t.en(...parts));
        }),
        { numRuns: 20 },
      );
    }
  });

  it('each Chinese template is Chinese: no English words but the names it quotes', () => {
    for (const t of problemTemplates()) {
      const text = t.zh(...Array.from({ length: t.en.length }, () => '甲'));
      expect(
        englishWords(text.replace(/UTF-\d+|GB18030|Big5|windows-1252|NUL|TOML|JSON|MiB|U\+FFFD|glossary\.tsv\.gz|--with|iconv -f 甲 -t utf-8|\/dev\/tty/g, '')),
        t.key,
      ).toEqual([]);
    }
  });

  it('a file named first, a reason inside a reason, several reasons in one line', () => {
    expect(localize(named('a.txt', PROBLEMS.noSuchFile()), 'zh')).toBe('a.txt：文件不存在');
    expect(localize(PROBLEMS.cannotOpen('b.txt', named('/x/b.txt', PROBLEMS.binaryFile())), 'zh')).toBe(
      '无法打开 b.txt：/x/b.txt：看起来是二进制文件（含有 NUL 字节），不是文本',
    );
    expect(localize(`c.txt: ${PROBLEMS.replacedSequences('3', 'GB18030', PROBLEMS.andMore('7'))}; ${PROBLEMS.droppedByte()}`, 'zh')).toBe(
      'c.txt：3 处无法解码的字节序列已替换为 U+FFFD（GB18030，第 7 等 行）；结尾处字符不完整：丢弃了 1 个字节',
    );
    expect(localize('ENOSPC: no space left on device', 'zh')).toBe('ENOSPC: no space left on device');
  });
});

describe('the modules make their messages from the templates', () => {
  const zh = (text: string) => localize(text, 'zh');
  const caught = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it("a file's problems (src/transcript)", () => {
    const messages = [
      caught(() => openTranscriptBytes(new Uint8Array([0x61, 0, 0x62]), 'bin.txt')),
      caught(() => openTranscriptBytes(new Uint8Array([]), 'empty.txt')),
      caught(() => openTranscriptBytes(new TextEncoder().encode('\x1b[31m\x1b[0m'), 'esc.txt')),
      caught(() => openTranscriptBytes(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), 'big.txt')),
    ];
    for (const m of messages) {
      expect(zh(m), m).not.toBe(m);
      expect(englishWords(zh(m)), m).toEqual([]);
    }
  });

  it("the library scan's reasons, a query's filters, the settings file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'presser-i18n-'));
    const bad = join(dir, 'bad.toml');
    writeFileSync(bad, 'lang = "fr"\ncolour = true\n');
    const broken = join(dir, 'broken.toml');
    writeFileSync(broken, 'lang = \n');
    const messages = [
      errnoReason({ code: 'ENOENT' }),
      errnoReason({ code: 'EACCES' }),
      errnoReason({ code: 'ELOOP' }),
      errnoReason({ code: 'EISDIR' }),
      parseLibraryQuery('date:2019-13 关税').problem!,
      parseLibraryQuery('speaker: 关税').problem!,
      ...readSettings(bad, 'bad.toml').problems,
      ...readSettings(broken, 'broken.toml').problems,
    ];
    expect(messages).toHaveLength(9);
    for (const m of messages) {
      expect(zh(m), m).not.toBe(m);
      expect(englishWords(zh(m).replace(/"(auto|en|zh|fr)"|colour|lang|（可用：[^）]*）/g, '')), m).toEqual([]);
    }
  });
});
