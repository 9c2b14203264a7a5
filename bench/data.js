// Throughput and peak memory of the data reader, against the parsers alone as the floor.
// Run after `npm run build`:  node bench/data.js [--national-rows 2500000] [--skip-national] [--skip-xlsx]
// Inputs come from bench/gen.js (generated once under the OS temp folder): a province-wide file (95 communes ×
// 30 indicators × 19 periods = 54 150 rows) as long CSV and XLSX, and a national-scale long CSV.
// Each measurement runs in its own child process so that peak RSS belongs to that measurement alone.
// readData is measured twice: every row, and with a unit filter keeping one commune (`check --unit`).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nationalCsv, provinceCsv, provinceXlsx, readerPlan, UNIT } from './gen.js';
import { machineLine, median } from './lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const flag = (name) => process.argv.includes(name);
const plan = readerPlan;

/** Child process: one measurement. Prints a JSON line. */
async function measure(kind, file) {
  const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
  globalThis.gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let count = 0;
  let result;
  if (kind === 'csv-floor') {
    const Papa = (await import('papaparse')).default;
    const decoder = new TextDecoder('utf-8');
    const text = Readable.from(
      (async function* () {
        for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
          yield decoder.decode(chunk, { stream: true });
      })(),
      { objectMode: true },
    );
    await new Promise((resolve, reject) =>
      Papa.parse(text, {
        delimiter: ',',
        chunk: (r) => (count += r.data.length),
        complete: resolve,
        error: reject,
      }),
    );
  } else if (kind === 'xlsx-floor') {
    const ExcelJS = (await import('exceljs')).default;
    const { preloadWorkbook } = await import(dist('data/xlsx-directory.js'));
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      styles: 'cache',
      worksheets: 'emit',
      hyperlinks: 'ignore',
    });
    await preloadWorkbook(reader, file);
    for await (const ws of reader) for await (const _row of ws) count++;
  } else {
    const { readData } = await import(dist('data/read-data.js'));
    // `read-unit`: what `check --unit` does, keeping one commune of the file.
    const units = kind === 'read-unit' ? { units: [UNIT] } : {};
    const r = await readData([file], plan(), { cwd: root, convention: 'cchc', ...units });
    result = r;
    // Rows below the header, kept or dropped: the rows/s of a filtered read is that of the whole file.
    count = r.files.reduce((n, f) => n + f.rows, 0);
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors) console.error(`${errors} errors, first: ${r.diagnostics[0].message.en}`);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // What the result keeps alive: peak RSS depends on when the collector ran, the heap after a full GC does not.
  globalThis.gc();
  const retainedMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  console.log(
    JSON.stringify({
      rows: count,
      kept: result?.observations.length,
      ms,
      cpuMs,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      retainedMB,
    }),
  );
}

/** Heap the result keeps, and per observation when there are many. */
function kept(m) {
  if (m.kept === undefined) return '—';
  const per = m.kept >= 10000 ? ` (${Math.round((m.retainedMB * 2 ** 20) / m.kept)} B/obs.)` : '';
  return `${Math.round(m.retainedMB)} MB${per}`;
}

function run(kind, file) {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--expose-gc', fileURLToPath(import.meta.url), '--measure', kind, file],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  if (r.stderr) process.stderr.write(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function main() {
  if (!existsSync(path.join(root, 'dist/data/read-data.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(2);
  }
  console.log(machineLine());
  const nationalRows = Number(arg('--national-rows', '2500000'));
  const files = [['province CSV', await provinceCsv(), 'csv']];
  if (!flag('--skip-xlsx')) files.push(['province XLSX', await provinceXlsx(), 'xlsx']);
  if (!flag('--skip-national')) files.push(['national CSV', await nationalCsv(nationalRows), 'csv']);
  console.log(
    '| file | size | rows | step | CPU ratio to floor | wall ratio | time | rows/s | peak RSS | peak / floor | heap kept |',
  );
  console.log('|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  // Floor and reader take turns, `--runs` rounds (default 3), medians reported. The ratio is given in CPU time
  // (user + system of the measured step: robust when other work shares the cores) and in wall time.
  const rounds = Number(arg('--runs', '3'));
  for (const [label, file, format] of files) {
    const size = `${(statSync(file).size / 2 ** 20).toFixed(1)} MB`;
    const steps = [
      [`${format === 'csv' ? 'papaparse' : 'exceljs reader'} alone (floor)`, `${format}-floor`],
      ['readData', 'read'],
      [`readData, units: ['${UNIT}']`, 'read-unit'],
    ];
    const got = steps.map(() => []);
    for (let i = 0; i < rounds; i++)
      for (const [k, [, kind]] of steps.entries()) got[k].push(run(kind, file));
    const med = (list, key) => median(list.map((m) => m[key]));
    const all = got.map((list) => ({
      ...list.at(-1),
      ms: med(list, 'ms'),
      cpuMs: med(list, 'cpuMs'),
      maxRssMB: med(list, 'maxRssMB'),
    }));
    const floor = all[0];
    for (const [k, [step, kind]] of steps.entries()) {
      const m = all[k];
      // XLSX goal (issue 13): readData ≤ 1.5× the bare exceljs reader in time, ≤ 2× its peak memory.
      const goal = format === 'xlsx' && kind === 'read' ? ' (goal ≤ 1.5×)' : '';
      const memGoal = format === 'xlsx' && kind === 'read' ? ' (goal ≤ 2×)' : '';
      const rate = Math.round((m.rows / m.ms) * 1000).toLocaleString('en-US');
      const what = m.kept === undefined ? step : `${step} → ${m.kept.toLocaleString('en-US')} observations`;
      console.log(
        `| ${label} | ${size} | ${m.rows.toLocaleString('en-US')} | ${what} | ${(m.cpuMs / floor.cpuMs).toFixed(2)}×${goal} | ${(m.ms / floor.ms).toFixed(2)}× | ${(m.ms / 1000).toFixed(2)} s | ${rate} | ${Math.round(m.maxRssMB)} MB | ${(m.maxRssMB / floor.maxRssMB).toFixed(2)}×${memGoal} | ${kept(m)} |`,
      );
    }
  }
  console.log(`\n${machineLine('after the runs')}`);
}

if (process.argv[2] === '--measure') await measure(process.argv[3], process.argv[4]);
else await main();
