// Deterministic benchmark inputs, generated on first use under the OS temp folder (never in the repository):
// a province-wide file (95 communes × 30 indicators × 19 periods = 54,150 rows) as long CSV and XLSX, and
// national-scale long CSVs (3,321 communes) cut at 100k / 1M / 2.5M rows, with a plan of 30 targets and
// 3 recurring tasks over their indicators. Set CCHC_BENCH_DIR to put them elsewhere.
import { createWriteStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

export const benchDir = process.env.CCHC_BENCH_DIR ?? path.join(os.tmpdir(), 'cchc-bench');
export const INDICATORS = Array.from({ length: 30 }, (_, i) => `chi-tieu-${String(i + 1).padStart(2, '0')}`);
const QUARTERS = ['I', 'II', 'III', 'IV'];
// 40 distinct period labels, as people write them: quarters of 2026-2030, months of 2026, halves, years.
export const PERIODS = [
  ...[2026, 2027, 2028, 2029, 2030].flatMap((y) => QUARTERS.map((q) => `Quý ${q}/${y}`)),
  ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}/2026`),
  ...[2026, 2027, 2028, 2029].map((y) => `6 tháng đầu năm ${y}`),
  ...[2026, 2027, 2028, 2029].map((y) => `Năm ${y}`),
];
/** The commune kept by the `--unit` measurements. */
export const UNIT = 'Xã 0001';
export const NATIONAL_COMMUNES = 3321;
const HEADER = ['Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị', 'Tử số', 'Mẫu số', 'Đơn vị'];

/** Deterministic figures: same files on every machine. */
export function* rows(communes, periods, limit = Number.POSITIVE_INFINITY) {
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

/** Written to a temp name and renamed: an interrupted run never leaves a truncated input behind. */
async function once(file, write) {
  if (existsSync(file)) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await write(tmp);
  renameSync(tmp, file);
  return file;
}

export function csvFile(name, communes, periods, limit) {
  return once(path.join(benchDir, name), async (file) => {
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
  });
}

export function xlsxFile(name, communes, periods) {
  return once(path.join(benchDir, name), async (file) => {
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
  });
}

export const provinceCsv = () => csvFile('province-95x30x19.csv', 95, 19);
export const provinceXlsx = () => xlsxFile('province-95x30x19.xlsx', 95, 19);
export const nationalCsv = (rows) => csvFile(`national-${rows}.csv`, NATIONAL_COMMUNES, PERIODS.length, rows);

/** The plan object readData needs (indicators only). */
export function readerPlan() {
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
    // Every commune the files name is a declared reporting unit: rows of an undeclared unit are refused.
    reportingUnits: { groups: [], list: communeUnits() },
    phases: [],
    areas: [],
    indicators: INDICATORS.map((code) => ({ code, name: code, kind: 'percentage', unit: '%' })),
    targets: [],
    tasks: [],
    positions: {},
  };
}

/** The communes of the generated files ("Xã 0001" … "Xã 3321") as reporting units. */
export function communeUnits() {
  return Array.from({ length: NATIONAL_COMMUNES }, (_, c) => {
    const n = String(c + 1).padStart(4, '0');
    return { id: `xa-${n}`, name: `Xã ${n}` };
  });
}

/** A plan file `cchc check` accepts: 30 targets (≥ 60% … 95% by 2030) over the bench indicators, 3 tasks. */
export function planFile() {
  const file = path.join(benchDir, 'bench-plan.yaml');
  const y = [
    'schemaVersion: 2',
    'id: bench',
    'title: Kế hoạch đo hiệu năng',
    'issuer:',
    '  name: Ủy ban nhân dân tỉnh Thử',
    'period:',
    '  start: 2026-01-01',
    '  end: 2030-12-31',
    'reporting:',
    '  convention: cchc',
    'units:',
    '  - id: vp',
    '    name: Văn phòng',
    // The communes the data files name, declared as reporting units (a units file beside the plan).
    'reportingUnits:',
    '  file: bench-units.yaml',
    'phases:',
    '  - id: gd',
    '    name: Giai đoạn 2026 - 2030',
    '    start: 2026-01-01',
    '    end: 2030-12-31',
    'areas:',
    '  - id: chung',
    '    code: II.1',
    '    name: Lĩnh vực chung',
    '    lead: vp',
    'indicators:',
    ...INDICATORS.flatMap((code) => [
      `  - code: ${code}`,
      `    name: Chỉ tiêu ${code}`,
      '    kind: percentage',
    ]),
    'targets:',
    ...INDICATORS.flatMap((code, i) => [
      `  - id: ${code}`,
      `    title: Chỉ tiêu ${code} đạt ${60 + i}%`,
      `    indicator: ${code}`,
      '    comparator: ">="',
      `    value: ${60 + i}`,
      '    deadline: 2030-12-31',
      '    area: chung',
      '    owner: vp',
    ]),
    'tasks:',
    ...[1, 2, 3].flatMap((k) => [
      `  - id: nv-${k}`,
      `    content: Nhiệm vụ thường xuyên ${k}`,
      '    area: chung',
      '    owner: vp',
      '    deadline: Thường xuyên',
    ]),
  ];
  mkdirSync(benchDir, { recursive: true });
  const units = communeUnits().map((u) => `- { id: ${u.id}, name: "${u.name}" }`);
  writeFileSync(path.join(benchDir, 'bench-units.yaml'), `${units.join('\n')}\n`);
  writeFileSync(file, `${y.join('\n')}\n`);
  return file;
}
