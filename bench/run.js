// `npm run bench`: every benchmark in turn (build first: they run the compiled CLI in dist/). Pass --quick to
// skip the national-scale files (2.5 M rows: minutes and about a gigabyte of memory). Every other bench/*.js
// (plan size, rollup, …) is picked up and run after these, with the same flags; shared modules are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (f) => fileURLToPath(new URL(f, import.meta.url));
const quick = process.argv.includes('--quick');
const pass = process.argv.slice(2);
const runs = [
  ['startup.js', []],
  ['data.js', quick ? ['--skip-national'] : []],
  ['check.js', quick ? ['--quick'] : []],
];
const known = new Set(['run.js', 'lib.js', 'gen.js', 'peak.js', ...runs.map(([f]) => f)]);
for (const f of readdirSync(here('.')).sort()) {
  if (f.endsWith('.js') && !known.has(f)) runs.push([f, pass]);
}
let failed = 0;
for (const [script, args] of runs) {
  console.log(`\n== bench/${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [here(script), ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exitCode = failed ? 1 : 0;
