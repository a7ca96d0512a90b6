import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { type Command, commandFor, KEYMAP, keymapMarkdown, type Mode, TEXT_MODES } from '../../src/ui/keymap.js';
import { keyName } from '../../src/ui/keys.js';
import { NO_KEY } from './fixtures.js';

const k = (o: Partial<Key>): Key => ({ ...NO_KEY, ...o });

describe('keyName', () => {
  it.each<[string, Key, string]>([
    ['j', NO_KEY, 'j'],
    ['G', k({ shift: true }), 'G'],
    ['d', k({ ctrl: true }), 'ctrl-d'],
    ['c', k({ ctrl: true }), 'ctrl-c'],
    ['', k({ downArrow: true }), 'down'],
    ['', k({ leftArrow: true, meta: true }), 'alt-left'],
    ['', k({ escape: true, meta: true }), 'esc'],
    ['', k({ return: true }), 'enter'],
    ['', k({ tab: true }), 'tab'],
    ['', k({ tab: true, shift: true }), 'shift-tab'],
    // Backspace arrives as \x7f and sets key.delete on most terminals.
    ['', k({ delete: true }), 'backspace'],
    ['', k({ backspace: true }), 'backspace'],
    ['', k({ pageDown: true }), 'pagedown'],
    [' ', NO_KEY, 'space'],
    ['小院', NO_KEY, '小院'],
  ])('%j → %s', (input, key, name) => {
    expect(keyName(input, key)).toBe(name);
  });
});

describe('the keymap table', () => {
  const modes: Mode[] = ['normal', 'help', 'search', 'repairs', 'library', 'libraryFilter', 'librarySearch', 'libraryHelp', 'libraryTrend', 'libraryTrendHits'];

  it('binds no key twice in one mode', () => {
    for (const mode of modes) {
      const seen = new Map<string, Command>();
      for (const b of KEYMAP.filter((x) => x.modes.includes(mode))) {
        for (const key of b.keys) {
          expect(seen.get(key), `${mode}: ${key}`).toBeUndefined();
          seen.set(key, b.command);
        }
      }
    }
  });

  it('binds nothing typeable in the search, filter and library search lines (so letters are always text)', () => {
    for (const b of KEYMAP.filter((x) => x.modes.some((m) => TEXT_MODES.includes(m)))) {
      for (const key of b.keys) expect(key.length === 1 || key === 'space', key).toBe(false);
    }
  });

  it('has the library view’s keys', () => {
    const expected: [Mode, string, Command][] = [
      ['library', 'j', 'down'],
      ['library', 'k', 'up'],
      ['library', 'enter', 'open'],
      ['library', '/', 'search'],
      ['library', 'f', 'filter'],
      ['library', 'g', 'top'],
      ['library', 'G', 'bottom'],
      ['library', 'q', 'quit'],
      ['library', '?', 'help'],
      ['library', 'esc', 'close'],
      ['libraryFilter', 'enter', 'open'],
      ['libraryFilter', 'esc', 'filterCancel'],
      ['libraryFilter', 'down', 'hitDown'],
      ['librarySearch', 'enter', 'searchOpen'],
      ['librarySearch', 'esc', 'searchCancel'],
      ['librarySearch', 'tab', 'scope'],
      ['libraryHelp', 'esc', 'close'],
      ['libraryHelp', 'ctrl-c', 'interrupt'],
      ['library', 'ctrl-z', 'suspend'],
      ['librarySearch', 'ctrl-z', 'suspend'],
    ];
    for (const [mode, key, cmd] of expected) expect(commandFor(mode, key), `${mode} ${key}`).toBe(cmd);
    // Digits and letters other than the list's keys start the filter: they are bound to nothing.
    for (const key of ['2', '0', 'a', '华']) expect(commandFor('library', key)).toBeUndefined();
  });

  it('has the keys the issue asks for', () => {
    const expected: [Mode, string, Command][] = [
      ['normal', 'j', 'down'],
      ['normal', 'down', 'down'],
      ['normal', 'k', 'up'],
      ['normal', 'h', 'focusSidebar'],
      ['normal', 'l', 'focusReader'],
      ['normal', 'tab', 'toggleFocus'],
      ['normal', ']', 'nextTopic'],
      ['normal', '[', 'prevTopic'],
      ['normal', '7', 'digit'],
      ['normal', 'space', 'pageDown'],
      ['normal', 'pagedown', 'pageDown'],
      ['normal', 'ctrl-d', 'halfDown'],
      ['normal', 'b', 'pageUp'],
      ['normal', 'pageup', 'pageUp'],
      ['normal', 'ctrl-u', 'halfUp'],
      ['normal', 'g', 'top'],
      ['normal', 'G', 'bottom'],
      ['normal', 'home', 'top'],
      ['normal', 'end', 'bottom'],
      ['normal', 'backspace', 'back'],
      ['normal', 'ctrl-o', 'back'],
      ['normal', 'y', 'copy'],
      ['normal', '/', 'search'],
      ['normal', '?', 'help'],
      ['normal', 'q', 'quit'],
      ['normal', 'ctrl-c', 'interrupt'],
      ['normal', 'r', 'repairs'],
      ['normal', 'n', 'nextHit'],
      ['normal', 'N', 'prevHit'],
      ['search', 'down', 'hitDown'],
      ['search', 'ctrl-n', 'hitDown'],
      ['search', 'ctrl-p', 'hitUp'],
      ['search', 'enter', 'searchOpen'],
      ['search', 'esc', 'searchCancel'],
      ['search', 'tab', 'scope'],
      ['search', 'backspace', 'deleteChar'],
      ['search', 'ctrl-c', 'interrupt'],
    ];
    for (const [mode, key, cmd] of expected) expect(commandFor(mode, key), `${mode} ${key}`).toBe(cmd);
    expect(commandFor('search', 'q')).toBeUndefined();
    expect(commandFor('search', 'j')).toBeUndefined();
  });

  it('renders as a Markdown table with one row per binding', () => {
    const md = keymapMarkdown();
    const rows = md.trim().split('\n');
    expect(rows[0]).toBe('| Keys | Mode | What it does | 作用 |');
    expect(rows).toHaveLength(KEYMAP.length + 2);
    expect(md).toContain('| `0-9` | reader |');
    expect(md).toContain('`ctrl-o`');
    expect(md).toContain('| search line |');
  });
});
