// Throughput and peak memory of the data reader, against the parsers alone as the floor.
// Run after `npm run build`:  node bench/data.js [--national-rows 2500000] [--skip-national] [--skip-xlsx]
// Files are generated into bench/out/ (gitignored) on first use: a province-wide file (95 communes ×
// 30 indicators × 19 periods = 54 150 rows) as long CSV and XLSX, and a national-scale long CSV.
// Each measurement runs in its own child process so that peak RSS belongs to that measurement alone.
// readData is measured twice: every row, and with a unit filter keeping one commune (`check --unit`).
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench/out');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const flag = (name) => process.argv.includes(name);

const INDICATORS = Array.from({ length: 30 }, (_, i) => `chi-tieu-${String(i + 1).padStart(2, '0')}`);
const QUARTERS = ['I', 'II', 'III', 'IV'];
// 40 distinct period labels, as people write them: quarters of 2026-2030, months of 2026, halves, years.
const PERIODS = [
  ...[2026, 2027, 2028, 2029, 2030].flatMap((y) => QUARTERS.map((q) => `Quý ${q}/${y}`)),
  ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}/2026`),
  ...[2026, 2027, 2028, 2029].map((y) => `6 tháng đầu năm ${y}`),
  ...[2026, 2027, 2028, 2029].map((y) => `Năm ${y}`),
];
/** The commune kept by the `--unit` measurement. */
const UNIT = 'Xã 0001';
const HEADER = ['Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị', 'Tử số', 'Mẫu số', 'Đơn vị'];

/** Deterministic figures: same files on every machine. */
function* rows(communes, periods, limit = Number.POSITIVE_INFINITY) {
  let seed = 12345;
  let n = 0;
  for (let p = 0; p < periods; p++)
    for (let c = 0; c < communes; c++)
      for (const code of INDICATORS) {
        if (n++ >= limit) return;
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const den = 50 + (seed % 950);
        const num = Math.floor((den * ((seed >> 8) % 1000)) / 1000);
        const rate = Math.round((num / den) * 1000) / 10;
        yield [code, PERIODS[p], rate, num, den, `Xã ${String(c + 1).padStart(4, '0')}`];
      }
}

async function writeCsv(file, communes, periods, limit) {
  const ws = createWriteStream(file);
  const lines = (function* () {
    yield `\ufeff${HEADER.join(',')}\r\n`;
    let buf = '';
    let k = 0;
    for (const [code, period, rate, num, den, unit] of rows(communes, periods, limit)) {
      buf += `${code},${period},"${String(rate).replace('.', ',')}%",${num},${den},${unit}\r\n`;
      if (++k % 5000 === 0) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  })();
  await new Promise((resolve, reject) =>
    Readable.from(lines).pipe(ws).on('finish', resolve).on('error', reject),
  );
}

async function writeXlsx(file, communes, periods) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['BÁO CÁO KẾT QUẢ CCHC TOÀN TỈNH']).commit();
  ws.addRow(HEADER).commit();
  for (const [code, period, rate, num, den, unit] of rows(communes, periods)) {
    const r = ws.addRow([code, period, rate / 100, num, den, unit]);
    r.getCell(3).numFmt = '0.0%';
    r.commit();
  }
  ws.commit();
  await wb.commit();
}

function plan() {
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'bench',
    issuer: { name: 'bench' },
    basis: [],
    revision: { number: 1 },
    period: { start: '2026-01-01', end: '2030-12-31' },
    reporting: { convention: 'cchc', timezone: 'Asia/Ho_Chi_Minh' },
    units: [],
    phases: [],
    areas: [],
    indicators: INDICATORS.map((code) => ({ code, name: code, kind: 'percentage', unit: '%' })),
    targets: [],
    tasks: [],
    positions: {},
  };
}

/** Child process: one measurement. Prints a JSON line. */
async function measure(kind, file) {
  const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
  globalThis.gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
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
  // What the result keeps alive: peak RSS depends on when the collector ran, the heap after a full GC does not.
  globalThis.gc();
  const retainedMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  console.log(
    JSON.stringify({
      rows: count,
      kept: result?.observations.length,
      ms,
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
  mkdirSync(out, { recursive: true });
  const nationalRows = Number(arg('--national-rows', '2500000'));
  const files = [];
  const province = path.join(out, 'province-95x30x19.csv');
  if (!existsSync(province)) await writeCsv(province, 95, 19);
  files.push(['province CSV', province, 'csv']);
  if (!flag('--skip-xlsx')) {
    const x = path.join(out, 'province-95x30x19.xlsx');
    if (!existsSync(x)) await writeXlsx(x, 95, 19);
    files.push(['province XLSX', x, 'xlsx']);
  }
  if (!flag('--skip-national')) {
    const n = path.join(out, `national-${nationalRows}.csv`);
    if (!existsSync(n)) await writeCsv(n, 3321, PERIODS.length, nationalRows);
    files.push([`national CSV`, n, 'csv']);
  }
  console.log('| file | size | rows | step | time | rows/s | peak RSS | heap kept |');
  console.log('|---|---:|---:|---|---:|---:|---:|---:|');
  for (const [label, file, format] of files) {
    const size = `${(statSync(file).size / 2 ** 20).toFixed(1)} MB`;
    for (const [step, kind] of [
      [`${format === 'csv' ? 'papaparse' : 'exceljs reader'} alone (floor)`, `${format}-floor`],
      ['readData', 'read'],
      [`readData, units: ['${UNIT}']`, 'read-unit'],
    ]) {
      const m = run(kind, file);
      const rate = Math.round((m.rows / m.ms) * 1000).toLocaleString('en-US');
      const what = m.kept === undefined ? step : `${step} → ${m.kept.toLocaleString('en-US')} observations`;
      console.log(
        `| ${label} | ${size} | ${m.rows.toLocaleString('en-US')} | ${what} | ${(m.ms / 1000).toFixed(2)} s | ${rate} | ${Math.round(m.maxRssMB)} MB | ${kept(m)} |`,
      );
    }
  }
}

if (process.argv[2] === '--measure') await measure(process.argv[3], process.argv[4]);
else await main();
