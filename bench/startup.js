// Start-up on the shipped example, as ratios to `node -e 0` measured in the same run (commands take turns run
// by run). Goals (issue 13): validate ≤ 2.0×, check --format json ≤ 2.3×, check table ≤ 2.5×, report ≤ 5×.
// Run after `npm run build`:  node bench/startup.js [--runs 11]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alternate, arg, fmtMB, fmtMs, fmtRatio, machineLine, requireBuild, verdict } from './lib.js';

requireBuild();
const runs = Number(arg('--runs', '11'));
const plan = 'plans/phu-trung-2026-2030.yaml';
const data = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const period = ['--period', 'Quý III/2026'];
const out = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-report-'));
const cases = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'] },
  { name: 'cchc validate', args: ['bin/cchc.js', 'validate', plan], goal: 2.0 },
  {
    name: 'cchc check --format json',
    args: ['bin/cchc.js', 'check', plan, '--data', data, ...period, '--format', 'json'],
    goal: 2.3,
  },
  {
    name: 'cchc check (table)',
    args: ['bin/cchc.js', 'check', plan, '--data', data, ...period, '--no-color'],
    goal: 2.5,
  },
  {
    name: 'cchc report (xlsx)',
    args: ['bin/cchc.js', 'report', plan, '--data', data, ...period, '--output', path.join(out, 'r.xlsx')],
    goal: 5.0,
  },
];

console.log(machineLine());
const got = alternate(cases, runs);
const floor = got[0].ms;
console.log(`${runs} runs each, median wall time; ratio = median / median of the floor in this run\n`);
console.log('| command | ratio | goal | | median | min | peak RSS |');
console.log('|---|---:|---:|---|---:|---:|---:|');
for (const [k, c] of cases.entries()) {
  const g = got[k];
  const ratio = g.ms / floor;
  const goal = c.goal ? `≤ ${c.goal.toFixed(1)}×` : '';
  const met = c.goal ? verdict(ratio <= c.goal) : 'floor';
  console.log(
    `| ${c.name} | ${fmtRatio(ratio)} | ${goal} | ${met} | ${fmtMs(g.ms)} | ${fmtMs(g.min)} | ${fmtMB(g.peakMB)} |`,
  );
}
console.log(`\n${machineLine('after the runs')}`);
rmSync(out, { recursive: true, force: true });
