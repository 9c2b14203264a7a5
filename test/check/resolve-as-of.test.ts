import { describe, expect, it } from 'vitest';
import { nextReportPeriod, resolveAsOf } from '../../src/check/resolve-as-of.js';
import { CchcError } from '../../src/errors.js';

const noon = (iso: string) => new Date(`${iso}T05:00:00Z`); // 12:00 in Asia/Ho_Chi_Minh

describe('resolveAsOf: the report period is the last window that has closed', () => {
  it.each([
    // as-of, convention, report period, window
    ['2026-11-28', 'cchc', '2026-Q3', '2026-06-15', '2026-09-14'],
    ['2026-09-14', 'cchc', '2026-Q3', '2026-06-15', '2026-09-14'],
    ['2026-09-15', 'cchc', '2026-Q3', '2026-06-15', '2026-09-14'],
    ['2026-12-14', 'cchc', '2026-Q4', '2026-09-15', '2026-12-14'],
    ['2026-12-16', 'cchc', '2026-Q4', '2026-09-15', '2026-12-14'],
    ['2027-01-05', 'cchc', '2026-Q4', '2026-09-15', '2026-12-14'],
    ['2026-09-30', 'calendar', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-10-01', 'calendar', '2026-Q3', '2026-07-01', '2026-09-30'],
  ] as const)('--as-of %s (%s) → %s [%s, %s]', (asOf, convention, id, start, end) => {
    const r = resolveAsOf({ asOf }, convention, noon('2000-01-01'));
    expect(r.asOf).toBe(asOf);
    expect(r.period).toMatchObject({ id, start, end });
  });

  it('defaults to today in Asia/Ho_Chi_Minh: 17:30 UTC on 14/12 is already 15/12 there', () => {
    const r = resolveAsOf({}, 'cchc', new Date('2026-12-14T17:30:00Z'));
    expect(r).toMatchObject({ asOf: '2026-12-15', period: { id: '2026-Q4' } });
  });

  it('--period sets the as-of date to the last day of that window', () => {
    const r = resolveAsOf({ period: '6 tháng đầu năm 2026' }, 'cchc', noon('2030-01-01'));
    expect(r).toMatchObject({ asOf: '2026-06-14', period: { id: '2026-H1', start: '2025-12-15' } });
  });

  it.each([
    [{ asOf: '2026-09-14', period: 'Quý III/2026' }],
    [{ asOf: '31/02/2026' }],
    [{ period: 'Quý V/2026' }],
  ])('refuses %j as a usage error', (opts) => {
    expect(() => resolveAsOf(opts, 'cchc', noon('2026-01-01'))).toThrow(CchcError);
  });
});

describe('nextReportPeriod: what a data-entry template is made for by default', () => {
  it.each([
    ['2026-11-28T05:00:00Z', 'cchc', '2026-Q4'],
    ['2026-12-14T05:00:00Z', 'cchc', '2026-Q4'],
    ['2026-12-20T05:00:00Z', 'cchc', '2026-Q4'],
    ['2026-12-21T05:00:00Z', 'cchc', '2027-Q1'],
    ['2026-12-20T17:30:00Z', 'cchc', '2027-Q1'], // already 21/12 in Viet Nam
    ['2026-10-05T05:00:00Z', 'calendar', '2026-Q3'],
    ['2026-10-07T05:00:00Z', 'calendar', '2026-Q4'],
  ] as const)('%s (%s) → %s', (now, convention, id) => {
    expect(nextReportPeriod(new Date(now), convention).id).toBe(id);
  });
});
