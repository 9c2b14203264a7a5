import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CchcError } from '../../src/errors.js';
import { loadPlanFile, parsePlan } from '../../src/plan/load-plan.js';
import { MAX_PLAN_CHARS } from '../../src/plan/yaml-source.js';
import { planWith } from './plan-text.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOOD = planWith('milestone', ['phase: gd-1', 'owner: vhxh']);
const first = (text: string) => parsePlan(text, 'p.yaml').diagnostics[0];

describe('parsePlan', () => {
  it('accepts the helper plan (so the cases below fail for their one change)', () => {
    const r = parsePlan(GOOD, 'p.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.id).toBe('xa-mau');
  });

  it.each([
    ['schemaVersion: 1\n', '', 'missing-field'],
    ['schemaVersion: 1\n', 'schemaVersion: "1"\n', 'wrong-type'],
    ['schemaVersion: 1\n', 'schemaVersion: 3\n', 'unknown-schema-version'],
    ['title: Kế hoạch mẫu', 'titel: Kế hoạch mẫu', 'unknown-field'],
    ['convention: cchc', 'convention: cchcc', 'invalid-value'],
    ['end: 2030-12-31', 'end: 2025-12-31', 'date-range-reversed'],
    ['    end: 2030-12-31\nareas', '    end: 2031-06-30\nareas', 'phase-outside-plan'],
    ['    partners: [cac-don-vi]', '    partners: [cac-don-vii]', 'unknown-unit'],
    ['    lead: vhxh', '    lead: vh', 'unknown-unit'],
    ['  - id: cac-don-vi', '  - id: vhxh', 'duplicate-id'],
    ['kind: milestone', 'kind: mile-stone', 'invalid-value'],
    ['issuer:\n  name: UBND xã Mẫu', 'issuer: UBND xã Mẫu', 'wrong-type'],
    ['units:\n', 'units: []\nx:\n', 'empty-list'],
    ['id: xa-mau\n', 'id: xa-mau\n---\nid: khac\n', 'yaml-syntax'],
    ['issuer:', 'document:\n  date: 2026-13\nissuer:', 'invalid-date'],
    ['issuer:', 'document:\n  date: 2026-02-29\nissuer:', 'invalid-date'],
  ])('%j → %j gives %s', (from, to, code) => {
    const text = GOOD.replace(from, to);
    expect(text).not.toBe(GOOD);
    expect(first(text)?.code).toBe(code);
  });

  it('unknown top-level field suggests the right one', () => {
    expect(first(GOOD.replace('title:', 'titel:'))?.message.en).toContain('Did you mean "title"?');
  });
  it('an invalid enum suggests the nearest value', () => {
    expect(first(GOOD.replace('convention: cchc', 'convention: cchcc'))?.message.vi).toContain('"cchc"');
  });
  it('reports every schema problem in one pass, a misspelt required field once, in file order', () => {
    const text = GOOD.replace('title: Kế hoạch mẫu', 'titel: Kế hoạch mẫu')
      .replace('name: Chỉ số mẫu', 'nam: Chỉ số mẫu')
      .replace('    kind: milestone\n', '');
    const ds = parsePlan(text, 'p.yaml').diagnostics;
    expect(ds.map((d) => [d.code, d.location?.pointer])).toEqual([
      ['unknown-field', '/titel'],
      ['missing-field', '/indicators/0'],
      ['unknown-field', '/indicators/0/nam'],
    ]);
  });
  it('a self-parent and a two-step loop are cycles', () => {
    const extra =
      '  - id: b\n    title: B\n    indicator: chi-so\n    phase: gd-1\n    owner: vhxh\n    parent: chi-tieu\n';
    const text = planWith('milestone', ['phase: gd-1', 'owner: vhxh', 'parent: b'], extra);
    expect(parsePlan(text, 'p.yaml').diagnostics.map((d) => d.code)).toEqual([
      'parent-cycle',
      'parent-cycle',
    ]);
    const self = planWith('milestone', ['phase: gd-1', 'owner: vhxh', 'parent: chi-tieu']);
    expect(parsePlan(self, 'p.yaml').diagnostics.map((d) => d.code)).toEqual(['parent-cycle']);
  });
  it.each([
    ['>=', 80, 'warning'],
    ['>=', 95, null],
    ['<=', 12, 'warning'],
    ['<=', 5, null],
  ])('later target %s %d after an earlier one of 90 / 10 → %s', (cmp, later, expected) => {
    const earlierValue = cmp === '>=' ? 90 : 10;
    const extra = `  - id: sau\n    title: Sau\n    indicator: chi-so\n    comparator: "${cmp}"\n    value: ${later}\n    phase: gd-2\n    owner: vhxh\n`;
    const text = planWith(
      'percentage',
      [`comparator: "${cmp}"`, `value: ${earlierValue}`, 'phase: gd-1', 'owner: vhxh'],
      extra,
    );
    const ds = parsePlan(text, 'p.yaml').diagnostics;
    expect(ds[0]?.severity ?? null).toBe(expected);
    if (expected) expect(ds[0]?.code).toBe('weaker-later-target');
  });
  it('accepts a document date without a day, and a BOM and NFD text', () => {
    const text =
      `\uFEFF${GOOD.replace('issuer:', 'document:\n  number: /KH-UBND\n  date: 2026-04\nissuer:')}`.normalize(
        'NFD',
      );
    const r = parsePlan(text, 'p.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.document?.date).toBe('2026-04');
    expect(r.plan?.units[0]?.name).toBe('Phòng Văn hóa - Xã hội'.normalize('NFC'));
  });
  it('is deterministic: same text, same result and digest', () => {
    expect(JSON.stringify(parsePlan(GOOD, 'p.yaml'))).toBe(JSON.stringify(parsePlan(`${GOOD}`, 'p.yaml')));
    expect(parsePlan(GOOD, 'p.yaml').sha256).not.toBe(parsePlan(`${GOOD}\n`, 'p.yaml').sha256);
  });
  it('refuses text over the size limit without parsing it', () => {
    expect(first(`# ${'x'.repeat(MAX_PLAN_CHARS)}\n`)?.code).toBe('plan-too-large');
  });
  it('positions point at the offending node (line:col, pointer)', () => {
    const d = first(GOOD.replace('owner: vhxh', 'owner: vhhx'));
    const line = GOOD.split('\n').findIndex((l) => l.includes('owner: vhxh')) + 1;
    expect(d?.location).toMatchObject({ file: 'p.yaml', line, column: 12, pointer: '/targets/0/owner' });
  });
});

describe('loadPlanFile', () => {
  it('reports paths relative to cwd with forward slashes', async () => {
    const r = await loadPlanFile(path.join(ROOT, 'fixtures/plan/valid/minimal.yaml'), ROOT);
    expect(r.file).toBe('fixtures/plan/valid/minimal.yaml');
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it.each([['does-not-exist.yaml'], ['fixtures/plan']])(
    '%s cannot be read → CchcError plan-read',
    async (file) => {
      const e = await loadPlanFile(file, ROOT).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CchcError);
      expect((e as CchcError).code).toBe('plan-read');
      expect((e as CchcError).msg.vi).toContain(file);
    },
  );
  it('reads UTF-16 with a BOM, and refuses bytes that are not text', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-plan-'));
    await writeFile(
      path.join(dir, 'u16.yaml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]),
    );
    await writeFile(path.join(dir, 'bin.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xc3]));
    expect((await loadPlanFile('u16.yaml', dir)).plan?.id).toBe('xa-mau');
    expect((await loadPlanFile('bin.yaml', dir)).diagnostics.map((d) => d.code)).toEqual(['plan-encoding']);
  });
  it('refuses a huge file before reading it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-plan-'));
    await writeFile(path.join(dir, 'big.yaml'), Buffer.alloc(MAX_PLAN_CHARS + 1, 0x20));
    const r = await loadPlanFile('big.yaml', dir);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['plan-too-large']);
    expect(r.plan).toBeNull();
  });
});
