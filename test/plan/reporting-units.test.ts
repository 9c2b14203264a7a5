// Plan fields that say whose data a return is and what names an indicator is published under:
// issuer.aliases, indicators[].aliases, reportingUnits { file, groups, list }.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFile, parsePlan } from '../../src/plan/load-plan.js';
import { planWith } from './plan-text.js';

/** These fields are format version 2: a version-1 file holding them is refused (helper 11's gate). */
const v2 = (s: string) => s.replace('schemaVersion: 1\n', 'schemaVersion: 2\n');
const base = v2(planWith('percentage', ['comparator: ">="', 'value: 90', 'phase: gd-1', 'owner: vhxh']));
const withIssuerAliases = (s: string) =>
  s.replace('  name: UBND xã Mẫu\n', '  name: UBND xã Mẫu\n  aliases: [Xã Mẫu, UBND xa Mau]\n');
const withIndicatorAliases = (s: string, aliases: string) =>
  s.replace('    name: Chỉ số mẫu\n', `    name: Chỉ số mẫu\n    aliases: ${aliases}\n`);
const withUnits = (s: string, block: string) => s.replace('phases:\n', `${block}phases:\n`);

const UNITS = `reportingUnits:
  groups:
    - id: khoi-xa
      name: Khối xã
  list:
    - id: xa-a
      name: Xã An
      group: khoi-xa
    - id: phuong-b
      name: Phường Bình
      aliases: [UBND phường Bình]
`;

const codes = (text: string) => parsePlan(text, 'p.yaml').diagnostics.map((d) => [d.code, d.location?.line]);

describe('plan fields for whose data and indicator names', () => {
  it('accepts issuer aliases, indicator aliases and reporting units, and carries them into the plan', () => {
    const r = parsePlan(
      withUnits(withIndicatorAliases(withIssuerAliases(base), '[Tỷ lệ mẫu]'), UNITS),
      'p.yaml',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.issuer.aliases).toEqual(['Xã Mẫu', 'UBND xa Mau']);
    expect(r.plan!.indicators[0]!.aliases).toEqual(['Tỷ lệ mẫu']);
    expect(r.plan!.reportingUnits).toEqual({
      groups: [{ id: 'khoi-xa', name: 'Khối xã' }],
      list: [
        { id: 'xa-a', name: 'Xã An', group: 'khoi-xa' },
        { id: 'phuong-b', name: 'Phường Bình', aliases: ['UBND phường Bình'] },
      ],
    });
  });

  it('a plan without reportingUnits has none (its data are the issuer’s own)', () => {
    expect(parsePlan(base, 'p.yaml').plan!.reportingUnits).toBeUndefined();
  });

  it.each([
    ['duplicate unit id', UNITS.replace('id: phuong-b', 'id: xa-a'), 'duplicate-id'],
    ['unknown group', UNITS.replace('group: khoi-xa', 'group: khoi-xaa'), 'reporting-unit-unknown-group'],
    [
      'two units, one name once folded',
      UNITS.replace('[UBND phường Bình]', '[XÃ AN]'),
      'reporting-unit-duplicate-name',
    ],
    [
      'a unit named like the issuer',
      UNITS.replace('name: Xã An', 'name: Ủy ban nhân dân xã Mẫu'),
      'reporting-unit-duplicate-name',
    ],
    ['unknown key', UNITS.replace('      group: khoi-xa', '      nhom: khoi-xa'), 'unknown-field'],
  ])('%s → %s', (_n, block, code) => {
    const found = codes(withUnits(base, block));
    expect(found.map((c) => c[0])).toContain(code);
  });

  it('the unknown group gets a did-you-mean and points at the group line', () => {
    const text = withUnits(base, UNITS.replace('group: khoi-xa', 'group: khoi-xaa'));
    const d = parsePlan(text, 'p.yaml').diagnostics.find((x) => x.code === 'reporting-unit-unknown-group')!;
    expect(d.message.vi).toContain('"khoi-xa"');
    expect(text.split('\n')[d.location!.line! - 1]).toContain('group: khoi-xaa');
  });

  it('indicator aliases that fold to another indicator’s name are refused', () => {
    const two = base.replace(
      'targets:\n',
      'targets:\n'.replace(
        'targets',
        '  - code: chi-so-2\n    name: Chỉ số thứ hai\n    kind: percentage\ntargets',
      ),
    );
    expect(codes(two)).toEqual([]);
    const clash = withIndicatorAliases(two, '[CHI SO THU HAI]');
    expect(codes(clash).map((c) => c[0])).toEqual(['indicator-duplicate-name']);
  });
});

describe('reportingUnits.file', () => {
  async function dir(files: Record<string, string>): Promise<string> {
    const d = await mkdtemp(path.join(tmpdir(), 'cchc-ru-'));
    for (const [name, text] of Object.entries(files)) {
      await writeFile(path.join(d, name), text);
    }
    return d;
  }
  const plan = withUnits(
    base,
    'reportingUnits:\n  file: don-vi.yaml\n  groups:\n    - id: khoi-xa\n      name: Khối xã\n  list:\n    - id: xa-a\n      name: Xã An\n',
  );

  it('reads the list beside the plan, after the inline list', async () => {
    const d = await dir({
      'plan.yaml': plan,
      'don-vi.yaml': '- id: xa-c\n  name: Xã Cát\n  group: khoi-xa\n',
    });
    const r = await loadPlanFile('plan.yaml', d);
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.reportingUnits!.list.map((u) => u.id)).toEqual(['xa-a', 'xa-c']);
    expect(r.plan!.reportingUnits!.file).toBe('don-vi.yaml');
  });

  it('errors are located in the units file', async () => {
    const d = await dir({
      'plan.yaml': plan,
      'don-vi.yaml':
        '- id: xa-c\n  name: Xã Cát\n- id: Xa D\n  name: Xã Đồng\n- id: xa-a\n  name: Xã Ấp\n- id: xa-e\n  name: Xã Én\n  group: khoi-y\n',
    });
    const r = await loadPlanFile('plan.yaml', d);
    expect(r.plan).toBeNull();
    expect(r.diagnostics.map((x) => [x.code, x.location?.file, x.location?.line])).toEqual([
      ['duplicate-id', 'don-vi.yaml', 5],
      ['reporting-unit-unknown-group', 'don-vi.yaml', 9],
      ['reporting-units-file-invalid', 'don-vi.yaml', 3],
    ]);
  });

  it('a missing file is an error at the plan’s file key; a mapping instead of a list is refused', async () => {
    const d = await dir({ 'plan.yaml': plan });
    const r = await loadPlanFile('plan.yaml', d);
    expect(r.diagnostics.map((x) => [x.code, x.location?.file])).toEqual([
      ['reporting-units-file-read', 'plan.yaml'],
    ]);
    const d2 = await dir({ 'plan.yaml': plan, 'don-vi.yaml': 'id: xa-c\nname: Xã Cát\n' });
    const r2 = await loadPlanFile('plan.yaml', d2);
    expect(r2.diagnostics.map((x) => [x.code, x.location?.file])).toEqual([
      ['reporting-units-file-invalid', 'don-vi.yaml'],
    ]);
  });
});
