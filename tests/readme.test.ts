import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keymapMarkdown } from '../src/ui/keymap.js';

// The README's key table is generated from the keymap; this keeps the two from drifting apart.
// Regenerate with: UPDATE_README=1 npx vitest run tests/readme.test.ts
const BEGIN = /<!-- keys:begin[^>]*-->\n/;
const END = '<!-- keys:end -->';

describe('README', () => {
  it('shows the keymap exactly as src/ui/keymap.ts defines it', () => {
    const readme = readFileSync('README.md', 'utf8');
    const begin = BEGIN.exec(readme);
    const end = readme.indexOf(END);
    expect(begin && end > begin.index).toBeTruthy();
    const start = begin!.index + begin![0].length;
    const table = keymapMarkdown();
    if (process.env.UPDATE_README) {
      writeFileSync('README.md', readme.slice(0, start) + table + readme.slice(end));
      return;
    }
    expect(readme.slice(start, end)).toBe(table);
  });

  it('names the two commands a fresh machine needs', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
