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
