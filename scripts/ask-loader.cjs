'use strict';
/**
 * dist/ask.cjs, the one-shot `npm run ask` (copied there by scripts/build.mjs): runs the bundle
 * beside it (ask-bundle.cjs) from V8's code cache of its last run (ask-bundle.cjs.cache), so a
 * start neither parses the 280 KB bundle nor compiles again the functions an answer runs. Node 20
 * keeps no such cache for `require` or `import` by itself (`module.enableCompileCache` came in 22).
 *
 * The cache is written at exit when there was none or V8 refused it (another bundle, another
 * Node), and only by a run that answered: it holds what that run compiled, and one written after
 * printing the usage or an error holds too little (a start from the cache of a `--help` run took
 * 100.6 ms against 89.9 from an answer's, medians of 30). Written beside the bundle through a
 * temporary file, so a concurrent start reads a whole one or none; a read-only install simply
 * runs without it. The bundle is CommonJS: a script's
 * code cache needs `vm.Script`, which runs scripts, not modules.
 */
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, 'ask-bundle.cjs');
const cache = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  cachedData = undefined;
}
const script = new Script(wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', (code) => {
    if (code !== 0 || process.argv.includes('--help') || process.argv.includes('-h')) return;
    try {
      const temporary = `${cache}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cache);
    } catch {
      // A read-only install: the next start compiles again.
    }
  });
}
const bundled = { exports: {} };
// The bundle's import.meta.url is this file's URL (its banner): the process entry, which finds
// the corpus beside dist/.
script.runInThisContext()(bundled.exports, createRequire(bundle), bundled, __filename, __dirname);
