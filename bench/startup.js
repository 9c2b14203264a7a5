// Cold-start time of `cchc validate` and `cchc check` (JSON and the default table) on the shipped example,
// against `node -e 0` as the floor. Run after `npm run build`:  node bench/startup.js [--runs 15]
// Each command runs once to warm the file cache, then the commands take turns N times (so a burst of load
// from elsewhere hits all of them alike); the median wall time is reported. Figures are only worth keeping
// from an idle machine: the load average is printed, with a warning when something else is running.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argRuns = process.argv.indexOf('--runs');
const runs = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 15;
const GOAL_MS = 300;

if (!existsSync(path.join(root, 'dist/cli/entry.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

const plan = 'plans/phu-trung-2026-2030.yaml';
const data = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const cases = [
  ['node -e 0 (floor)', ['-e', '0']],
  ['cchc validate', ['bin/cchc.js', 'validate', plan]],
  [
    'cchc check --format json',
    ['bin/cchc.js', 'check', plan, '--data', data, '--period', 'Quý III/2026', '--format', 'json'],
  ],
  [
    'cchc check (table)',
    ['bin/cchc.js', 'check', plan, '--data', data, '--period', 'Quý III/2026', '--no-color'],
  ],
];

function time(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const load = os.loadavg().map((l) => l.toFixed(2));
for (const [, args] of cases) time(args); // warm-up
const times = cases.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [c, [, args]] of cases.entries()) times[c].push(time(args));
}
const rows = cases.map(([name], c) => {
  const ts = times[c];
  return { name, median: median(ts), min: Math.min(...ts), max: Math.max(...ts) };
});
const floor = rows[0].median;
const pad = (s, n) => String(s).padEnd(n);
const num = (n) => `${n.toFixed(0)} ms`.padStart(8);
const cores = os.availableParallelism?.() ?? os.cpus().length;
console.log(
  `Node ${process.version}, ${cores} cores, ${runs} runs each, median wall time (goal < ${GOAL_MS} ms)`,
);
console.log(`Load average before the runs: ${load.join(', ')}`);
if (Number(load[0]) > 0.5)
  console.log(
    'Warning: the machine is busy (or a run just ended); wait for an idle machine before recording.',
  );
console.log('');
console.log(
  `${pad('command', 28)}${'median'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}  over floor`,
);
for (const r of rows) {
  const over = r === rows[0] ? '' : `+${(r.median - floor).toFixed(0)} ms`;
  const flag = r !== rows[0] && r.median >= GOAL_MS ? '  ← over goal' : '';
  console.log(`${pad(r.name, 28)}${num(r.median)}${num(r.min)}${num(r.max)}  ${over}${flag}`);
}
