import { describe, expect, it } from 'vitest';
import { formatNumber, round, roundedDecimal } from '../../src/words/number.js';

describe('one rounding rule: half away from zero on the decimal spelling', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.045, 2, 1.05],
    [-1.005, 2, -1.01],
    [-2.675, 2, -2.68],
    [0.125, 2, 0.13],
    [0.005, 2, 0.01],
    [0.004, 2, 0],
    [0.995, 2, 1],
    [99.995, 2, 100],
    [48.6, 2, 48.6],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1e-7, 2, 0],
    [1.5e21, 2, 1.5e21],
    [0, 2, 0],
    [(2 / 3) * 100, 2, 66.67],
  ])('round(%d, %i) = %d', (n, d, want) => {
    expect(round(n, d)).toBe(want);
  });

  it('never gives minus zero', () => {
    expect(roundedDecimal(-0.001, 2)).toBe('0');
    expect(Object.is(round(-0.001, 2), -0)).toBe(false);
  });
});

describe('formatNumber: the same rule on screen', () => {
  it.each([
    [2.675, '2,68', '2.68'],
    [1.005, '1,01', '1.01'],
    [48.6, '48,6', '48.6'],
    [1234567.891, '1.234.567,89', '1,234,567.89'],
    [-1234.5, '-1.234,5', '-1,234.5'],
    [100, '100', '100'],
    [0.1 + 0.2, '0,3', '0.3'],
  ])('%d → %s / %s', (n, vi, en) => {
    expect(formatNumber(n, 'vi')).toBe(vi);
    expect(formatNumber(n, 'en')).toBe(en);
  });

  it('agrees with round() everywhere it is asked', () => {
    for (const n of [1.005, 2.675, 1.045, 0.125, 99.995, 12.345, 3.14159]) {
      expect(formatNumber(n, 'en')).toBe(String(round(n, 2)));
    }
  });

  // The output is Intl.NumberFormat's (vi-VN and en, halfExpand on the decimal string); built by hand only to keep
  // the first Intl call off start-up. Intl's minus sign is U+002D in both locales.
  const values = [0, 1, 12, 999, 1000, 12345.678, 1.005, 2.675, 0.125, -1.005, -98765.4321, 0.5, 95.555, 1e6];
  it.each(values)('%d matches Intl vi-VN and en', (n) => {
    for (const [lang, locale] of [
      ['vi', 'vi-VN'],
      ['en', 'en'],
    ] as const) {
      const intl = new Intl.NumberFormat(locale, {
        maximumFractionDigits: 2,
        roundingMode: 'halfExpand',
      } as object);
      expect(formatNumber(n, lang)).toBe(intl.format(String(n) as unknown as number));
    }
  });
});

describe('formatNumber with a least number of decimals (a gap to the path: "4,0 điểm %")', () => {
  it.each([
    [4, '4,0', '4.0'],
    [1.15, '1,2', '1.2'],
    [0.05, '0,1', '0.1'],
    [2.04, '2,0', '2.0'],
    [1234.56, '1.234,6', '1,234.6'],
  ])('%d → %s / %s', (n, vi, en) => {
    expect(formatNumber(n, 'vi', 1, 1)).toBe(vi);
    expect(formatNumber(n, 'en', 1, 1)).toBe(en);
  });

  it('matches Intl with minimumFractionDigits (the same rounding rule as every other figure)', () => {
    for (const n of [4, 1.15, 2.45, 0.05, 12.25, 999.95]) {
      const intl = new Intl.NumberFormat('vi-VN', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        roundingMode: 'halfExpand',
      } as object);
      expect(formatNumber(n, 'vi', 1, 1)).toBe(intl.format(String(n) as unknown as number));
    }
  });
});

describe('the fast paths of roundedDecimal and round give what the digit-by-digit rule gives', () => {
  it('for any finite double and 0–6 decimals', async () => {
    const fc = (await import('fast-check')).default;
    const { roundSpelling } = await import('../../src/words/number.js');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
          fc.integer({ min: -1e6, max: 1e6 }),
          fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 7),
          fc.integer({ min: 0, max: 1e6 }).map((i) => (i / 9973) * 100),
          fc.constantFrom(-0, 0, 1e21, 1e-7, 2.675, 1.005, 0.125, -2.5, 99.995, 1.0049999999),
          fc.integer({ min: -1e8, max: 1e8 }).map((i) => i / 200),
        ),
        fc.integer({ min: 0, max: 6 }),
        (n, d) =>
          roundedDecimal(n, d) === roundSpelling(n, d) &&
          Object.is(round(n, d), Number(roundSpelling(n, d)) || 0),
      ),
      { seed: 20261201, numRuns: 20000 },
    );
  });
});
