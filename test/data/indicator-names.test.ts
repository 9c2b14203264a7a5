import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readData } from '../../src/data/read-data.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Observation } from '../../src/model/observation.js';
import type { Plan } from '../../src/model/plan.js';
import { loadPlanFile } from '../../src/plan/load-plan.js';

/**
 * Hand-made returns that name their indicators (fixtures/returns/names/: CSVs typed with BOM, ';' and CRLF;
 * workbooks written by python3-openpyxl, scripts/fixtures/indicator-names.py), read against the shipped
 * Phú Trung plan: names matched after folding, code and name checked against each other, confusable
 * families refused whatever the code says.
 */
const root = path.resolve(import.meta.dirname, '../..');
const DIR = 'fixtures/returns/names';
let plan: Plan;

beforeAll(async () => {
  const r = await loadPlanFile('plans/phu-trung-2026-2030.yaml', root);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  plan = r.plan!;
});

const read = (file: string) => readData([`${DIR}/${file}`], plan, { cwd: root, convention: 'cchc' });
/** What a golden pins: the verdict on each row (observation or diagnostic), in both languages. */
const golden = (obs: Observation[], diags: Diagnostic[]) =>
  `${JSON.stringify(
    {
      observations: obs.map((o) => ({
        at: `${o.source.sheet ? `${o.source.sheet}!` : ''}${o.source.col}${o.source.row}`,
        indicator: o.indicator,
        period: o.period.id,
        value: o.assessment ?? o.value,
      })),
      diagnostics: diags,
    },
    null,
    2,
  )}\n`;

const brief = (d: Diagnostic) => [
  d.code,
  d.severity,
  `${d.location?.sheet ?? ''}${d.location?.col}${d.location?.row}`,
];

describe('indicators by name: golden verdicts', () => {
  it.each([
    'ten-khong-ma.csv',
    'ma-va-ten-sai.csv',
    'ho-so-thu-tuc.csv',
    'chi-tieu-ma-hoac-ten.csv',
    'toan-trinh-nop-truc-tuyen.xlsx',
    'diem-ty-le.xlsx',
  ])('%s', async (file) => {
    const r = await read(file);
    await expect(golden(r.observations, r.diagnostics)).toMatchFileSnapshot(`golden/names/${file}.json`);
  });
});

describe('indicators by name: the rules', () => {
  it('names without codes: matched on name or alias after folding; none → error with the nearest, never a guess', async () => {
    const r = await read('ten-khong-ma.csv');
    expect(r.observations.map((o) => [o.indicator, o.source.row])).toEqual([
      ['dvc-truc-tuyen-toan-trinh', 6], // the plan's name as written
      ['ket-qua-dien-tu', 7], // lower case, "TTHC" spelled short
      ['thanh-toan-truc-tuyen', 8], // the seed's longer wording: an alias in the plan
      ['tai-su-dung-du-lieu', 9], // "Tỉ lệ" for "Tỷ lệ"
      ['quan-tri-du-lieu', 13],
      ['to-chuc-bo-may', 14], // upper case
    ]);
    expect(r.diagnostics.map(brief)).toEqual([
      ['data-unknown-indicator-name', 'error', 'B10'],
      ['data-unknown-indicator-name', 'error', 'B11'],
    ]);
    // A shortened name is not taken for the indicator it resembles: the nearest is offered, code and name.
    expect(r.diagnostics[1]!.message.vi).toContain(
      'Gần nhất: "thanh-toan-truc-tuyen" (Tỷ lệ thanh toán trực tuyến',
    );
  });

  it('the toàn trình trap: "nộp trực tuyến" figures under the toàn trình code are refused, not judged Đạt', async () => {
    const r = await read('toan-trinh-nop-truc-tuyen.xlsx');
    expect(r.observations.map((o) => [o.indicator, o.period.id, o.value])).toEqual([
      ['dvc-truc-tuyen-toan-trinh', '2026-Q3', 72],
      ['thanh-toan-truc-tuyen', '2026-Q3', 48.6],
    ]);
    expect(r.diagnostics.map(brief)).toEqual([
      ['data-confusable-indicator', 'error', 'Phụ lụcC5'],
      ['data-confusable-indicator', 'error', 'Phụ lụcC6'],
    ]);
    const [trap, partly] = r.diagnostics;
    expect(trap!.message.vi).toContain('"nộp trực tuyến" và "hồ sơ"');
    expect(trap!.message.vi).toContain('"toàn trình" và "thủ tục"');
    expect(trap!.message.en).toContain('"submitted online" and "dossiers"');
    expect(partly!.message.en).toContain('"partly online"');
  });

  it('hồ sơ / thủ tục: a dossier rate under a procedure-rate code is refused', async () => {
    const r = await read('ho-so-thu-tuc.csv');
    expect(r.observations.map((o) => [o.period.id, o.value])).toEqual([['2026-Q2', 78.85]]);
    expect(r.diagnostics.map(brief)).toEqual([
      ['data-confusable-indicator', 'error', 'B2'],
      ['data-confusable-indicator', 'error', 'B4'],
    ]);
    expect(r.diagnostics[0]!.message.en).toContain('says "dossiers"');
  });

  it('điểm / tỷ lệ: 766 points under a rate indicator are refused, by code or by name', async () => {
    const r = await read('diem-ty-le.xlsx');
    expect(r.observations.map((o) => [o.indicator, o.period.id, o.value])).toEqual([
      ['thanh-toan-truc-tuyen', '2026-Q2', 81.2],
      ['ket-qua-dien-tu', '2026-Q1', 96.4],
      ['thu-hang-cchc', '2025', 12],
    ]);
    expect(r.diagnostics.map(brief)).toEqual([
      ['data-confusable-indicator', 'error', 'Chỉ số 766B3'],
      ['data-confusable-indicator', 'error', 'Chỉ số 766B4'],
      ['data-unknown-indicator-name', 'error', 'Theo tênB4'],
    ]);
    // The points name is no candidate for the rate it looks like.
    expect(r.diagnostics[2]!.message.vi).not.toContain('thanh-toan-truc-tuyen');
  });

  it('code and name: another indicator’s name is an error naming both; a name that fits none is a warning, once per file', async () => {
    const r = await read('ma-va-ten-sai.csv');
    expect(r.observations.map((o) => [o.indicator, o.period.id])).toEqual([
      ['dvc-truc-tuyen-toan-trinh', '2026-Q1'],
      ['hai-long-tthc', '2026-Q1'],
      ['hai-long-tthc', '2026-Q2'],
    ]);
    expect(r.diagnostics.map(brief)).toEqual([
      ['data-indicator-name-mismatch', 'error', 'B3'],
      ['data-indicator-name-mismatch', 'error', 'B4'],
      ['data-indicator-name-unmatched', 'warning', 'B5'],
    ]);
    expect(r.diagnostics[0]!.message.vi).toContain('"ket-qua-dien-tu"');
    expect(r.diagnostics[0]!.message.vi).toContain('"thanh-toan-truc-tuyen"');
    expect(r.diagnostics[2]!.message.en).toContain('(and 1 more row in the same file)');
  });

  it('a lone "Chỉ tiêu" column: a plan code is a code, other text a name; a code-shaped stranger is an unknown code', async () => {
    const r = await read('chi-tieu-ma-hoac-ten.csv');
    expect(r.observations.map((o) => [o.indicator, o.source.row])).toEqual([
      ['dvc-truc-tuyen-toan-trinh', 2],
      ['ket-qua-dien-tu', 3],
      ['thanh-toan-truc-tuyen', 4],
    ]);
    expect(r.diagnostics.map(brief)).toEqual([
      ['data-unknown-indicator', 'error', 'B5'],
      ['data-unknown-indicator-name', 'error', 'B6'],
    ]);
  });
});
