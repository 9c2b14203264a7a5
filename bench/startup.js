// Start-up on the shipped example, as ratios to `node -e 0` measured in the same run (commands take turns run
// by run). Goals (issue 13): validate ≤ 2.0×, check --format json ≤ 2.3×, check table ≤ 2.5×, report ≤ 5×.
// The ratio that counts is CPU time (user + system of the process, medians): on the shared 2-core machine wall
// time mostly measures how long a process waited for a core. Wall-time ratios are printed beside it.
// Each command runs cold (CCHC_NO_CACHE=1: the plan is parsed and checked, the bundle compiled) and warm (the
// checked plan and the compiled code read back from the caches, in a cache folder this script makes and primes),
// as a user's first and later runs.
// Run after `npm run build`:  node bench/startup.js [--runs 15]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alternate, arg, fmtMB, fmtMs, fmtRatio, machineLine, requireBuild, verdict } from './lib.js';

requireBuild();
const runs = Number(arg('--runs', '15'));
const plan = 'plans/phu-trung-2026-2030.yaml';
const data = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const period = ['--period', 'Quý III/2026'];
const out = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-startup-'));
const cold = { CCHC_NO_CACHE: '1' };
const warm = { CCHC_NO_CACHE: '', XDG_CACHE_HOME: path.join(out, 'cache') };
const commands = [
  { name: 'validate', args: ['validate', plan], goal: 2.0 },
  {
    name: 'check --format json',
    args: ['check', plan, '--data', data, ...period, '--format', 'json'],
    goal: 2.3,
  },
  { name: 'check (table)', args: ['check', plan, '--data', data, ...period, '--no-color'], goal: 2.5 },
  {
    name: 'report (xlsx)',
    args: ['report', plan, '--data', data, ...period, '--output', path.join(out, 'r.xlsx')],
    goal: 5.0,
  },
];
const cases = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'] },
  ...commands.flatMap((c) => [
    { ...c, name: `cchc ${c.name}, cold`, args: ['bin/cchc.js', ...c.args], env: cold },
    { ...c, name: `cchc ${c.name}, warm`, args: ['bin/cchc.js', ...c.args], env: warm },
  ]),
];

console.log(machineLine());
const got = alternate(cases, runs);
const [floor] = got;
console.log(`${runs} runs each, commands in turn; ratio = median / the floor's median in this run\n`);
console.log('| command | CPU ratio | goal | | wall ratio | CPU median | wall median | peak RSS |');
console.log('|---|---:|---:|---|---:|---:|---:|---:|');
for (const [k, c] of cases.entries()) {
  const g = got[k];
  const ratio = g.cpuMs / floor.cpuMs;
  const goal = c.goal ? `≤ ${c.goal.toFixed(1)}×` : '';
  const met = c.goal ? verdict(ratio <= c.goal) : 'floor';
  console.log(
    `| ${c.name} | ${fmtRatio(ratio)} | ${goal} | ${met} | ${fmtRatio(g.ms / floor.ms)} | ${fmtMs(g.cpuMs)} | ${fmtMs(g.ms)} | ${fmtMB(g.peakMB)} |`,
  );
}
console.log(`\n${machineLine('after the runs')}`);
rmSync(out, { recursive: true, force: true });
