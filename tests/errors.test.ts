import { describe, expect, it } from 'vitest';
import { isUserError, UserError } from '../src/errors.js';
import { isBrokenPipe, OutputError } from '../src/stdout.js';

const MARK: unique symbol = Symbol.for('presser.UserError');

/** What the library commands' bundle throws: a UserError of its own copy of the class. */
class OtherUserError extends Error {
  readonly [MARK] = true;
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly brokenPipe?: boolean,
  ) {
    super(message);
  }
}

describe('user errors across bundles', () => {
  it('are known by their mark, not by their class', () => {
    expect(isUserError(new UserError('x'))).toBe(true);
    expect(isUserError(new OutputError('x'))).toBe(true);
    expect(isUserError(new OtherUserError('x'))).toBe(true);
    expect(isUserError(new Error('x'))).toBe(false);
    expect(isUserError({ [MARK]: true })).toBe(false);
    expect(isUserError(undefined)).toBe(false);
  });

  it('a broken pipe is one only when the error says so', () => {
    expect(isBrokenPipe(new OutputError('x', true))).toBe(true);
    expect(isBrokenPipe(new OtherUserError('x', 1, true))).toBe(true);
    expect(isBrokenPipe(new OutputError('x'))).toBe(false);
    expect(isBrokenPipe(Object.assign(new Error('x'), { brokenPipe: true }))).toBe(false);
  });
});
