// `npm run bench`: every benchmark in turn (build first: they run the compiled CLI in dist/).
// Pass --quick to skip the national-scale data file (2.5 M rows, a few minutes and >1 GB of memory).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (f) => fileURLToPath(new URL(f, import.meta.url));
const quick = process.argv.includes('--quick');
const runs = [
  ['startup.js', []],
  ['data.js', quick ? ['--skip-national'] : []],
];
let failed = 0;
for (const [script, args] of runs) {
  console.log(`\n== bench/${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [here(script), ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exitCode = failed ? 1 : 0;
