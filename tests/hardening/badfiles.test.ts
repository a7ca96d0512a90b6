// Unusable input, through the built CLI: one clear line on stderr, exit 2, no stack trace,
// nothing on stdout. And input that is damaged but readable: it loads, with repairs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_BYTES, openTranscriptBytes, WHOLE_TEXT_LABEL } from '../../src/transcript/open.js';
import { BIN, requireBuilt } from '../helpers/pty.js';
import { displayWidth } from '../../src/text/width.js';
import { firstForbidden, SEED_FILE, sources } from './hostile.js';
import type { Transcript } from '../../src/transcript/model.js';
import { big5, gb18030 } from '../transcript/encodings.js';

/** The transcript without its repairs (which say how it was decoded). */
const strip = ({ repairs: _r, ...rest }: Transcript) => rest;

/** Character → GB18030 bytes for the two-byte table, built by decoding every pair. */
function gb18030Encoder(): Map<string, Buffer> {
  const dec = new TextDecoder('gb18030');
  const map = new Map<string, Buffer>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const b = Buffer.from([lead, trail]);
      const c = dec.decode(b);
      if (c.length === 1 && c !== '\ufffd' && !map.has(c)) map.set(c, b);
    }
  }
  return map;
}

let dir: string;
beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(join(tmpdir(), 'presser-bad-'));
  chmodSync(dir, 0o755); // so that an unprivileged child can reach the files in it
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

function run(args: string[], opts: { input?: string | Buffer; uid?: number; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: opts.timeout ?? 10_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
}

/** The contract for unusable input. */
function expectRefused(r: SpawnSyncReturns<string>, message: RegExp): void {
  expect(r.error, 'the process ran to its end').toBeUndefined();
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^presser: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(firstForbidden(r.stderr)).toBeNull();
}

const enc = new TextEncoder();

describe('unusable input is refused in one line, exit 2', () => {
  it('a missing path', () => expectRefused(run(['show', '1', join(dir, 'nope.txt')]), /no such file/));
  // A directory is a library (issue 11); one that holds no transcript is refused in one line.
  it('a directory with no transcript in it', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    expectRefused(run(['topics', empty]), /no transcripts in /);
  });
  it('a path through a file (ENOTDIR)', () => {
    const f = file('plain.txt', '标题\n');
    expectRefused(run(['topics', join(f, 'child.txt')]), /plain\.txt\/child\.txt/);
  });

  // Root reads any file whatever its mode, so the child drops to "nobody" to be denied. That needs
  // nobody to reach presser itself and the temporary folder: a clone inside a folder only its owner
  // may enter (a home directory, a 0700 temporary folder) is out of nobody's reach, and there the
  // test has nothing to show.
  const root = process.getuid?.() === 0;
  const nobodyReaches = (path: string) =>
    spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(path)}, 4)`], { uid: 65534 }).status === 0;
  const nobodyCan = !root || (nobodyReaches(BIN) && nobodyReaches(tmpdir()));
  it.skipIf(!nobodyCan)(`permission denied${nobodyCan ? '' : ' (skipped: user nobody cannot reach the clone or the temporary folder)'}`, () => {
    const f = file('secret.txt', '标题\n正文。\n');
    chmodSync(f, 0o000);
    const r = root ? run(['topics', f], { uid: 65534 }) : run(['topics', f]);
    expectRefused(r, /permission denied/);
  });

  it('binary content (NUL bytes)', () =>
    expectRefused(run(['topics', file('bin.dat', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0, 0x41]))]), /binary/));
  it('bytes that are text in no supported encoding', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0xff : 0x80 + (i % 50)));
    expectRefused(run(['topics', file('junk.txt', bytes)]), /cannot be decoded/);
  });
  it('an empty file', () => expectRefused(run(['show', '1', file('empty.txt', '')]), /is empty/));
  it('a whitespace-only file', () => expectRefused(run(['topics', file('blank.txt', ' \n\t\r\n\u3000\u3000\n\u00a0\n')]), /is empty/));
  it('a file of nothing but escape sequences', () =>
    expectRefused(run(['topics', file('escapes.txt', '\x1b]0;title\x07\x1b[2J\n\x1b]52;c;ZXZpbA==\x07\n')]), /only control characters/));
  it('empty standard input', () => expectRefused(run(['topics', '-'], { input: '' }), /stdin: is empty/));

  it('a file above the size limit, refused from its size', () => {
    // A real 100 MB of text: the limit must not depend on what the bytes are.
    const seed = readFileSync(SEED_FILE);
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.concat(Array(Math.ceil((100 * 1024 * 1024) / seed.length)).fill(seed)));
    const r = run(['topics', big]);
    expectRefused(r, /big\.txt: is too large \(10\d,\d{3},\d{3} bytes, 10\d\.\d MiB\); presser reads transcripts up to 4 MiB$/);
    rmSync(big);
  });
  it('a sparse file just over the limit: its real size, visibly over the limit in MiB', () => {
    const p = join(dir, 'sparse.txt');
    writeFileSync(p, '');
    truncateSync(p, MAX_TRANSCRIPT_BYTES + 1);
    expectRefused(run(['topics', p]), /sparse\.txt: is too large \(4,194,305 bytes, 4\.0000009 MiB\); presser reads transcripts up to 4 MiB$/);
    truncateSync(p, 4_194_452);
    expectRefused(run(['topics', p]), /is too large \(4,194,452 bytes, 4\.0001 MiB\)/);
  });
  it('standard input above the limit, without reading all of it', () => {
    // Through a shell pipe: presser stops reading past the limit, so a writer that insists on
    // delivering all of it (spawnSync's input) may see EPIPE; `head` just gets SIGPIPE.
    const r = spawnSync('sh', ['-c', `head -c ${MAX_TRANSCRIPT_BYTES + 100_000} /dev/zero | tr '\\0' a | "$0" "$1" topics -`, process.execPath, BIN], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 10_000,
    });
    expectRefused(r, /stdin: is too large \(over 4 MiB\); presser reads transcripts up to 4 MiB$/);
  });
  it('an endless device (/dev/zero) is refused, not read forever, and named as given', () =>
    expectRefused(run(['topics', '/dev/zero'], { timeout: 5000 }), /^presser: \/dev\/zero: is too large \(over 4 MiB\)/));
  it('a file is named in messages by the path given, not its base name', () => {
    const p = file('blank-named.txt', '\n\n');
    expectRefused(run(['topics', p]), new RegExp(`^presser: ${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is empty`));
  });

  it('a hostile file name is printed escaped', () => {
    const r = run(['topics', join(dir, 'evil\x1b]0;pwned\x07\u202e.txt')]);
    expectRefused(r, /evil\\x1b\]0;pwned\\x07\\u202e\.txt: no such file/);
  });
  it('a hostile argument is printed escaped', () => {
    const r = run(['show', 'x\x1b]52;c;ZXZpbA==\x07', SEED_FILE]);
    expectRefused(r, /no topic labelled "x\\x1b\]52;c;ZXZpbA==\\x07"/);
  });
});

describe('damaged but readable input loads', () => {
  const seed = readFileSync(SEED_FILE);

  it('text with no recognisable structure becomes one topic of paragraphs', () => {
    const p = file('article.txt', '一篇文章\n\n这是第一段，没有问答。\n\n这是第二段，也没有。\n\n第三段结束。\n');
    const topics = run(['topics', p]);
    expect(topics.status, topics.stderr).toBe(0);
    expect(topics.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(1);
    const show = run(['show', '1', p]);
    expect(show.status, show.stderr).toBe(0);
    for (const para of ['这是第一段，没有问答。', '这是第二段，也没有。', '第三段结束。']) expect(show.stdout).toContain(para);
  });

  it('one line with nothing else becomes a topic too', () => {
    const t = openTranscriptBytes(enc.encode('只有一行字'), 'one.txt').transcript;
    expect(t.topics.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(t.topics)).toContain('只有一行字');
  });

  it('the whole-text fallback says so in repairs', () => {
    const t = openTranscriptBytes(enc.encode('只有一行字\n\n第二行也没有问答。'), 'one.txt').transcript;
    expect(t.topics.map((tp) => tp.label)).toEqual([WHOLE_TEXT_LABEL]);
    expect(t.repairs.map((r) => r.kind)).toContain('no-structure');
  });

  it('a single 1 MB line loads and prints within its width', () => {
    const p = file('line.txt', '这是一个很长的段落，没有换行。'.repeat(Math.ceil(1_048_576 / 45)));
    // How fast is the bench's business (npm run bench -- parse); this only needs it to finish.
    const r = run(['show', '1', p, '--width', '60'], { timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    expect(Math.max(...lines.map((l) => displayWidth(l)))).toBeLessThanOrEqual(60);
  }, 60_000);

  it('a UTF-8 file cut off mid-character loads without the broken character', () => {
    const t = openTranscriptBytes(seed.subarray(0, seed.length - 1 - (seed.length % 7)), 'cut.txt');
    // The cut may land between characters; when it lands inside one, that one is dropped.
    expect(JSON.stringify(t.transcript)).not.toContain('\ufffd');
    const cut = Buffer.concat([enc.encode('标题\n王毅：中国'), Buffer.from([0xe4, 0xb8])]);
    const r = openTranscriptBytes(cut, 'cut.txt').transcript;
    expect(JSON.stringify(r)).toContain('中国');
    expect(r.repairs.some((x) => x.kind === 'decoded' && /mid-character/.test(x.detail))).toBe(true);
    expect(r.repairs.some((x) => /gb18030/.test(x.detail))).toBe(false);
  });

  it('a UTF-16 file cut off mid-character loads', () => {
    const body = Buffer.from('\ufeff标题\n正文。', 'utf16le');
    const r = openTranscriptBytes(body.subarray(0, body.length - 1), 'u16.txt').transcript;
    expect(JSON.stringify(r)).toContain('正文');
  });

  it('a UTF-8 file with a flipped byte reads as UTF-8 with U+FFFD, not as GB18030 mojibake', () => {
    const bytes = Buffer.from(seed);
    const at = bytes.indexOf(Buffer.from('中国')) + 1; // a continuation byte
    bytes[at] = 0xff;
    const t = openTranscriptBytes(bytes, 'flip.txt').transcript;
    expect(t.title).toBe(openTranscriptBytes(seed, 'seed.txt').transcript.title);
    expect(t.repairs.some((x) => x.kind === 'decoded' && /U\+FFFD/.test(x.detail) && x.line > 0)).toBe(true);
  });

  it('a real GB18030 file is still read as GB18030', () => {
    // 标题 / 正文 in GB18030.
    const gb = Uint8Array.from([0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3]);
    const t = openTranscriptBytes(gb, 'gb.txt').transcript;
    expect(t.title).toBe('标题');
    expect(t.repairs.some((x) => /gb18030/.test(x.detail))).toBe(true);
  });

  it('the seed and the corpus in GB18030 and UTF-16 read exactly as in UTF-8', () => {
    const gb = gb18030Encoder();
    for (const src of sources()) {
      // Keep the lines GB18030's two-byte table can encode (nearly all of them).
      const text = src.bytes
        .toString('utf8')
        .split('\n')
        .filter((l) => [...l].every((c) => c < '\x80' || gb.has(c)))
        .join('\n');
      const want = strip(openTranscriptBytes(Buffer.from(text), src.name).transcript);
      const asGb = Buffer.concat([...text].map((c) => (c < '\x80' ? Buffer.from(c) : gb.get(c)!)));
      expect(strip(openTranscriptBytes(asGb, src.name).transcript), `${src.name} as GB18030`).toEqual(want);
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      expect(strip(openTranscriptBytes(le, src.name).transcript), `${src.name} as UTF-16LE`).toEqual(want);
    }
  });

  it('ASCII with one Latin-1 byte is read as windows-1252, through every command, quietly', () => {
    const p = file('cafe.txt', Buffer.from('Q: caf\xe9?\nA: ok\n', 'latin1'));
    for (const args of [['show', '1', p], ['topics', p], ['export', p], [p]]) {
      const r = run(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
    }
    expect(run([p]).stdout).toContain('café');
    expect(run(['export', p]).stdout).toContain('café');
  });

  it('GB18030 with one invalid byte loads; every command says so once on stderr, exit 0', () => {
    const bytes = Buffer.from(gb18030(['外交部长答记者问', '', '记者：中美关系怎么样？', '', '王毅：中美关系很重要。'].join('\n')));
    const at = bytes.indexOf(gb18030('很'));
    const p = file('gb-bad.txt', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    for (const args of [['show', '1', p], ['topics', p], ['export', p], ['search', '中美', p], [p]]) {
      const r = run(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr.split('\n').filter(Boolean), args.join(' ')).toEqual([
        `presser: warning: ${p}: 1 undecodable byte sequence replaced by U+FFFD (GB18030, line 5)`,
      ]);
    }
    expect(run(['show', '1', p]).stdout).toContain('中美关系\ufffd很重要');
  });

  it('a Big5 file from Hong Kong or Taiwan reads as the same text in UTF-8 does', () => {
    const body = ['外交部發言人答記者問', '', '記者：請問中方對兩岸關係有何評論？', '', '發言人：我們一貫主張和平發展。'].join('\n');
    const p = file('tw.txt', big5(body));
    const q = file('tw-utf8.txt', body);
    const r = run(['show', '1', p]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(run(['show', '1', q]).stdout);
    expect(r.stdout).toContain('我們一貫主張和平發展');
  });

  it('control characters are counted in repairs, with their lines', () => {
    const t = openTranscriptBytes(enc.encode('标题\n\n正文\x1b]0;t\x07。\n\u202e第三行'), 'x.txt').transcript;
    const found = t.repairs.filter((r) => r.kind === 'control-chars');
    expect(found.map((r) => r.line)).toEqual([3, 4]);
    expect(found[0]!.detail).toContain('OSC');
  });

  it('a FIFO (process substitution) is read like a file', () => {
    const fifo = join(dir, 'pipe');
    const mk = spawnSync('mkfifo', [fifo]);
    if (mk.status !== 0) return;
    const r = spawnSync('sh', ['-c', `timeout 5 cat "$1" > "$2" & node "$3" topics "$2"; wait`, 'sh', SEED_FILE, fifo, BIN], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(10);
  });
});
