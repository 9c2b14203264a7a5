// Issue 11 "Done when": a version-2 plan that uses every new construct validates, and each construct is checked
// at its boundary from a hand-typed CSV (BOM, ';', comma decimals, CRLF) after the deadline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const PLAN = 'fixtures/plan/valid/v2-every-construct.yaml';
const DATA = 'fixtures/plan/valid/v2-every-construct-nam-2027.csv';
const text = readFileSync(PLAN, 'utf8');

describe('a version-2 plan with every new construct', () => {
  it.each([
    ['comparator "trên"', /comparator: trên\n/],
    ['comparator "dưới"', /comparator: dưới\n/],
    ['comparator ">"', /comparator: ">"\n/],
    ['comparator "<"', /comparator: "<"\n/],
    ['comparator "tối thiểu"', /comparator: tối thiểu\n/],
    ['comparator "không quá"', /comparator: không quá\n/],
    ['comparator "đạt đúng"', /comparator: đạt đúng\n/],
    ['a band (between / trong khoảng)', /comparator: trong khoảng\n\s+min: 90\n\s+max: 95/],
    ['a score with max and bands', /kind: score\n\s+max: 100\n\s+bands:/],
    ['a band target', /band: Tốt/],
    ['a rank better by N places', /relative: \{ betterBy: 5 \}/],
    ['a percentage decrease', /relative: \{ decreasePercent: 20 \}/],
    ['an aspiration', /aspirational: true/],
    ['issuer aliases', /aliases: \[UBND xã Mẫu\]/],
    ['indicator aliases', /aliases: \[Tỷ lệ hồ sơ TTHC/],
  ])('uses %s', (_, re) => expect(text).toMatch(re));

  it('validates with no finding', async () => {
    const r = await runCli(['validate', PLAN]);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('each construct at its boundary', async () => {
    const r = await runCli(['check', PLAN, '--data', DATA, '--as-of', '2028-01-10', '-f', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      targets: { id: string; status: string; targetValue?: number; aspirational?: boolean }[];
    };
    const by = Object.fromEntries(report.targets.map((t) => [t.id, t]));
    const status = Object.fromEntries(report.targets.map((t) => [t.id, t.status]));
    expect(status).toEqual({
      'dung-han-tren-98': 'missed', // exactly 98 is not "trên 98"
      'qua-han-duoi-2': 'missed', // exactly 2 is not "dưới 2"
      'so-hoa-trong-khoang': 'met', // 95 is inside 90–95 (both ends included)
      'chi-so-xep-loai-tot': 'met', // 80 is the band's min
      'xep-hang-tang-5-bac': 'met', // rank 12 better by 5 → ≤ 7; 7 meets it
      'phan-anh-giam-20': 'met', // 50 less 20% → ≤ 40; 40 meets it
      'hai-long-phan-dau': 'missed', // 99 is not "đạt đúng 100"
      'tre-han-duoi-1': 'met', // 0,99% < 1
      'sai-sot-khong-qua-3': 'met', // 3 ≤ 3
      'dung-han-toi-thieu-95': 'met', // 96 > 95
    });
    expect(by['xep-hang-tang-5-bac']!.targetValue).toBe(7);
    expect(by['phan-anh-giam-20']!.targetValue).toBe(40);
    expect(by['hai-long-phan-dau']!.aspirational).toBe(true);
    // Two binding targets missed: exit 1 (the missed aspiration alone would not).
    expect(r.code).toBe(1);
  });

  it('a score over its maximum in the data is an error, not a figure', async () => {
    const r = await runCli([
      'check',
      PLAN,
      '--data',
      'fixtures/plan/valid/v2-every-construct-over-max.csv',
      '--as-of',
      '2028-01-10',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('data-out-of-range');
  });
});
