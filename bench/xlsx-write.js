// Excel writing (issue 13): the shipped 95-commune Đồng Nai example (plans/dong-nai-cap-xa-2026-2030.yaml with
// fixtures/example/dong-nai-95-xa-gia-lap.csv) and the Phú Trung report, measured per written row against exceljs writing the same
// number of plain rows and columns (no styles, no letterhead) in its own process — the floor. Taking turns,
// `--runs` rounds (default 3), medians. Run after `npm run build`:
//   node bench/xlsx-write.js [--runs 3]
// Rows are counted by reading every written workbook back, so "per written row" is what the files hold; the floor
// writes as many workbooks (95 for --split) with as many rows and columns in all.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alternate, arg, fmtMB, fmtMs, fmtRatio, machineLine, requireBuild, root } from './lib.js';

/** Child: exceljs writing `rows` × `cols` plain cells (text and numbers alternating) into `files` workbooks. */
async function floor(rows, cols, files, file) {
  if (!(files > 0) || !file) throw new Error('floor: rows, columns, files and an output path are needed');
  const ExcelJS = (await import('exceljs')).default;
  for (let f = 0; f < files; f++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (let r = 0; r < Math.ceil(rows / files); r++) {
      const values = [];
      for (let c = 0; c < cols; c++) values.push(c % 2 ? r * c : `Ô ${r}-${c}`);
      ws.addRow(values);
    }
    await wb.xlsx.writeFile(`${file}-${f}.xlsx`);
  }
}

/** Rows and columns used across the workbooks of a folder (read back with exceljs). */
async function written(dir) {
  const ExcelJS = (await import('exceljs')).default;
  let rows = 0;
  let cells = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.xlsx'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, f));
    wb.eachSheet((ws) => {
      rows += ws.rowCount;
      ws.eachRow((row) => {
        cells += row.cellCount;
      });
    });
  }
  const files = readdirSync(dir).filter((n) => n.endsWith('.xlsx')).length;
  return { rows, files, cols: rows ? Math.max(1, Math.round(cells / rows)) : 1 };
}

async function main() {
  requireBuild();
  const runs = Number(arg('--runs', '3'));
  const plan = path.join(root, 'plans/dong-nai-cap-xa-2026-2030.yaml');
  const province = path.join(root, 'fixtures/example/dong-nai-95-xa-gia-lap.csv');
  const out = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-xlsx-'));
  const dir = (name) => path.join(out, name);
  const cchc = (...more) => [
    'bin/cchc.js',
    'rollup',
    plan,
    '--data',
    province,
    '--period',
    'Quý III/2026',
    ...more,
  ];
  const cases = [
    {
      label: 'rollup --format xlsx (one workbook)',
      args: cchc('--format', 'xlsx', '-o', dir('one/tong-hop.xlsx')),
      folder: 'one',
    },
    {
      label: 'rollup --split (95 workbooks)',
      args: cchc('--split', dir('split'), '--format', 'json', '-o', dir('r.json')),
      folder: 'split',
    },
    {
      label: 'report, shipped example',
      args: [
        'bin/cchc.js',
        'report',
        path.join(root, 'plans/phu-trung-2026-2030.yaml'),
        '--data',
        path.join(root, 'fixtures/example/phu-trung-2026-gia-lap.csv'),
        '--period',
        'Quý III/2026',
        '-o',
        dir('report/bao-cao.xlsx'),
      ],
      folder: 'report',
    },
  ];
  for (const c of cases) rmSync(dir(c.folder), { recursive: true, force: true });
  // One run each first, so the written rows are known for the floor.
  const { spawnSync } = await import('node:child_process');
  const { mkdirSync } = await import('node:fs');
  for (const c of cases) {
    mkdirSync(dir(c.folder), { recursive: true });
    const r = spawnSync(process.execPath, c.args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${c.label}: ${String(r.stderr).slice(0, 800)}`);
    c.size = await written(dir(c.folder));
  }
  console.log(machineLine());
  console.log(
    `Each cchc run against exceljs writing as many plain rows × columns (the floor), ${runs} rounds taking turns, medians.\n`,
  );
  console.log(
    '| workbook | written rows | floor (exceljs, plain) | cchc | ratio to floor | per written row | peak RSS |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const me = new URL(import.meta.url).pathname;
  for (const c of cases) {
    const floorArgs = [
      me,
      '--floor',
      String(c.size.rows),
      String(c.size.cols),
      String(c.size.files),
      dir('floor'),
    ];
    const [f, r] = alternate([{ args: floorArgs }, { args: c.args }], runs);
    const perRow = (r.ms * 1000) / c.size.rows;
    console.log(
      `| ${c.label} | ${c.size.files} | ${c.size.rows.toLocaleString('en-US')} × ${c.size.cols} | ${fmtMs(f.ms)} | ${fmtMs(r.ms)} | ${fmtRatio(r.ms / f.ms)} | ${perRow.toFixed(0)} µs | ${fmtMB(r.peakMB)} |`,
    );
  }
  console.log(`\n${machineLine('after the runs')}`);
  rmSync(out, { recursive: true, force: true });
}

if (process.argv[2] === '--floor')
  await floor(Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5]), process.argv[6]);
else await main();
