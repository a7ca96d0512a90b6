import { describe, expect, it } from 'vitest';
import { charKeyName, controlName, splitChunk } from '../../src/ui/keys.js';
import { inputActions } from '../../src/ui/state/index.js';
import { NO_KEY } from './fixtures.js';

describe('a chunk of input read at once', () => {
  it('splits into control keys and runs of text, in order', () => {
    expect(splitChunk('/结尾7\r')).toEqual([
      { kind: 'text', text: '/结尾7' },
      { kind: 'key', name: 'enter', input: '\r' },
    ]);
    expect(splitChunk('\x15ab\tc\x7f')).toEqual([
      { kind: 'key', name: 'ctrl-u', input: '\x15' },
      { kind: 'text', text: 'ab' },
      { kind: 'key', name: 'tab', input: '\t' },
      { kind: 'text', text: 'c' },
      { kind: 'key', name: 'backspace', input: '\x7f' },
    ]);
    expect(splitChunk('𠮷😀')).toEqual([{ kind: 'text', text: '𠮷😀' }]);
  });

  it('names control characters as keyName names the keys', () => {
    expect(['\r', '\n', '\t', '\x7f', '\b', '\x1b', '\x04', '\x19'].map(controlName)).toEqual([
      'enter',
      'enter',
      'tab',
      'backspace',
      'backspace',
      'esc',
      'ctrl-d',
      'ctrl-y',
    ]);
    expect(charKeyName(' ')).toBe('space');
    expect(charKeyName('G')).toBe('G');
  });

  it('becomes one action per part, and a single key (or one astral character) one key action', () => {
    expect(inputActions('jk\r', NO_KEY)).toEqual([
      { type: 'text', text: 'jk' },
      { type: 'key', name: 'enter', input: '\r' },
    ]);
    expect(inputActions('j', NO_KEY)).toEqual([{ type: 'key', name: 'j', input: 'j', ctrl: false, meta: false }]);
    expect(inputActions('𠮷', NO_KEY)).toEqual([{ type: 'key', name: '𠮷', input: '𠮷', ctrl: false, meta: false }]);
    expect(inputActions('', { ...NO_KEY, downArrow: true })).toEqual([{ type: 'key', name: 'down', input: '', ctrl: false, meta: false }]);
  });
});
