// The seed's topics as the built CLI itself lists them, so screen tests need no hard-coded labels.
import { execFileSync } from 'node:child_process';
import { BIN, ROOT } from '../helpers/pty.js';

export interface TopicInfo {
  id: number;
  label: string;
  headline: string;
}

let cached: TopicInfo[] | undefined;

export function seedTopics(): TopicInfo[] {
  cached ??= JSON.parse(execFileSync(process.execPath, [BIN, 'topics', '--json'], { cwd: ROOT, encoding: 'utf8' })) as TopicInfo[];
  return cached;
}
