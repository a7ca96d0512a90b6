// Bundles the CLI into one minified ESM file (plus lazily loaded chunks) so that
// start-up does not pay for resolving hundreds of unbundled modules.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { presser: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink only loads the devtools bridge when DEV=true; it is not a dependency.
  external: ['react-devtools-core'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __presserCreateRequire } from 'node:module'; const require = __presserCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
chmodSync('dist/presser.js', 0o755);
