// `cchc rollup` against the data reader alone (readData of the same file: the floor), taking turns.
// Goals (issue 12): the province shape (95 communes × 30 indicators × 19 periods = 54,150 rows) rolls up in
// under 2× the reader's own time; the national shape (3,321 communes, 2.5 M rows) in under 1 GB peak and in
// time linear in rows (rows/s printed at 1 M and 2.5 M). Run after `npm run build`:
//   node bench/rollup.js [--runs 5] [--national 1000000,2500000] [--quick]   (--quick: the province file only)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nationalCsv, planFile, provinceCsv, readerPlan } from './gen.js';
import {
  alternate,
  arg,
  flag,
  fmtMB,
  fmtMs,
  fmtRatio,
  machineLine,
  requireBuild,
  root,
  runNode,
  verdict,
} from './lib.js';

/** Child: readData alone over the file, every row kept (what rollup must read anyway). */
async function floor(file) {
  const { readData } = await import(pathToFileURL(path.join(root, 'dist/data/read-data.js')).href);
  const r = await readData([file], readerPlan(), { cwd: root, convention: 'cchc' });
  if (r.observations.length === 0) process.exit(3);
}

async function main() {
  requireBuild();
  const runs = Number(arg('--runs', '5'));
  const plan = planFile();
  const out = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-rollup-'));
  const me = new URL(import.meta.url).pathname;
  const rollup = (file) => [
    'bin/cchc.js',
    'rollup',
    plan,
    '--data',
    file,
    '--period',
    'Quý III/2026',
    '--format',
    'json',
    '--output',
    path.join(out, 'r.json'),
  ];
  console.log(machineLine());
  console.log('| data | run | time | ratio to reader | goal | | rows/s | peak RSS |');
  console.log('|---|---|---:|---:|---:|---|---:|---:|');
  const province = await provinceCsv();
  const [f, r] = alternate([{ args: [me, '--floor', province] }, { args: rollup(province) }], runs);
  const ratio = r.ms / f.ms;
  console.log(
    `| 95 × 30 × 19 (54,150 rows) | readData (floor) | ${fmtMs(f.ms)} | 1.00× | | | | ${fmtMB(f.peakMB)} |`,
  );
  console.log(
    `| | rollup --format json | ${fmtMs(r.ms)} | ${fmtRatio(ratio)} | < 2× | ${verdict(ratio < 2)} | ${Math.round((54150 / r.ms) * 1000).toLocaleString('en-US')} | ${fmtMB(r.peakMB)} |`,
  );
  if (!flag('--quick')) {
    for (const rows of arg('--national', '1000000,2500000').split(',').map(Number)) {
      const file = await nationalCsv(rows);
      const fl = runNode([me, '--floor', file]);
      const ru = runNode(rollup(file));
      const label = `3,321 units, ${rows.toLocaleString('en-US')} rows`;
      console.log(
        `| ${label} | readData (floor) | ${fmtMs(fl.ms)} | 1.00× | | | ${Math.round((rows / fl.ms) * 1000).toLocaleString('en-US')} | ${fmtMB(fl.peakMB)} |`,
      );
      console.log(
        `| | rollup --format json | ${fmtMs(ru.ms)} | ${fmtRatio(ru.ms / fl.ms)} | < 1 GB | ${verdict(ru.peakMB < 1024)} | ${Math.round((rows / ru.ms) * 1000).toLocaleString('en-US')} | ${fmtMB(ru.peakMB)} |`,
      );
    }
  }
  rmSync(out, { recursive: true, force: true });
}

if (process.argv[2] === '--floor') await floor(process.argv[3]);
else await main();
