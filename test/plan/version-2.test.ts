import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/load-plan.js';
import { planWith } from './plan-text.js';

const v2 = (text: string) => text.replace('schemaVersion: 1\n', 'schemaVersion: 2\n');
const codes = (text: string) =>
  parsePlan(text, 'p.yaml').diagnostics.map((d) => [d.code, d.location?.pointer]);
const planOf = (text: string) => {
  const r = parsePlan(text, 'p.yaml');
  expect(r.diagnostics).toEqual([]);
  return r.plan!;
};

describe('schemaVersion 2: version-1 files unchanged, v2 constructs need the version', () => {
  it.each([
    ['percentage', ['comparator: ">"', 'value: 98', 'phase: gd-1', 'owner: vhxh'], '/targets/0/comparator'],
    ['percentage', ['comparator: trên', 'value: 98', 'phase: gd-1', 'owner: vhxh'], '/targets/0/comparator'],
    ['percentage', ['comparator: "<"', 'value: 5', 'phase: gd-1', 'owner: vhxh'], '/targets/0/comparator'],
    [
      'percentage',
      ['comparator: between', 'min: 90', 'max: 95', 'phase: gd-1', 'owner: vhxh'],
      '/targets/0/comparator',
    ],
    [
      'percentage',
      ['comparator: ">="', 'value: 98', 'phase: gd-1', 'owner: vhxh', 'aspirational: true'],
      '/targets/0/aspirational',
    ],
  ])('%s target %j in a v1 file → needs-schema-version-2 at %s', (kind, lines, pointer) => {
    const found = codes(planWith(kind, lines));
    expect(found).toContainEqual(['needs-schema-version-2', pointer]);
    const d = parsePlan(planWith(kind, lines), 'p.yaml').diagnostics.find(
      (x) => x.code === 'needs-schema-version-2',
    )!;
    expect(d.hint?.vi).toContain('schemaVersion: 2');
    expect(d.hint?.en).toContain('schemaVersion: 2');
    // The same file at version 2 is valid.
    expect(codes(v2(planWith(kind, lines)))).toEqual([]);
  });

  it('kind: score in a v1 file names the kind', () => {
    const text = planWith('score\n    max: 100', [
      'comparator: ">="',
      'value: 80',
      'phase: gd-1',
      'owner: vhxh',
    ]);
    expect(codes(text)).toEqual([
      ['needs-schema-version-2', '/indicators/0/kind'],
      ['needs-schema-version-2', '/indicators/0/max'],
    ]);
    expect(codes(v2(text))).toEqual([]);
  });

  it('a field neither version knows is still an unknown field, not a version problem', () => {
    expect(
      codes(
        planWith('percentage', [
          'comparator: ">="',
          'value: 98',
          'phase: gd-1',
          'owner: vhxh',
          'aspirationl: true',
        ]),
      ),
    ).toEqual([['unknown-field', '/targets/0/aspirationl']]);
  });

  it('a plan without indicators and targets: v1 says to set version 2, v2 accepts it', () => {
    const text = planWith('percentage', []).replace(
      /indicators:[\s\S]*$/,
      'tasks:\n  - id: nv-1\n    content: Rà soát\n    area: bo-may\n',
    );
    expect(codes(text).map((c) => c[0])).toEqual(['missing-field', 'missing-field']);
    const hint = parsePlan(text, 'p.yaml').diagnostics[0]!.hint!;
    expect(hint.vi).toContain('schemaVersion: 2');
    const plan = planOf(v2(text));
    expect(plan.indicators).toEqual([]);
    expect(plan.targets).toEqual([]);
    expect(plan.tasks.map((t) => t.id)).toEqual(['nv-1']);
    const empty = text.replace('tasks:', 'indicators: []\ntargets: []\ntasks:');
    expect(codes(empty)).toContainEqual(['empty-list', '/indicators']);
    expect(codes(v2(empty))).toEqual([]);
  });
});

describe('comparators, written in ASCII or in the plan’s words', () => {
  it.each([
    ['">"', '>'],
    ['"<"', '<'],
    ['trên', '>'],
    ['dưới', '<'],
    ['tối thiểu', '>='],
    ['không quá', '<='],
    ['đạt đúng', '='],
  ])('comparator: %s is stored as %s', (written, stored) => {
    const plan = planOf(
      v2(planWith('percentage', [`comparator: ${written}`, 'value: 50', 'phase: gd-1', 'owner: vhxh'])),
    );
    expect(plan.targets[0]!.comparator).toBe(stored);
  });

  it('bare "đạt" is refused: it reads as "at least" and as "exactly"', () => {
    const found = codes(
      v2(planWith('percentage', ['comparator: đạt', 'value: 95', 'phase: gd-1', 'owner: vhxh'])),
    );
    expect(found[0]).toEqual(['invalid-value', '/targets/0/comparator']);
  });

  it('between: min and max both required, in order, in range, without value', () => {
    const t = (lines: string[]) =>
      codes(v2(planWith('percentage', ['comparator: between', 'phase: gd-1', 'owner: vhxh', ...lines])));
    expect(
      planOf(
        v2(
          planWith('percentage', ['comparator: between', 'min: 90', 'max: 95', 'phase: gd-1', 'owner: vhxh']),
        ),
      ).targets[0]!.range,
    ).toEqual({ min: 90, max: 95 });
    expect(t(['min: 90'])).toEqual([['missing-range', '/targets/0']]);
    expect(t(['min: 96', 'max: 95'])).toEqual([['range-reversed', '/targets/0/min']]);
    expect(t(['min: 90', 'max: 101'])).toEqual([['percentage-out-of-range', '/targets/0/max']]);
    expect(t(['min: 90', 'max: 95', 'value: 92'])).toEqual([['value-with-between', '/targets/0/value']]);
    expect(
      codes(
        v2(planWith('percentage', ['comparator: ">="', 'value: 9', 'min: 1', 'phase: gd-1', 'owner: vhxh'])),
      ),
    ).toEqual([['range-without-between', '/targets/0/min']]);
  });
});

describe('kind: score', () => {
  const score = (
    lines: string[],
    ind = 'score\n    max: 100\n    bands: [{ name: Trung bình, min: 50 }, { name: Tốt, min: 70 }, { name: Rất tốt, min: 80 }]',
  ) => v2(planWith(ind, [...lines, 'phase: gd-1', 'owner: vhxh']));
  it('values at max are fine, over it are errors (value, baseline, band edges)', () => {
    expect(codes(score(['comparator: ">="', 'value: 100']))).toEqual([]);
    expect(codes(score(['comparator: ">="', 'value: 100.5']))).toEqual([
      ['score-out-of-range', '/targets/0/value'],
    ]);
    expect(
      codes(score(['comparator: ">="', 'value: 80', 'baseline: { value: 101, date: 2025-12-31 }'])),
    ).toEqual([['score-out-of-range', '/targets/0/baseline/value']]);
    expect(codes(score(['comparator: ">="', 'value: -1']))).toEqual([
      ['score-out-of-range', '/targets/0/value'],
    ]);
    expect(
      codes(
        score(['comparator: ">="', 'value: 8'], 'score\n    max: 10\n    bands: [{ name: Tốt, min: 11 }]'),
      ),
    ).toEqual([['score-out-of-range', '/indicators/0/bands/0/min']]);
  });
  it('needs max; max and bands only on scores', () => {
    expect(codes(score(['comparator: ">="', 'value: 8'], 'score'))).toEqual([
      ['missing-score-max', '/indicators/0'],
    ]);
    expect(codes(score(['comparator: ">="', 'value: 8'], 'count\n    max: 10'))).toEqual([
      ['score-field-kind-mismatch', '/indicators/0/max'],
    ]);
  });
  it('"xếp loại Tốt trở lên": band gives the threshold; a band that does not exist gets a suggestion', () => {
    const t = planOf(score(['band: Tốt'])).targets[0]!;
    expect([t.comparator, t.value, t.band]).toEqual(['>=', 70, 'Tốt']);
    const bad = parsePlan(score(['band: Tôt']), 'p.yaml').diagnostics;
    expect(bad.map((d) => d.code)).toEqual(['unknown-band']);
    expect(bad[0]!.message.vi).toContain('"Tốt"');
    expect(codes(score(['band: Tốt', 'comparator: "<="']))).toEqual([
      ['comparator-kind-mismatch', '/targets/0/comparator'],
    ]);
  });
});

describe('relative targets', () => {
  const rel = (kind: string, lines: string[]) => v2(planWith(kind, [...lines, 'phase: gd-1', 'owner: vhxh']));
  it.each([
    [
      'rank',
      ['relative: { betterBy: 5 }', 'baseline: { value: 12, date: 2025-12-31 }'],
      '<=',
      7,
      { by: 'places', change: -5 },
    ],
    [
      'count',
      ['relative: { increasePercent: 10 }', 'baseline: { value: 120, date: 2025-12-31 }'],
      '>=',
      132,
      { by: 'percent', change: 10 },
    ],
    [
      'count',
      ['relative: { decreasePercent: 20 }', 'baseline: { value: 50, date: 2025-12-31 }'],
      '<=',
      40,
      { by: 'percent', change: -20 },
    ],
    [
      'percentage',
      ['relative: { increase: 5 }', 'comparator: ">"', 'baseline: { value: 80, date: 2025-12-31 }'],
      '>',
      85,
      { by: 'amount', change: 5 },
    ],
  ])('%s %j → %s %d', (kind, lines, cmp, value, relative) => {
    const t = planOf(rel(kind, lines)).targets[0]!;
    expect([t.comparator, t.value, t.relative]).toEqual([cmp, value, relative]);
  });
  it.each([
    ['rank', ['relative: { betterBy: 5 }'], 'relative-without-baseline'],
    [
      'rank',
      ['relative: { increase: 5 }', 'baseline: { value: 12, date: 2025-12-31 }'],
      'relative-kind-mismatch',
    ],
    [
      'count',
      ['relative: { betterBy: 5 }', 'baseline: { value: 12, date: 2025-12-31 }'],
      'relative-kind-mismatch',
    ],
    [
      'count',
      ['relative: { increase: 5 }', 'value: 17', 'baseline: { value: 12, date: 2025-12-31 }'],
      'value-with-relative',
    ],
    [
      'count',
      ['relative: { increase: 5 }', 'comparator: "<="', 'baseline: { value: 12, date: 2025-12-31 }'],
      'comparator-kind-mismatch',
    ],
    [
      'percentage',
      ['relative: { increasePercent: 10 }', 'baseline: { value: 95, date: 2025-12-31 }'],
      'relative-out-of-range',
    ],
    [
      'rank',
      ['relative: { betterBy: 5 }', 'baseline: { value: 3, date: 2025-12-31 }'],
      'relative-out-of-range',
    ],
  ])('%s %j → %s', (kind, lines, code) => {
    expect(codes(rel(kind, lines)).map((c) => c[0])).toEqual([code]);
  });
});

describe('validate shows semantic problems beside schema problems', () => {
  it('an unknown owner is reported in the same pass as a bad comparator elsewhere', () => {
    const text = planWith(
      'percentage',
      ['comparator: "=>"', 'value: 95', 'phase: gd-1', 'owner: vhxh'],
      `  - id: khac
    title: Chỉ tiêu khác
    indicator: chi-so
    comparator: ">="
    value: 90
    phase: gd-1
    owner: vhxhh
`,
    );
    expect(codes(text)).toEqual([
      ['invalid-value', '/targets/0/comparator'],
      ['unknown-unit', '/targets/1/owner'],
    ]);
  });
  it('a reference to an element set aside for its own schema error is not called unknown', () => {
    const text = planWith('percentage', [
      'comparator: ">="',
      'value: 95',
      'phase: gd-1',
      'owner: vhxh',
    ]).replace('    kind: percentage', '    kind: percentag');
    expect(codes(text).map((c) => c[0])).toEqual(['invalid-value']);
  });
  it('an error in what the checks read (the plan period) stops them: nothing is guessed', () => {
    const text = planWith('percentage', [
      'comparator: ">="',
      'value: 95',
      'phase: gd-9',
      'owner: vhxh',
    ]).replace('start: 2026-01-01\n  end', 'start: 01/01/2026\n  end');
    expect(codes(text)).toEqual([['invalid-value', '/period/start']]);
  });
});

describe('comparator suggestions keep the meaning', () => {
  it.each([
    ['"=>"', '">="'],
    ['"=<"', '"<="'],
    ['đạt', '"tối thiểu" hay "đạt đúng"'],
  ])('comparator: %s suggests %s, never "="', (written, suggested) => {
    const d = parsePlan(
      v2(planWith('percentage', [`comparator: ${written}`, 'value: 95', 'phase: gd-1', 'owner: vhxh'])),
      'p.yaml',
    ).diagnostics[0]!;
    expect(d.message.vi).toContain(`Có phải ý bạn là ${suggested}?`);
    expect(d.message.vi).not.toContain('ý bạn là "="');
  });
});
