// What decoding lost is said once: in the reader, in the status line when it opens (and `r`
// lists where); the commands say it on stderr (tests/hardening/badfiles.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disposeAll, ptyUnavailable, requireBuilt, spawnPresser, waitExit } from '../helpers/pty.js';
import { gb18030 } from '../transcript/encodings.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

describe.skipIf(!!ptyUnavailable)('a file with undecodable bytes, in the reader', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'presser-notice-'));
    const bytes = Buffer.from(gb18030(['外交部长答记者问', '', '记者：中美关系怎么样？', '', '王毅：中美关系很重要。'].join('\n')));
    const at = bytes.indexOf(gb18030('很'));
    file = join(dir, 'gb-bad.txt');
    writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(disposeAll);

  it('opens, says in the status line what was replaced, and r lists the line', async () => {
    const s = spawnPresser([file], { cols: 120, rows: 30 });
    await s.waitFor('1 undecodable byte sequence replaced by U+FFFD (GB18030, line 5)');
    s.press('r');
    await s.waitFor('invalid GB18030 bytes replaced by U+FFFD');
    s.press('q');
    s.press('q');
    expect((await waitExit(s)).exitCode).toBe(0);
  });
});
