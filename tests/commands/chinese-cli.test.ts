// The command line's older messages under a Chinese interface (they were English in both): file
// errors, a library's skipped files and "nothing left", config.toml problems, search / trend /
// align / marks messages — each in Chinese under LANG=zh_CN.UTF-8, with the exit code it has in
// English, and the English text unchanged under LANG=C.UTF-8.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT } from '../helpers/cli.js';
import { englishWords } from '../helpers/english.js';

function run(args: string[], lang: 'zh' | 'en', env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BUILT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let state: Record<string, string>;
let plain: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'presser-zh-cli-'));
  writeFileSync(join(dir, 'bin.txt'), 'a\0b');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'esc.txt'), '\x1b[31m\x1b[0m\n');
  writeFileSync(join(dir, 'big.txt'), 'a'.repeat(5 * 1024 * 1024));
  mkdirSync(join(dir, 'lib'));
  writeFileSync(join(dir, 'lib', 'empty.txt'), '');
  writeFileSync(join(dir, 'lib', 'bin.txt'), 'x\0');
  const xdg = join(dir, 'xdg');
  mkdirSync(join(xdg, 'config', 'presser'), { recursive: true });
  writeFileSync(join(xdg, 'config', 'presser', 'config.toml'), 'colour = true\nmeasure = 9\n');
  state = { XDG_STATE_HOME: join(xdg, 'state'), XDG_CONFIG_HOME: join(xdg, 'config'), XDG_CACHE_HOME: join(xdg, 'cache') };
  plain = { ...state, XDG_CONFIG_HOME: join(xdg, 'none') };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each case: its arguments, and what the Chinese stderr must say. */
const CASES: { name: string; args: () => string[]; zh: RegExp; en: RegExp }[] = [
  { name: 'no such file', args: () => [join(dir, 'nope.txt')], zh: /nope\.txt：文件不存在$/, en: /nope\.txt: no such file$/ },
  { name: 'a binary file', args: () => ['topics', join(dir, 'bin.txt')], zh: /bin\.txt：看起来是二进制文件/, en: /bin\.txt: looks like a binary file/ },
  { name: 'an empty file', args: () => ['topics', join(dir, 'empty.txt')], zh: /empty\.txt：是空文件/, en: /empty\.txt: is empty/ },
  { name: 'only escape codes', args: () => ['topics', join(dir, 'esc.txt')], zh: /esc\.txt：只有控制字符/, en: /esc\.txt: holds only control characters/ },
  {
    name: 'too big',
    args: () => ['topics', join(dir, 'big.txt')],
    zh: /big\.txt：太大（5,242,880 字节，5\.0 MiB）/,
    en: /big\.txt: is too large \(5,242,880 bytes/,
  },
  {
    name: 'a library with nothing left',
    args: () => ['list', join(dir, 'lib')],
    zh: /已跳过 .*bin\.txt：看起来是二进制文件[\s\S]*lib 中没有文本$/,
    en: /skipped .*bin\.txt: looks like[\s\S]*no transcripts in /,
  },
  { name: 'search with no match', args: () => ['search', 'xqzvq'], zh: /没有找到“xqzvq”/, en: /no matches for "xqzvq"/ },
  {
    name: 'a bad trend option',
    args: () => ['trend', '关税', join(dir, 'lib'), '--by', 'week'],
    zh: /--by 须为 year 或 month/,
    en: /--by must be year or month/,
  },
  { name: 'align with one file', args: () => ['align', join(dir, 'empty.txt')], zh: /align 需要两篇文本/, en: /align needs two transcripts/ },
  { name: 'marks --md --json', args: () => ['marks', '--md', '--json'], zh: /--md 和 --json 只能选一个/, en: /choose one of --md and --json/ },
  { name: 'a topic that is not there', args: () => ['show', '99'], zh: /没有话题 99：本文的话题为 1-\d+/, en: /no topic 99: this transcript has topics 1-\d+/ },
  { name: 'a bad --width', args: () => ['topics', '--width', 'x'], zh: /--width 须为/, en: /--width must be a whole number/ },
];

describe('command-line messages under a Chinese interface', () => {
  for (const c of CASES) {
    it(`${c.name}: Chinese, with the same exit code as in English`, () => {
      const zh = run(c.args(), 'zh', plain);
      const en = run(c.args(), 'en', plain);
      expect(zh.status).toBe(en.status);
      expect(zh.status).not.toBe(0);
      expect(zh.stderr.trim()).toMatch(c.zh);
      expect(en.stderr.trim()).toMatch(c.en);
      // Every line in Chinese but the names it quotes (the settings file's lines included).
      const names = /presser|--\w+|[\w./-]+\.(txt|toml)|xqzvq|year|month|week|align|json/g;
      for (const line of zh.stderr.trim().split('\n')) expect(englishWords(line.replace(names, '')), line).toEqual([]);
    });
  }

  it("config.toml's problems are said in Chinese", () => {
    const zh = run(['topics', '--width', '80'], 'zh', state);
    expect(zh.status).toBe(0);
    expect(zh.stderr).toMatch(/config\.toml：未知的设置项“colour”/);
    expect(zh.stderr).toMatch(/config\.toml：measure = 9 不可用（可用：20 到 400 之间的整数）；使用默认值/);
    const en = run(['topics', '--width', '80'], 'en', state);
    expect(en.stderr).toMatch(/config\.toml: unknown key "colour"/);
    expect(en.stderr).toMatch(/measure = 9 is not allowed \(allowed: a whole number from 20 to 400\); using the default/);
    for (const line of zh.stderr.trim().split('\n'))
      expect(englishWords(line.replace(/presser|[\w./-]+\.toml|colour|measure|（可用：[^）]*）/g, '')), line).toEqual([]);
  });

  it('--lang zh and the settings file choose Chinese too; --lang en English', () => {
    expect(run([join(dir, 'nope.txt'), '--lang', 'zh'], 'en').stderr).toMatch(/文件不存在/);
    expect(run([join(dir, 'nope.txt'), '--lang', 'en'], 'zh').stderr).toMatch(/no such file/);
  });
});
