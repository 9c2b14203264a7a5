import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/periods/index.js';
import { periodLabel } from '../../src/words/period.js';
import { targetText } from '../../src/words/value.js';

describe('one label per period and language (seed and Công văn 581 wording)', () => {
  it.each([
    ['2026-Q3', 'Quý III/2026', 'Q3 2026'],
    ['2026-H1', '6 tháng năm 2026', 'H1 2026'],
    ['2026-H2', '6 tháng cuối năm 2026', 'H2 2026'],
    ['2026-9M', '9 tháng năm 2026', 'First 9 months of 2026'],
    ['2026-09', 'Tháng 9/2026', 'September 2026'],
    ['2026', 'Năm 2026', 'Year 2026'],
    ['2026-09-30', '30/09/2026', '30/09/2026'],
  ])('%s → %s / %s', (id, vi, en) => {
    const p = parsePeriod(id, 'cchc')!;
    expect(periodLabel(p, 'vi')).toBe(vi);
    expect(periodLabel(p, 'en')).toBe(en);
    // The label reads back as the same period, so a label written into a data file round-trips.
    expect(parsePeriod(vi, 'cchc')?.id).toBe(id);
  });
});

describe('maintain-or-improve worded one way', () => {
  it.each([
    [12, 'Không thấp hơn hạng 12', 'No worse than rank 12'],
    [undefined, 'Duy trì và nâng cao thứ hạng', 'Maintain or improve the rank'],
  ])('reference %s', (ref, vi, en) => {
    const t = { kind: 'rank' as const, unit: '', comparator: 'maintain-or-improve' as const };
    const withRef = ref === undefined ? t : { ...t, targetValue: ref };
    expect(targetText(withRef, 'vi')).toBe(vi);
    expect(targetText(withRef, 'en')).toBe(en);
  });
});
