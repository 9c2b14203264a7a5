import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/model/report.js';
import type { RollupTarget, RollupUnit } from '../../src/model/rollup.js';
import { rankUnits } from '../../src/rollup/rank-units.js';
import { unitsFromData } from '../../src/rollup/units-from-data.js';

/** Units × targets from rows of status letters: "MXR" = met, missed, at risk. */
function grid(rows: Record<string, string>): { units: RollupUnit[]; targets: RollupTarget[] } {
  const code: Record<string, Status> = { M: 'met', T: 'on-track', R: 'at-risk', X: 'missed', '.': 'no-data' };
  const names = Object.keys(rows);
  const width = rows[names[0]!]!.length;
  const units = names.map((n) => ({ id: n, name: n, noData: [...rows[n]!].every((c) => c === '.') }));
  const targets = Array.from({ length: width }, (_, t) => ({
    cells: names.map((n) => ({
      status: code[rows[n]![t]!]!,
      actual: null,
      expected: null,
      stale: false,
      reason: { vi: '', en: '' },
    })),
  })) as unknown as RollupTarget[];
  return { units, targets };
}

describe('rankUnits', () => {
  it('share met first, then fewer missed; equal numbers share a rank (1, 2=, 2=, 4)', () => {
    const { units, targets } = grid({ A: 'MMX', B: 'MRX', C: 'MMR', D: 'MRX', E: 'XXX' });
    const r = rankUnits(units, targets);
    expect(r.map((e) => [e.unit, e.rank, e.tie])).toEqual([
      ['C', 1, false],
      ['A', 2, false],
      ['B', 3, true],
      ['D', 3, true],
      ['E', 5, false],
    ]);
  });

  it('a unit with no data at all is not ranked; a unit with some data counts its gaps as not met', () => {
    const { units, targets } = grid({ A: 'M..', B: 'MMM', C: '...' });
    const r = rankUnits(units, targets);
    expect(r.map((e) => e.unit)).toEqual(['B', 'A']);
    expect(r[1]).toMatchObject({ met: 1, targets: 3, noData: 2 });
    expect(r[1]!.share).toBeCloseTo(33.33, 1);
  });

  it('everyone equal: one shared first place', () => {
    const { units, targets } = grid({ B: 'MX', A: 'MX' });
    expect(rankUnits(units, targets).map((e) => `${e.rank}${e.tie ? '=' : ''} ${e.unit}`)).toEqual([
      '1= A',
      '1= B',
    ]);
  });
});

describe('unitsFromData', () => {
  it('names merged spellings and keeps prefix look-alikes apart, with a warning for each', () => {
    const r = unitsFromData(['Tân Phú', 'Xã Tân Phú', 'Phường Trấn Biên'], {
      'Xã Tân Phú': ['Xã Tân Phú', 'xã Tân  Phú'],
      'Tân Phú': ['Tân Phú'],
      'Phường Trấn Biên': ['Phường Trấn Biên'],
    });
    expect(r.units.map((u) => u.id)).toEqual(['Phường Trấn Biên', 'Tân Phú', 'Xã Tân Phú']);
    expect(r.diagnostics.map((d) => [d.code, d.text])).toEqual([
      ['rollup-unit-spellings-merged', 'Xã Tân Phú'],
      ['rollup-units-look-alike', 'Tân Phú'],
    ]);
    expect(r.diagnostics[0]!.message.vi).toContain('"xã Tân  Phú"');
  });

  it('distinct communes that only share a word, or a xã and a phường of one name, are not look-alikes', () => {
    const r = unitsFromData(['Xã Tân Phú', 'Xã Tân Phú Đông', 'Phường Tân Phong', 'Phường Tân Phú'], {});
    expect(r.diagnostics).toEqual([]);
  });

  it('a name that itself starts like a prefix ("Xã Xà Bang" / "Xà Bang") is still caught', () => {
    const r = unitsFromData(['Xã Xà Bang', 'Xà Bang'], {});
    expect(r.diagnostics.map((d) => d.code)).toEqual(['rollup-units-look-alike']);
  });
});
