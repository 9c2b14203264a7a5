import { describe, expect, it } from 'vitest';
import {
  parsePeriod,
  parseSchedule,
  periodContaining,
  periodLabel,
  periodWithWindow,
} from '../../src/periods/index.js';

describe('parsePeriod under the CCHC convention (15th → 14th)', () => {
  it.each([
    ['Quý III/2026', '2026-Q3', '2026-06-15', '2026-09-14'],
    ['Quý 3 năm 2026', '2026-Q3', '2026-06-15', '2026-09-14'],
    ['quý iii năm 2026', '2026-Q3', '2026-06-15', '2026-09-14'],
    ['2026-Q3', '2026-Q3', '2026-06-15', '2026-09-14'],
    ['Q3/2026', '2026-Q3', '2026-06-15', '2026-09-14'],
    ['Quý I/2026', '2026-Q1', '2025-12-15', '2026-03-14'],
    ['Quý IV/2026', '2026-Q4', '2026-09-15', '2026-12-14'],
    ['6 tháng đầu năm 2026', '2026-H1', '2025-12-15', '2026-06-14'],
    ['6 tháng năm 2026', '2026-H1', '2025-12-15', '2026-06-14'],
    ['2026-H1', '2026-H1', '2025-12-15', '2026-06-14'],
    ['6 tháng cuối năm 2026', '2026-H2', '2026-06-15', '2026-12-14'],
    ['9 tháng năm 2026', '2026-9M', '2025-12-15', '2026-09-14'],
    ['9 tháng đầu năm 2026', '2026-9M', '2025-12-15', '2026-09-14'],
    ['Tháng 9/2026', '2026-09', '2026-08-15', '2026-09-14'],
    ['Tháng 1/2026', '2026-01', '2025-12-15', '2026-01-14'],
    ['2026-09', '2026-09', '2026-08-15', '2026-09-14'],
    ['Năm 2026', '2026', '2025-12-15', '2026-12-14'],
    ['2026', '2026', '2025-12-15', '2026-12-14'],
    ['Giai đoạn 2026-2027', '2026..2027', '2025-12-15', '2027-12-14'],
    ['30/09/2026', '2026-09-30', '2026-09-30', '2026-09-30'],
    ['2026-09-30', '2026-09-30', '2026-09-30', '2026-09-30'],
    ['2026-01-01..2026-03-31', '2026-01-01..2026-03-31', '2026-01-01', '2026-03-31'],
  ])('%s → %s [%s, %s]', (text, id, start, end) => {
    const p = parsePeriod(text, 'cchc');
    expect(p).toMatchObject({ id, start, end, convention: 'cchc' });
  });

  it('reads decomposed (NFD) text the same', () => {
    expect(parsePeriod('Quý III/2026'.normalize('NFD'), 'cchc')?.id).toBe('2026-Q3');
  });
});

describe('parsePeriod under the calendar convention', () => {
  it.each([
    ['Quý III/2026', '2026-07-01', '2026-09-30'],
    ['Quý I/2026', '2026-01-01', '2026-03-31'],
    ['6 tháng đầu năm 2026', '2026-01-01', '2026-06-30'],
    ['Tháng 2/2028', '2028-02-01', '2028-02-29'],
    ['Năm 2026', '2026-01-01', '2026-12-31'],
  ])('%s → [%s, %s]', (text, start, end) => {
    expect(parsePeriod(text, 'calendar')).toMatchObject({ start, end });
  });
});

describe('parsePeriod refuses what is not a period', () => {
  it.each([
    '',
    'abc',
    'Quý V/2026',
    'Tháng 13/2026',
    '31/02/2026',
    '2026-13',
    'Giai đoạn 2027-2026',
    '95,5%',
    '12',
  ])('%j → null', (text) => {
    expect(parsePeriod(text, 'cchc')).toBeNull();
  });
});

describe('periodContaining', () => {
  it.each([
    ['2026-06-14', 'quarter', 'cchc', '2026-Q2'],
    ['2026-06-15', 'quarter', 'cchc', '2026-Q3'],
    ['2026-09-14', 'quarter', 'cchc', '2026-Q3'],
    ['2026-12-15', 'quarter', 'cchc', '2027-Q1'],
    ['2026-12-15', 'year', 'cchc', '2027'],
    ['2026-12-14', 'year', 'cchc', '2026'],
    ['2026-06-30', 'quarter', 'calendar', '2026-Q2'],
    ['2026-07-01', 'half', 'calendar', '2026-H2'],
    ['2026-09-20', 'month', 'cchc', '2026-10'],
  ] as const)('%s in a %s (%s) → %s', (date, kind, conv, id) => {
    const p = periodContaining(date, kind, conv);
    expect(p.id).toBe(id);
    expect(p.start <= date && date <= p.end).toBe(true);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2026-Q3', 'Quý III/2026', 'Q3 2026'],
    ['2026-H1', '6 tháng năm 2026', 'H1 2026'],
    ['2026-9M', '9 tháng năm 2026', 'First 9 months of 2026'],
    ['2026-09', 'Tháng 9/2026', 'September 2026'],
    ['2026', 'Năm 2026', 'Year 2026'],
    ['Giai đoạn 2026-2027', 'Giai đoạn 2026-2027', '2026–2027'],
  ])('%s → %s / %s', (text, vi, en) => {
    const p = parsePeriod(text, 'cchc')!;
    expect(periodLabel(p, 'vi')).toBe(vi);
    expect(periodLabel(p, 'en')).toBe(en);
  });

  it('shows the data window', () => {
    expect(periodWithWindow(parsePeriod('Quý III/2026', 'cchc')!, 'vi')).toBe(
      'Quý III/2026 (số liệu từ 15/06/2026 đến 14/09/2026)',
    );
  });
});

describe('parseSchedule', () => {
  it.each([
    ['Thường xuyên', { kind: 'recurring', every: 'period' }],
    ['Hằng năm', { kind: 'recurring', every: 'year' }],
    ['Hàng năm', { kind: 'recurring', every: 'year' }],
    ['hằng quý', { kind: 'recurring', every: 'quarter' }],
    ['Hàng quý', { kind: 'recurring', every: 'quarter' }],
    ['Quý II/2026', { kind: 'once', start: '2026-04-01', due: '2026-06-30' }],
    ['Tháng 6/2026', { kind: 'once', start: '2026-06-01', due: '2026-06-30' }],
    ['Năm 2027', { kind: 'once', start: '2027-01-01', due: '2027-12-31' }],
    ['Giai đoạn 2026-2027', { kind: 'once', start: '2026-01-01', due: '2027-12-31' }],
    ['Trước ngày 15/12/2026', { kind: 'once', due: '2026-12-14' }],
    ['trước 01/01/2027', { kind: 'once', due: '2026-12-31' }],
    ['Chậm nhất ngày 20/6/2026', { kind: 'once', due: '2026-06-20' }],
    ['2026-12-31', { kind: 'once', due: '2026-12-31' }],
    ['31/12/2026', { kind: 'once', due: '2026-12-31' }],
  ])('%s', (text, expected) => {
    expect(parseSchedule(text, 'cchc')).toMatchObject({ ...expected, label: text });
  });

  it.each(['', 'sớm', 'Trước ngày 32/12/2026', 'Quý V/2026'])('%j → null', (text) => {
    expect(parseSchedule(text, 'cchc')).toBeNull();
  });
});
