#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ can keep the compiled code of the modules below between runs (as tsc does), which cuts
// start-up further; older Nodes have no such function and start as before.
module.enableCompileCache?.();
const { main } = await import('../dist/cli/entry.js');

await main();
