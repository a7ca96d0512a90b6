// A hash of the source that decides what the library cache holds: how a file becomes a model
// (src/transcript/), what the library derives from it and how it stores it (the src/library/
// files listed), and the folding its character index uses (src/search/normalize.ts). Built into
// the bundle (and the tests) as __PRESSER_PARSER_HASH__: any change there makes every cached
// model stale; a change elsewhere (the view, the commands, the search) does not.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = [
  'src/transcript',
  'src/errors.ts',
  'src/search/normalize.ts',
  ...['chars', 'combine', 'dates', 'meta', 'pack', 'parse-job', 'postings'].map((f) => `src/library/${f}.ts`),
];

function files(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function parserSourceHash() {
  const h = createHash('sha256');
  for (const file of SOURCES.flatMap((s) => files(join(ROOT, s)))) {
    h.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}
