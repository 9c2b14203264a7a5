import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/load-plan.js';
import { planWith } from '../plan/plan-text.js';

const v2 = (lines: string[]) =>
  planWith('percentage', ['comparator: ">="', 'value: 98', 'phase: gd-1', 'owner: vhxh', ...lines]).replace(
    'schemaVersion: 1',
    'schemaVersion: 2',
  );
const codes = (text: string) => parsePlan(text, 'plan.yaml').diagnostics.map((d) => d.code);

describe('targets over units in the plan format', () => {
  it('loads need, the no-data rule and per-unit thresholds', () => {
    const r = parsePlan(
      v2([
        'overUnits:',
        '  need: "≥ 80%"',
        '  noData: exclude',
        '  thresholds:',
        '    - unit: xa-mien-nui',
        '      value: 90',
      ]),
      'plan.yaml',
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.plan?.targets[0]?.overUnits).toEqual({
      need: { kind: 'share', value: 80, text: '≥ 80%' },
      noData: 'exclude',
      thresholds: [{ unit: 'xa-mien-nui', value: 90 }],
    });
  });

  it('is version 2: in a version-1 file it asks for schemaVersion 2', () => {
    const text = v2(['overUnits:', '  need: 100%', '  noData: count-against']).replace(
      'schemaVersion: 2',
      'schemaVersion: 1',
    );
    const r = parsePlan(text, 'plan.yaml');
    expect(r.plan).toBeNull();
    expect(r.diagnostics.map((d) => d.message.en).join('\n')).toContain(
      '"overUnits" belongs to format version 2',
    );
  });

  it('the no-data rule must be written: there is no default', () => {
    const r = parsePlan(v2(['overUnits:', '  need: 100%']), 'plan.yaml');
    expect(r.plan).toBeNull();
    expect(r.diagnostics.map((d) => d.message.en).join('\n')).toContain('noData');
  });

  it.each([
    ['trên 80%', 'over-units-need-not-understood'],
    ['120%', 'over-units-need-out-of-range'],
    ['ít nhất 14/13', 'over-units-need-out-of-range'],
  ])('need %j → %s', (need, code) => {
    expect(codes(v2(['overUnits:', `  need: "${need}"`, '  noData: exclude']))).toContain(code);
  });

  it('a group must be declared; a unit must not have two thresholds', () => {
    const c = codes(
      v2([
        'overUnits:',
        '  need: 100%',
        '  noData: exclude',
        '  group: xa',
        '  thresholds:',
        '    - { unit: a, value: 90 }',
        '    - { unit: a, value: 80 }',
        '    - { unit: b }',
      ]),
    );
    expect(c).toEqual(
      expect.arrayContaining([
        'over-units-unknown-group',
        'over-units-duplicate-threshold',
        'over-units-threshold-without-value',
      ]),
    );
  });
});
