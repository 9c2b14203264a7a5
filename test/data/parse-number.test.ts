import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/data/parse-number.js';

describe('parseNumber', () => {
  it.each([
    ['95,5%', 95.5, true, 1],
    ['95.5', 95.5, false, 1],
    ['95,5', 95.5, false, 1],
    ['1.245', 1245, false, 0],
    ['0,955', 0.955, false, 3],
    ['0.955', 0.955, false, 3],
    ['1.245,5', 1245.5, false, 1],
    ['1,245.5', 1245.5, false, 1],
    ['1.245.000', 1245000, false, 0],
    ['1 245', 1245, false, 0],
    ['100%', 100, true, 0],
    [' 48,6 % ', 48.6, true, 1],
    ['0', 0, false, 0],
    ['-3', -3, false, 0],
    ['12.34', 12.34, false, 2],
    ['1,245', 1.245, false, 3],
  ])('%j → %d (percent %s, %d decimals)', (text, n, percent, decimals) => {
    expect(parseNumber(text)).toEqual({ n, percent, decimals });
  });

  it.each(['', 'abc', '95,5,5%x', '1.2.3', '12,', '%', 'khoảng 90', '1,2,3', '1.245,5.5', '95 %%'])(
    '%j is not a number',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});

describe('the digit-by-digit path reads plain cells exactly as the general path', () => {
  it('agrees with Number() on the written decimal for any digits, comma and % (seeded)', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,8}$/),
        fc.option(fc.stringMatching(/^\d{1,7}$/)),
        fc.boolean(),
        (int, frac, pct) => {
          const text = `${int}${frac === null ? '' : `,${frac}`}${pct ? '%' : ''}`;
          const got = parseNumber(text);
          const want = Number(frac === null ? int : `${int}.${frac}`);
          return (
            got !== null &&
            Object.is(got.n, want) &&
            got.percent === pct &&
            got.decimals === (frac === null ? 0 : frac.length)
          );
        },
      ),
      { seed: 20261201, numRuns: 20000 },
    );
  });

  it('leaves what it does not know to the general path', () => {
    expect(parseNumber(',5')).toBeNull();
    expect(parseNumber('5,')).toBeNull();
    expect(parseNumber('%')).toBeNull();
    expect(parseNumber('1,2,3')).toBeNull();
    expect(parseNumber('1.245')).toEqual({ n: 1245, percent: false, decimals: 0 });
    expect(parseNumber('-3')).toEqual({ n: -3, percent: false, decimals: 0 });
    expect(parseNumber(' 48,6 ')).toEqual({ n: 48.6, percent: false, decimals: 1 });
    expect(parseNumber('1234567890123456')).toEqual({ n: 1234567890123456, percent: false, decimals: 0 });
  });
});
