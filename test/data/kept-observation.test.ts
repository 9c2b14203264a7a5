import { describe, expect, it } from 'vitest';
import { WhereBook } from '../../src/data/kept-observation.js';
import type { Observation } from '../../src/model/observation.js';
import type { Period } from '../../src/model/period.js';

const period = {
  id: '2026-Q1',
  kind: 'quarter',
  year: 2026,
  start: '2025-12-15',
  end: '2026-03-14',
} as Period;
const plain = (row: number, col = 'C', extra: Partial<Observation> = {}): Observation => ({
  indicator: 'dvc',
  period,
  value: 95.5,
  raw: '95,5%',
  source: { file: 'a.xlsx', sheet: 'Số liệu', row, col, field: 'Giá trị' },
  ...extra,
});

describe('KeptObservation: the reader’s compact observation reads as the plain one', () => {
  it('builds the same Location key for key, and shares one record per column', () => {
    const book = new WhereBook();
    const a = book.keep(plain(7));
    const b = book.keep(plain(8));
    const c = book.keep(plain(9, 'D', { numerator: 486, denominator: 1000, unit: 'xa-01' }));
    expect(Object.keys(a.source)).toEqual(['file', 'sheet', 'row', 'col', 'field']);
    expect(a.source).toEqual(plain(7).source);
    expect(b.source.row).toBe(8);
    expect(c.source).toEqual(plain(9, 'D').source);
    expect([c.numerator, c.denominator, c.unit]).toEqual([486, 1000, 'xa-01']);
  });

  it('serialises as the plain Observation, absent fields left out; a spread leaves out source', () => {
    const o = plain(12, 'C', { note: 'Ghi chú', numerator: 3, denominator: 4 });
    const k = new WhereBook().keep(o);
    expect(JSON.parse(JSON.stringify(k))).toEqual(JSON.parse(JSON.stringify(o)));
    expect(Object.keys(k.toJSON())).not.toContain('assessment');
    expect(k.toJSON()).toEqual(o);
    expect({ ...k }).not.toHaveProperty('source');
  });

  it('keeps a location of another shape whole', () => {
    const o = { ...plain(3), source: { file: 'p.yaml', line: 4, column: 2 } };
    const k = new WhereBook().keep(o);
    expect(k.source).toEqual({ file: 'p.yaml', line: 4, column: 2 });
  });
});
