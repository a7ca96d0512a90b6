import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where presser keeps what it remembers (the XDG base directories): reading positions, marks and
 * the search history under $XDG_STATE_HOME/presser (default ~/.local/state/presser); settings in
 * $XDG_CONFIG_HOME/presser/config.toml (default ~/.config/presser). A relative XDG value is
 * ignored, as the specification says.
 */
export function stateRoot(env: NodeJS.ProcessEnv = process.env): string {
  return join(xdg(env.XDG_STATE_HOME, env, '.local/state'), 'presser');
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(xdg(env.XDG_CONFIG_HOME, env, '.config'), 'presser', 'config.toml');
}

function xdg(value: string | undefined, env: NodeJS.ProcessEnv, fallback: string): string {
  return value && isAbsolute(value) ? value : join(env.HOME || homedir(), fallback);
}
