import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../src/data/cells.js';
import { interpretCount, interpretValue } from '../../src/data/interpret-value.js';
import type { IndicatorKind } from '../../src/model/plan.js';

const num = (n: number, percent = false): RawCell => ({ kind: 'number', num: n, percent });

describe('interpretValue', () => {
  it.each<[IndicatorKind, RawCell, number | null, string | undefined, boolean]>([
    ['percentage', '95,5%', 95.5, undefined, false],
    ['percentage', '95.5', 95.5, undefined, false],
    ['percentage', '95,5', 95.5, undefined, false],
    ['percentage', num(0.955, true), 95.5, undefined, false],
    ['percentage', num(95.5), 95.5, undefined, false],
    ['percentage', num(0.486, true), 48.6, undefined, false],
    ['percentage', '0', 0, undefined, false],
    ['percentage', '100', 100, undefined, false],
    ['percentage', '1', 1, undefined, true],
    ['percentage', '0,95', 0.95, undefined, true],
    ['percentage', num(0.95), 0.95, undefined, true],
    ['percentage', '0,95%', 0.95, undefined, false],
    ['percentage', 'Chưa có số liệu', null, undefined, false],
    ['percentage', 'Không phát sinh', null, undefined, false],
    ['percentage', '-', null, undefined, false],
    ['percentage', '—', null, undefined, false],
    ['percentage', '–', null, undefined, false],
    ['percentage', 'N/A', null, undefined, false],
    ['percentage', 'x', null, undefined, false],
    ['rank', '-', null, undefined, false],
    ['count', 'x', null, undefined, false],
    ['score', '8,5 điểm', 8.5, undefined, false],
    ['score', '10/10 điểm', 10, undefined, false],
    ['score', '10/10', 10, undefined, false],
    ['rank', 'Hạng 12/95', 12, undefined, false],
    ['count', '1.245', 1245, undefined, false],
    ['count', num(12), 12, undefined, false],
    ['level', 'Cấp độ 3', 3, undefined, false],
    ['level', num(4), 4, undefined, false],
    ['rank', 'Hạng 5/95', 5, undefined, false],
    ['rank', num(12), 12, undefined, false],
    ['milestone', 'Hoàn thành', null, 'done', false],
    ['milestone', 'Đang thực hiện', null, 'in-progress', false],
    ['qualitative', 'Đạt', null, 'achieved', false],
    ['qualitative', 'Không đạt', null, 'not-achieved', false],
    ['qualitative', { kind: 'bool', value: true }, null, 'achieved', false],
  ])('%s %j → %s %s (ambiguous %s)', (kind, cell, value, assessment, ambiguous) => {
    const r = interpretValue(cell, kind, kind === 'score' ? 10 : undefined);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBe(value);
    expect(r.assessment).toBe(assessment);
    expect(r.ambiguous === true).toBe(ambiguous);
  });

  it.each<[IndicatorKind, RawCell, string]>([
    ['percentage', 'khoảng 90', 'data-bad-value'],
    ['percentage', '120%', 'data-out-of-range'],
    ['percentage', '100,01', 'data-out-of-range'],
    ['percentage', num(1.2, true), 'data-out-of-range'],
    ['percentage', '-1', 'data-change-not-value'],
    ['percentage', num(-1), 'data-out-of-range'],
    ['percentage', '+5%', 'data-change-not-value'],
    ['percentage', 'tăng 5%', 'data-change-not-value'],
    ['rank', '-31', 'data-change-not-value'],
    ['rank', '−31', 'data-change-not-value'],
    ['rank', '+2', 'data-change-not-value'],
    ['rank', 'tăng 3 bậc', 'data-change-not-value'],
    ['rank', 'Giảm 31 bậc', 'data-change-not-value'],
    ['rank', '3 bậc', 'data-change-not-value'],
    ['rank', num(-31), 'data-change-not-value'],
    ['rank', '0', 'data-out-of-range'],
    ['rank', 'Hạng 0', 'data-out-of-range'],
    ['rank', num(0), 'data-out-of-range'],
    ['rank', num(2.5), 'data-bad-value'],
    ['level', 'tăng 1 cấp', 'data-change-not-value'],
    ['count', '+12', 'data-change-not-value'],
    ['percentage', '8,5 điểm', 'data-points-not-rate'],
    ['percentage', '10/10 điểm', 'data-points-not-rate'],
    ['percentage', '10 diem', 'data-points-not-rate'],
    ['percentage', '50-95', 'data-range-not-value'],
    ['percentage', '50 – 95', 'data-range-not-value'],
    ['percentage', '50%-95%', 'data-range-not-value'],
    ['percentage', '<10', 'data-range-not-value'],
    ['percentage', '> 98%', 'data-range-not-value'],
    ['percentage', '≥95%', 'data-range-not-value'],
    ['percentage', 'từ 50 đến 95', 'data-range-not-value'],
    ['percentage', 'trên 90%', 'data-range-not-value'],
    ['count', '10-12', 'data-range-not-value'],
    ['percentage', '2/13 sở', 'data-units-not-rate'],
    ['percentage', '5/95 xã', 'data-units-not-rate'],
    ['percentage', '3/7 đơn vị đạt', 'data-units-not-rate'],
    ['percentage', '12 xã', 'data-units-not-rate'],
    ['percentage', '2/13 số', 'data-bad-value'],
    ['percentage', '486/1000', 'data-bad-value'],
    ['milestone', 'x', 'data-bad-value'],
    ['score', '10/12 điểm', 'data-bad-value'],
    ['count', '12%', 'data-bad-value'],
    ['count', '1,5', 'data-out-of-range'],
    ['level', 'Cấp độ cao', 'data-bad-value'],
    ['level', num(2.5), 'data-bad-value'],
    ['rank', 'cao', 'data-bad-value'],
    ['milestone', 'xong', 'data-bad-value'],
    ['qualitative', num(1), 'data-bad-value'],
    ['percentage', { kind: 'no-result', formula: 'D2/E2' }, 'data-formula-no-result'],
    ['percentage', { kind: 'error', text: '#DIV/0!' }, 'data-formula-error'],
  ])('%s %j → %s', (kind, cell, code) => {
    const r = interpretValue(cell, kind, kind === 'score' ? 10 : undefined);
    expect(r.ok ? 'ok' : r.code).toBe(code);
  });

  it.each<[RawCell, number | null]>([
    ['1.000', 1000],
    ['486', 486],
    [num(0), 0],
    ['12%', null],
    ['-1', null],
    ['x', null],
  ])('numerator/denominator %j → %s', (cell, n) => {
    expect(interpretCount(cell)).toBe(n);
  });
});
