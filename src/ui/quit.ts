/**
 * How the reader ended, read by the lifecycle code after Ink exits: 0 for `q`, 130 for ctrl-c
 * (the shell convention for SIGINT). A module-level cell because Ink's `exit()` carries no code.
 */
export const quitState = { code: 0 };
