// The reporting-unit filter (`units`, what `check --unit` passes down): rows of other units are counted and
// dropped after their unit cell, so their errors are not reported; kept rows are read exactly as without it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildRunReport } from '../../src/check/build-report.js';
import type { CliIo } from '../../src/cli/io.js';
import { readData } from '../../src/data/read-data.js';
import { CchcError } from '../../src/errors.js';
import { unitsPlan } from './test-plan.js';

const HEADER = [
  'Đơn vị',
  'Mã chỉ tiêu',
  'Mã nhiệm vụ',
  'Kỳ báo cáo',
  'Giá trị',
  'Tử số',
  'Mẫu số',
  'Tình trạng',
];
const PT = 'Xã Phú Trung';
const PL = 'Xã Phú Lý';
/** Decomposed (macOS/Word) and lower-case: folds like PT, and must be normalised before it is compared. */
const PT_NFD = 'xã phú trung'.normalize('NFD');
/** The ids the plan declares for them: what observations carry as their unit. */
const PT_ID = 'xa-phu-trung';
const PL_ID = 'xa-phu-ly';

/** 36 rows of PL before the rows under test: with pad ≥ 30 those are read after the header is found. */
function padding(pad: number): string[][] {
  const codes = ['ket-qua-dien-tu', 'thanh-toan-truc-tuyen', 'dvc-truc-tuyen-toan-trinh'];
  return Array.from({ length: pad }, (_, i) => [
    PL,
    codes[Math.floor(i / 12) % 3]!,
    '',
    `Tháng ${(i % 12) + 1}/2026`,
    '90%',
  ]);
}

/** Rows under test; header is row 1, padding rows 2…pad+1, so row "a" is pad+2. */
const ROWS = [
  [PT, 'ket-qua-dien-tu', '', 'Quý I/2026', '100%'], // a: kept
  [PL, 'ket-qua-dien-tu', '', 'Quý I/2026', 'abc'], // b: bad value, in PL
  [PL, 'khong-co-ma', '', 'Quý I/2026', '90%'], // c: unknown indicator, in PL
  [PT_NFD, 'thanh-toan-truc-tuyen', '', 'Quý I/2026', '', '486', '1000'], // d: kept as PT
  [PT, 'ket-qua-dien-tu', '', 'Quý II/2026', '120%'], // e: out of range, in PT
  ['', 'ket-qua-dien-tu', '', 'Quý II/2026', '90%'], // f: no unit: kept
  [PL, '', 'the-che-1', 'Quý I/2026', '', '', '', 'Xong rồi'], // g: bad status, in PL
  [PT, '', 'the-che-1', 'Quý I/2026', '', '', '', 'Hoàn thành'], // h: kept
];

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function files(pad: number): Promise<{ dir: string; csv: string; xlsx: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-units-'));
  const rows = [HEADER, ...padding(pad), ...ROWS];
  await writeFile(path.join(dir, 'units.csv'), `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path.join(dir, 'units.xlsx'));
  return { dir, csv: 'units.csv', xlsx: 'units.xlsx' };
}

const ALL_ERRORS = (pad: number) => [
  ['data-bad-value', pad + 3],
  ['data-unknown-indicator', pad + 4],
  ['data-out-of-range', pad + 6],
  ['data-bad-status', pad + 8],
];

describe('readData with a reporting-unit filter', () => {
  it.each([
    // name, filter, observations [indicator, unit, value, row], progress rows, errors, rows dropped
    [
      'no filter',
      undefined,
      [
        ['a', PT_ID],
        ['d', PT_ID],
        ['f', undefined],
      ],
      [PT_ID],
      'all',
      0,
    ],
    [
      'one unit',
      [PT_ID],
      [
        ['a', PT_ID],
        ['d', PT_ID],
        ['f', undefined],
      ],
      [PT_ID],
      'kept',
      3,
    ],
    [
      'folded spelling',
      ['XA PHU TRUNG'],
      [
        ['a', PT_ID],
        ['d', PT_ID],
        ['f', undefined],
      ],
      [PT_ID],
      'kept',
      3,
    ],
    [
      'both units',
      [PL, PT],
      [
        ['a', PT_ID],
        ['d', PT_ID],
        ['f', undefined],
      ],
      [PT_ID],
      'all',
      0,
    ],
    ['a unit not in the data', ['Xã Không Có'], [['f', undefined]], [], 'none', 7],
    ['an empty filter', [], [['f', undefined]], [], 'none', 7],
  ] as const)('%s', async (_name, units, obs, progress, errors, dropped) => {
    for (const pad of [0, 36]) {
      const f = await files(pad);
      for (const input of [f.csv, f.xlsx]) {
        const r = await readData([input], unitsPlan, {
          cwd: f.dir,
          convention: 'cchc',
          ...(units ? { units } : {}),
        });
        const rowOf = (tag: string) => pad + 2 + 'abcdefgh'.indexOf(tag);
        // Padding rows belong to PL: read without a filter that keeps PL, dropped otherwise.
        const padKept = units === undefined || (units as readonly string[]).includes(PL);
        expect(r.observations.length - (padKept ? pad : 0)).toBe(obs.length);
        expect(r.observations.slice(padKept ? pad : 0).map((o) => [o.source.row, o.unit])).toEqual(
          obs.map(([tag, unit]) => [rowOf(tag), unit]),
        );
        expect(r.progress.map((p) => p.unit)).toEqual(progress);
        const want = errors === 'all' ? ALL_ERRORS(pad) : errors === 'kept' ? [ALL_ERRORS(pad)[2]] : [];
        expect(r.diagnostics.map((d) => [d.code, d.location?.row])).toEqual(want);
        expect(r.filteredOut).toBe(dropped === 0 ? 0 : dropped + (padKept ? 0 : pad));
        // Every unit met is listed (by id), dropped or not: the caller checks --unit against it.
        expect(r.units).toEqual([PL_ID, PT_ID]);
        expect(r.files[0]!.rows).toBe(pad + ROWS.length);
      }
    }
  });

  it('keeps the values of kept rows as they would be read without a filter', async () => {
    const f = await files(36);
    const all = await readData([f.csv], unitsPlan, { cwd: f.dir, convention: 'cchc' });
    const one = await readData([f.csv], unitsPlan, { cwd: f.dir, convention: 'cchc', units: [PT] });
    expect(one.observations).toEqual(all.observations.filter((o) => o.unit !== PL_ID));
    expect(one.observations.map((o) => o.value)).toEqual([100, 48.6, 90]);
  });
});

describe('check --unit is pushed down to the reader', () => {
  const io = (cwd: string): CliIo => ({
    cwd,
    stdout: () => {},
    stderr: () => {},
    now: new Date('2026-09-20T03:00:00Z'),
    env: {},
    stdoutIsTTY: false,
  });
  const plan = path.resolve(import.meta.dirname, '../../fixtures/check/plan.yaml');

  async function data(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-units-check-'));
    await writeFile(
      path.join(dir, 'so-lieu.csv'),
      [
        'Đơn vị,Mã chỉ tiêu,Kỳ báo cáo,Giá trị',
        'xa-an-phu,hai-long,Quý III/2026,"90%"',
        'xa-binh-an,hai-long,Quý III/2026,"không rõ"',
        '',
      ].join('\r\n'),
    );
    return dir;
  }

  it.each([
    ['xa-an-phu', 'ok'],
    ['xa-binh-an', 'data-invalid'],
    [undefined, 'data-invalid'],
    ['xa-an-phuu', 'usage'],
  ] as const)('--unit %s → %s', async (unit, outcome) => {
    const dir = await data();
    const run = buildRunReport(
      { plan, data: ['so-lieu.csv'], asOf: '2026-09-14', ...(unit ? { unit } : {}) },
      io(dir),
    );
    if (outcome === 'ok') {
      const r = await run;
      expect(r.inputs.map((i) => i.rows)).toEqual([2]);
      expect(r.filters).toEqual({ unit: 'xa-an-phu' });
      return;
    }
    const e = await run.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CchcError);
    expect((e as CchcError).code).toBe(outcome);
    // An unknown unit still gets "did you mean" from the units of the dropped rows.
    if (outcome === 'usage') expect((e as CchcError).message).toContain('xa-an-phu');
  });
});
