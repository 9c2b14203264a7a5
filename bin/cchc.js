#!/usr/bin/env node
import module from 'node:module';
import { loadBundle } from './load-bundle.js';

// Stack traces of internal errors (printed with CCHC_DEBUG=1) point into src/ through the bundle's source map;
// off otherwise, as Node reads the whole map once they are on.
if (process.env.CCHC_DEBUG) process.setSourceMapsEnabled(true);
// Node 22.1+ can keep the compiled code of the modules below between runs (as tsc does); on Node 20 the
// bundle's own code cache (bin/load-bundle.js) does that.
module.enableCompileCache?.();
// The CLI bundled by scripts/bundle.mjs (npm run build); dist/cli/entry.js is the same code unbundled.
const bundle = loadBundle(
  new URL('../dist/bundle/cchc.cjs', import.meta.url),
  process.argv.slice(2),
  process.env,
);
await bundle.exports.main();
bundle.saveCodeCache();
