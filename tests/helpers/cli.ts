import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The built bundle. */
export const BUILT = join(import.meta.dirname, '../../dist/presser.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI without blocking the test's thread (several can run at once). */
export function runBuilt(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BUILT, ...args], { env });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8');
    p.stderr.setEncoding('utf8');
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
