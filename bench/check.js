// `cchc check` of national-scale files, whole process, against papaparse streaming the same file (the floor),
// floor and check taking turns. Goals (issue 13): every unit of the 2.5 M-row file ≤ 3× the floor and under
// 1 GB peak; rows/s and memory flat from 1 M to 2.5 M rows (growth printed at 100k / 1 M / 2.5 M); the table
// and Markdown views work at that scale. Run after `npm run build`:
//   node bench/check.js [--rows 100000,1000000,2500000] [--formats]    (--quick: 100k only)
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { nationalCsv, planFile, UNIT } from './gen.js';
import { arg, flag, fmtMB, fmtMs, fmtRatio, machineLine, requireBuild, runNode, verdict } from './lib.js';

/** Child: papaparse alone streaming the file (UTF-8 decoded as a stream, as the reader does). */
async function floor(file) {
  const Papa = (await import('papaparse')).default;
  const decoder = new TextDecoder('utf-8');
  const text = Readable.from(
    (async function* () {
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
        yield decoder.decode(chunk, { stream: true });
    })(),
    { objectMode: true },
  );
  let n = 0;
  await new Promise((resolve, reject) =>
    Papa.parse(text, {
      delimiter: ',',
      chunk: (r) => (n += r.data.length),
      complete: resolve,
      error: reject,
    }),
  );
  if (n === 0) process.exit(3);
}

async function main() {
  requireBuild();
  const sizes = flag('--quick') ? [100000] : arg('--rows', '100000,1000000,2500000').split(',').map(Number);
  const plan = planFile();
  const out = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-check-'));
  const me = new URL(import.meta.url).pathname;
  const check = (file, ...more) => [
    'bin/cchc.js',
    'check',
    plan,
    '--data',
    file,
    '--period',
    'Quý III/2026',
    ...more,
  ];
  console.log(machineLine());
  console.log('Every run once, floor before and after the cchc run (ratio to their mean).\n');
  console.log(
    '| rows | run | ratio to floor, CPU time (wall) | goal | | CPU time | wall | rows/s | peak RSS |',
  );
  console.log('|---:|---|---:|---:|---|---:|---:|---:|---:|');
  const last = sizes.at(-1);
  for (const rows of sizes) {
    const file = await nationalCsv(rows);
    const mb = (statSync(file).size / 2 ** 20).toFixed(0);
    const runs = [
      [
        'every unit, --format json --output',
        check(file, '--format', 'json', '--output', path.join(out, 'r.json')),
      ],
    ];
    if (rows === last || flag('--formats')) {
      runs.push(['every unit, JSON to a pipe', check(file, '--format', 'json')]);
      runs.push(['every unit, table', check(file, '--no-color', '--output', path.join(out, 'r.txt'))]);
      runs.push([
        'every unit, Markdown',
        check(file, '--format', 'markdown', '--output', path.join(out, 'r.md')),
      ]);
      runs.push([`--unit '${UNIT}', JSON`, check(file, '--unit', UNIT, '--format', 'json')]);
    }
    const f0 = runNode([me, '--floor', file]);
    console.log(
      `| ${rows.toLocaleString('en-US')} | papaparse streaming ${mb} MB (floor) | 1.00× | | | ${fmtMs(f0.cpuMs)} | ${fmtMs(f0.ms)} | ${Math.round((rows / f0.ms) * 1000).toLocaleString('en-US')} | ${fmtMB(f0.peakMB)} |`,
    );
    let prev = f0;
    for (const [label, args] of runs) {
      const r = runNode(args, { nodeFlags: ['--max-old-space-size=4096'] });
      const f = runNode([me, '--floor', file]);
      // CPU time (user + system) is the ratio that holds on a shared machine; wall time follows the load.
      const ratio = r.cpuMs / ((prev.cpuMs + f.cpuMs) / 2);
      const wallRatio = r.ms / ((prev.ms + f.ms) / 2);
      prev = f;
      const main = rows === 2500000 && label.startsWith('every unit, --format json');
      const goal = main ? '≤ 3× and < 1 GB' : '';
      const met = main ? verdict(ratio <= 3 && r.peakMB < 1024) : '';
      const rate = Math.round((rows / r.ms) * 1000).toLocaleString('en-US');
      console.log(
        `| ${rows.toLocaleString('en-US')} | ${label} | ${fmtRatio(ratio)} (${fmtRatio(wallRatio)}) | ${goal} | ${met} | ${fmtMs(r.cpuMs)} | ${fmtMs(r.ms)} | ${rate} | ${fmtMB(r.peakMB)} |`,
      );
    }
  }
  console.log(`\n${machineLine('after the runs')}`);
  rmSync(out, { recursive: true, force: true });
}

if (process.argv[2] === '--floor') await floor(process.argv[3]);
else await main();
