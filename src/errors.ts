/**
 * Marks a UserError, so that one made by the program's other bundle (dist/library-commands.js
 * has its own copy of this class) is known for what it is: `instanceof` would not see it.
 */
const USER_ERROR: unique symbol = Symbol.for('presser.UserError');

/** An error meant for the user: one line on stderr and an exit code, never a stack trace. */
export class UserError extends Error {
  readonly [USER_ERROR] = true;

  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** `e instanceof UserError`, whichever bundle's copy of the class made it. */
export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && (e as Partial<Record<typeof USER_ERROR, boolean>>)[USER_ERROR] === true;
}
