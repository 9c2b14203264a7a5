#!/usr/bin/env node
import module from 'node:module';
import v8 from 'node:v8';
import { loadBundle } from './load-bundle.js';

// Stack traces of internal errors (printed with CCHC_DEBUG=1) point into src/ through the bundle's source map;
// off otherwise, as Node reads the whole map once they are on.
if (process.env.CCHC_DEBUG) process.setSourceMapsEnabled(true);
// A check is one batch that keeps what it reads until it writes the report. V8's default lets the heap grow to
// several times what is alive between full collections: at national scale (2.5 M rows) the peak was twice
// the live data. Growing by 40% at a time keeps the peak near the live data for a few percent more time
// (docs/check.md, "Performance"); small runs never reach a full collection, so they are unchanged. A value
// given on node's command line (`node --heap-growing-percent=0 bin/cchc.js …`) wins; Node refuses this flag
// in NODE_OPTIONS.
const heapFlag = '--heap-growing-percent';
if (!process.execArgv.some((a) => a.startsWith(heapFlag))) v8.setFlagsFromString(`${heapFlag}=40`);
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
