import type { UnitsFileError } from '../../src/plan/reporting-units-file.js';

/**
 * One small plan per plan message template that the shipped plans and fixtures do not reach. A case is the
 * plan text (or bytes, read as standard input) and, for a plan with `reportingUnits.file`, what reading that
 * file gives (its text, or why it cannot be read; none: the file cannot be read at all).
 */
export type PlanMessageCase = [template: string, plan: string | Buffer, unitsFile?: string | UnitsFileError];

const HEAD = (version: number) => `schemaVersion: ${version}
id: xa-mau
title: Kế hoạch mẫu
issuer:
  name: UBND xã Mẫu
period:
  start: 2026-01-01
  end: 2026-12-31
reporting:
  convention: cchc
units:
  - id: vhxh
    name: Phòng Văn hóa - Xã hội
phases:
  - id: nam-2026
    name: Năm 2026
    start: 2026-01-01
    end: 2026-12-31
`;

const indent = (lines: string[], by: string) => lines.map((l) => `${by}${l}`).join('\n');

interface Parts {
  version?: number;
  kind?: string;
  /** Extra lines of the indicator. */
  ind?: string[];
  /** The target's lines after id, title and indicator (phase and owner unless `noDefaults`). */
  target?: string[];
  noDefaults?: boolean;
  /** Top-level text after the targets. */
  extra?: string;
}

/** A plan of one indicator and one target, version 2 unless told. */
function plan(p: Parts = {}): string {
  const target = [
    ...(p.noDefaults ? [] : ['phase: nam-2026', 'owner: vhxh']),
    ...(p.target ?? ['comparator: ">="', 'value: 90']),
  ];
  return `${HEAD(p.version ?? 2)}indicators:
  - code: chi-so
    name: Chỉ số mẫu
    kind: ${p.kind ?? 'percentage'}
${indent(p.ind ?? [], '    ')}
targets:
  - id: chi-tieu
    title: Chỉ tiêu mẫu
    indicator: chi-so
${indent(target, '    ')}
${p.extra ?? ''}`;
}

const UNITS = `reportingUnits:
  groups:
    - id: xa
      name: Cấp xã
  list:
    - id: xa-a
      name: Xã A
      group: xa
    - id: xa-b
      name: Xã B
      group: xa
`;
const overUnits = (lines: string[], target: string[] = ['comparator: ">="', 'value: 90']) =>
  plan({
    target: [...target, 'overUnits:', '  noData: count-against', ...lines.map((l) => `  ${l}`)],
    extra: UNITS,
  });
const SCORE = ['max: 100', 'bands:', '  - name: Tốt', '    min: 80', '  - name: Khá', '    min: 60'];
const unitsFile = plan({ extra: 'reportingUnits:\n  file: don-vi.yaml\n' });

export const PLAN_MESSAGE_CASES: PlanMessageCase[] = [
  ['plan-too-large/tooLarge', 'x'.repeat(5 * 1024 * 1024 + 1)],
  ['plan-too-deep/tooDeep', `a: ${'['.repeat(70)}${']'.repeat(70)}\n`],
  ['plan-non-finite-number/nan', `${HEAD(1)}x: .nan\n`],
  ['plan-non-finite-number/infinity', `${HEAD(1)}x: -.inf\n`],
  ['plan-encoding/notUtf8', Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xc3, 0x28, 0x0a])],
  ['yaml-unquoted-comma/comma', `${HEAD(1)}basis: [{ title: Nghị quyết 01, năm 2026 }]\n`],
  ['missing-field/v1List', HEAD(1)],
  ['invalid-value/notAllowed', plan({ kind: 'ty-le' })],
  ['invalid-value/partialDate', plan({ extra: 'revision:\n  number: 2\n  date: 04/2026\n' })],
  ['invalid-value/fullDate', HEAD(1).replace('start: 2026-01-01\n  end', 'start: 01/01/2026\n  end')],
  ['invalid-value/minimum', plan({ extra: 'revision:\n  number: 0\n' })],
  ['invalid-value/other', plan({ kind: 'score', ind: ['max: 0'] })],
  ['empty-value/empty', HEAD(1).replace('title: Kế hoạch mẫu', 'title: ""')],
  ['empty-list/empty', `${HEAD(1).replace(/units:\n[\s\S]*?(?=phases:)/, 'units: []\n')}`],
  ['empty-list/v1Indicators', `${HEAD(1)}indicators: []\ntargets: []\n`],
  [
    'duplicate-id/twice',
    plan({ extra: 'reportingUnits:\n  groups:\n    - id: xa\n      name: A\n    - id: xa\n      name: B\n' }),
  ],
  [
    'duplicate-id/alreadyAt',
    plan({
      extra:
        'reportingUnits:\n  list:\n    - id: xa-a\n      name: Xã A\n    - id: xa-a\n      name: Xã Khác\n',
    }),
  ],
  ['unknown-area/unknown', plan({ target: ['comparator: ">="', 'value: 90', 'area: bo-may'] })],
  ['parent-cycle/ownParent', plan({ target: ['comparator: ">="', 'value: 90', 'parent: chi-tieu'] })],
  [
    'parent-cycle/loop',
    `${plan({ target: ['comparator: ">="', 'value: 90', 'parent: chi-tieu-2'] })}  - id: chi-tieu-2
    title: Chỉ tiêu hai
    indicator: chi-so
    comparator: ">="
    value: 90
    phase: nam-2026
    owner: vhxh
    parent: chi-tieu
`,
  ],
  [
    'date-range-reversed/reversed',
    HEAD(1).replace('end: 2026-12-31\nreporting', 'end: 2025-12-31\nreporting'),
  ],
  [
    'phase-outside-plan/outside',
    plan().replace('    end: 2026-12-31\nindicators', '    end: 2027-12-31\nindicators'),
  ],
  [
    'bad-target-deadline/unparsed',
    plan({ noDefaults: true, target: ['comparator: ">="', 'value: 90', 'deadline: "sớm"', 'owner: vhxh'] }),
  ],
  [
    'bad-target-deadline/recurring',
    plan({
      noDefaults: true,
      target: ['comparator: ">="', 'value: 90', 'deadline: "Hằng quý"', 'owner: vhxh'],
    }),
  ],
  [
    'missing-deadline/missing',
    plan({ noDefaults: true, target: ['comparator: ">="', 'value: 90', 'owner: vhxh'] }),
  ],
  [
    'missing-task-deadline/missing',
    plan({ extra: 'tasks:\n  - id: nv-1\n    content: Việc mẫu\n    owner: vhxh\n' }),
  ],
  [
    'bad-area-timing/unparsed',
    plan({ extra: 'areas:\n  - id: bo-may\n    name: Bộ máy\n    lead: vhxh\n    timing: "khi nào xong"\n' }),
  ],
  [
    'missing-owner/target',
    plan({ noDefaults: true, target: ['comparator: ">="', 'value: 90', 'phase: nam-2026'] }),
  ],
  [
    'missing-owner/task',
    plan({ extra: 'tasks:\n  - id: nv-1\n    content: Việc mẫu\n    deadline: 2026-06-30\n' }),
  ],
  ['comparator-kind-mismatch/assessed', plan({ kind: 'milestone', target: ['comparator: ">="'] })],
  [
    'comparator-kind-mismatch/band',
    plan({ kind: 'score', ind: SCORE, target: ['band: Tốt', 'comparator: "<="'] }),
  ],
  [
    'comparator-kind-mismatch/againstChange',
    plan({
      target: ['comparator: "<="', 'baseline: { value: 50, date: 2025-12-31 }', 'relative: { increase: 10 }'],
    }),
  ],
  ['value-kind-mismatch/assessed', plan({ kind: 'milestone', target: ['value: 1'] })],
  ['missing-comparator/missing', plan({ target: ['value: 90'] })],
  ['missing-value/missing', plan({ target: ['comparator: ">="'] })],
  ['value-out-of-range/rank', plan({ kind: 'rank', target: ['comparator: "<="', 'value: 0'] })],
  ['value-out-of-range/count', plan({ kind: 'count', target: ['comparator: ">="', 'value: -1'] })],
  [
    'reporting-unit-unknown-group/unknown',
    plan({
      extra:
        'reportingUnits:\n  groups:\n    - id: xa\n      name: Xã\n  list:\n    - id: xa-a\n      name: Xã A\n      group: xaa\n',
    }),
  ],
  [
    'reporting-unit-duplicate-name/sameName',
    plan({
      extra: 'reportingUnits:\n  list:\n    - id: xa-a\n      name: Xã A\n    - id: xa-b\n      name: xa a\n',
    }),
  ],
  [
    'indicator-duplicate-name/sameName',
    plan({ ind: ['aliases: [Tỷ lệ]'] }).replace(
      '  - code: chi-so\n',
      '  - code: khac\n    name: Tỷ lệ\n    kind: count\n  - code: chi-so\n',
    ),
  ],
  ['reporting-units-file-read/os', unitsFile, { reason: 'os', code: 'ENOENT' }],
  ['reporting-units-file-read/tooLarge', unitsFile, { reason: 'tooLarge', max: 5242880 }],
  ['reporting-units-file-read/notUtf8', unitsFile, { reason: 'notUtf8' }],
  ['reporting-units-file-read/noAccess', unitsFile],
  ['reporting-units-file-invalid/notList', unitsFile, 'id: xa-a\n'],
  ['reporting-units-file-invalid/notMapping', unitsFile, '- xa-a\n'],
  ['reporting-units-file-invalid/badKey', unitsFile, '- id: xa-a\n  name: Xã A\n  ten: A\n'],
  ['reporting-units-file-invalid/badId', unitsFile, '- id: Xã A\n  name: Xã A\n'],
  ['reporting-units-file-invalid/noName', unitsFile, '- id: xa-a\n'],
  ['reporting-units-file-invalid/badAliases', unitsFile, '- id: xa-a\n  name: Xã A\n  aliases: [""]\n'],
  ['reporting-units-file-invalid/badGroup', unitsFile, '- id: xa-a\n  name: Xã A\n  group: 3\n'],
  ['needs-schema-version-2/needsV2', plan({ version: 1, kind: 'score', ind: ['max: 100'] })],
  [
    'unit-owns-nothing/nothing',
    plan().replace('units:\n', 'units:\n  - id: cong-an\n    name: Công an xã\n'),
  ],
  ['score-field-kind-mismatch/notScore', plan({ ind: ['max: 100'] })],
  ['missing-score-max/missing', plan({ kind: 'score' })],
  [
    'score-out-of-range/value',
    plan({ kind: 'score', ind: ['max: 10'], target: ['comparator: ">="', 'value: 11'] }),
  ],
  [
    'score-out-of-range/band',
    plan({ kind: 'score', ind: ['max: 10', 'bands:', '  - name: Tốt', '    min: 11'] }),
  ],
  ['duplicate-band/twice', plan({ kind: 'score', ind: [...SCORE, '  - name: Tốt', '    min: 90'] })],
  ['range-without-between/notBetween', plan({ target: ['comparator: ">="', 'value: 90', 'min: 80'] })],
  ['value-with-between/value', plan({ target: ['comparator: between', 'value: 90', 'min: 80', 'max: 95'] })],
  ['missing-range/missing', plan({ target: ['comparator: between', 'min: 80'] })],
  ['range-reversed/reversed', plan({ target: ['comparator: between', 'min: 95', 'max: 80'] })],
  ['band-without-bands/noBands', plan({ target: ['band: Tốt'] })],
  ['unknown-band/unknown', plan({ kind: 'score', ind: SCORE, target: ['band: Tot'] })],
  ['value-with-band/value', plan({ kind: 'score', ind: SCORE, target: ['band: Tốt', 'value: 80'] })],
  ['relative-without-baseline/missing', plan({ target: ['relative: { increase: 10 }'] })],
  [
    'value-with-relative/value',
    plan({
      target: ['value: 90', 'baseline: { value: 50, date: 2025-12-31 }', 'relative: { increase: 10 }'],
    }),
  ],
  [
    'relative-kind-mismatch/rankInPlaces',
    plan({
      kind: 'rank',
      target: ['baseline: { value: 20, date: 2025-12-31 }', 'relative: { increase: 10 }'],
    }),
  ],
  [
    'relative-kind-mismatch/placesOnlyForRank',
    plan({ target: ['baseline: { value: 50, date: 2025-12-31 }', 'relative: { betterBy: 5 }'] }),
  ],
  [
    'relative-out-of-range/outside',
    plan({ target: ['baseline: { value: 95, date: 2025-12-31 }', 'relative: { increase: 10 }'] }),
  ],
  ['over-units-need-not-understood/need', overUnits(['need: "phần lớn"'])],
  ['over-units-need-out-of-range/share', overUnits(['need: "120%"'])],
  ['over-units-need-out-of-range/count', overUnits(['need: "ít nhất 3/2"'])],
  ['over-units-count-mismatch/mismatch', overUnits(['need: "ít nhất 2/3"'])],
  ['over-units-count-mismatch/mismatchInGroup', overUnits(['need: "ít nhất 2/3"', 'group: xa'])],
  ['over-units-unknown-group/unknown', overUnits(['need: "100%"', 'group: huyen'])],
  [
    'over-units-duplicate-threshold/twice',
    overUnits([
      'need: "100%"',
      'thresholds:',
      '  - unit: xa-a',
      '    value: 80',
      '  - unit: xa-a',
      '    value: 85',
    ]),
  ],
  [
    'over-units-unknown-unit/unknown',
    overUnits(['need: "100%"', 'thresholds:', '  - unit: xa-c', '    value: 80']),
  ],
  [
    'over-units-threshold-without-value/between',
    overUnits(
      ['need: "100%"', 'thresholds:', '  - unit: xa-a'],
      ['comparator: between', 'min: 80', 'max: 95'],
    ),
  ],
  ['over-units-threshold-without-value/value', overUnits(['need: "100%"', 'thresholds:', '  - unit: xa-a'])],
];
