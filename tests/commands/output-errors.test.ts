// Output that cannot be written is a failure said in one line, never a stack trace and never a
// silent success; a pipe whose reader left (`| head -1`) stays quiet, as it always did.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuilt } from '../helpers/pty.js';

const COMMANDS: string[][] = [['--help'], ['--version'], ['topics'], ['topics', '--json'], ['show', '1'], ['search', '中美'], ['export'], []];

function runTo(stdout: number | 'pipe', args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    stdio: ['pipe', stdout, 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 20_000,
  });
}

function expectOneLineFailure(r: SpawnSyncReturns<string>, message: RegExp): void {
  expect(r.error).toBeUndefined();
  expect(r.status, r.stderr).toBe(1);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

beforeAll(requireBuilt);

describe.skipIf(!existsSync('/dev/full'))('a full device (/dev/full)', () => {
  for (const args of COMMANDS) {
    it(`presser ${args.join(' ') || '(plain output)'} fails in one line, exit 1`, () => {
      const fd = openSync('/dev/full', 'w');
      try {
        expectOneLineFailure(runTo(fd, args), /^presser: cannot write output: no space left on device \(ENOSPC\)$/);
      } finally {
        closeSync(fd);
      }
    });
  }
});

describe.skipIf(!existsSync('/proc/self/fdinfo'))('a closed standard output (>&-)', () => {
  for (const args of COMMANDS) {
    it(`presser ${args.join(' ') || '(plain output)'} fails in one line, exit 1`, () => {
      const r = spawnSync('sh', ['-c', '"$@" >&-', 'sh', process.execPath, BIN, ...args], { encoding: 'utf8', timeout: 20_000 });
      expectOneLineFailure(r, /^presser: cannot write output: standard output is closed$/);
    });
  }

  it('> /dev/null is not a closed output: exit 0', () => {
    const r = spawnSync('sh', ['-c', '"$@" > /dev/null', 'sh', process.execPath, BIN, 'export'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('a pipe whose reader leaves', () => {
  it('presser export | (read one line): quiet, presser exits 0', () => {
    const r = spawnSync('bash', ['-c', '"$@" | (read -r line); echo "status=${PIPESTATUS[0]}"', 'sh', process.execPath, BIN, 'export'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });
});
