// Guards shared by the build-time patches in this folder. Each patch is written against one exact
// version of the package it patches (pinned in package.json) and edits text it has checked is
// there, so an upstream change stops the build with a message naming the patch to revisit,
// instead of shipping a bundle that silently lost (or mangled) the patch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Throws unless the package that `file` belongs to is `name` at exactly `version`. */
export function requireVersion(file, name, version, patch) {
  const marker = `node_modules/${name}/`;
  const at = file.replace(/\\/g, '/').lastIndexOf(marker);
  if (at < 0) throw new Error(`${file}: not inside ${name}; revisit ${patch}`);
  const root = file.slice(0, at + marker.length);
  const found = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (found !== version)
    throw new Error(`${name} is ${found}, but ${patch} was written for ${version}: check the patch against the new source, then update the pin`);
}

/** Throws unless `text` occurs in `source` exactly once. */
export function requireOnce(source, text, file, patch) {
  const first = source.indexOf(text);
  if (first < 0 || source.indexOf(text, first + 1) >= 0) {
    throw new Error(`${file}: expected exactly one ${JSON.stringify(text)}; the package changed, revisit ${patch}`);
  }
}

/** Replaces the one occurrence of `from` (checked as by requireOnce). */
export function replaceOnce(source, from, to, file, patch) {
  requireOnce(source, from, file, patch);
  return source.replace(from, () => to);
}

/**
 * For an esbuild plugin's setup: returns `applied()`, to call when the patch is made, and fails
 * the build if it never was (the patched file renamed or no longer part of the bundle).
 */
export function mustApply(build, what, patch) {
  let done = false;
  build.onStart(() => {
    done = false;
  });
  build.onEnd(() => {
    if (!done) throw new Error(`${patch}: ${what} was never patched; the package changed, revisit the patch`);
  });
  return () => {
    done = true;
  };
}
