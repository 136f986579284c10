import { build } from 'esbuild';

/**
 * `npm run build` (also run by `npm install` / `npm ci` through `prepare`, and before every
 * `npm run ask`): bundles the one-shot console `ask` into dist/ask.mjs. One file of JavaScript
 * starts in about 3× a bare `node -e 0`, where the same code through the tsx loader takes about
 * 11× and tsc's one-file-per-module output about 4× (hundreds of small modules to resolve and
 * compile). better-sqlite3 stays external: it is a native module. Bundled CommonJS packages (yaml)
 * call `require`, which an ES module does not have, hence the banner.
 */
await build({
  entryPoints: { ask: 'adapters/cli/ask.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  minify: true,
});
