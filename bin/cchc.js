#!/usr/bin/env node
import module from 'node:module';

// Stack traces of internal errors (printed with CCHC_DEBUG=1) point into src/ through the bundle's source maps;
// off otherwise, as Node reads every map of the loaded chunks once they are on.
if (process.env.CCHC_DEBUG) process.setSourceMapsEnabled(true);
// Node 22.1+ can keep the compiled code of the modules below between runs (as tsc does), which cuts
// start-up further; older Nodes have no such function and start as before.
module.enableCompileCache?.();
// The CLI bundled by scripts/bundle.mjs (npm run build); dist/cli/entry.js is the same code unbundled.
const { main } = await import('../dist/bundle/cchc.js');

await main();
