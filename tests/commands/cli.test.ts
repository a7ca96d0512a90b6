import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = 'dist/presser.js';
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

describe('presser CLI (built bundle)', () => {
  it('bin points at the bundled file', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { bin: Record<string, string> };
    expect(pkg.bin.presser).toBe(BIN);
  });

  it('prints help with examples and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('Examples:');
  });

  it('reports a missing file in one line with exit code 2', () => {
    const r = run(['topics', 'no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file');
  });

  it('rejects an unknown option with exit code 2', () => {
    const r = run(['--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^presser: /);
  });

  it('prints plain text, no escape codes, when piped', () => {
    const out = execFileSync(process.execPath, [BIN, 'show', '1', '--width', '40'], { encoding: 'utf8' });
    expect(out).not.toContain('\x1b');
    expect(out.length).toBeGreaterThan(100);
  });
});
