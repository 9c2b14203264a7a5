// Issue 11 (validate): a comma in an unquoted flow value is said as such, with the quoted value to write;
// a bare year is accepted where the format accepts a year (document, revision and basis dates).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/load-plan.js';
import { planWith } from './plan-text.js';

const GOOD = planWith('milestone', ['phase: gd-1', 'owner: vhxh']);
const parse = (text: string) => parsePlan(text, 'p.yaml');

describe('a comma inside an unquoted flow value', () => {
  it('"unknown field" becomes "put the value in quotes", at the stray piece', () => {
    const r = parse(
      GOOD.replace('issuer:\n  name: UBND xã Mẫu', 'issuer: { name: UBND xã Mẫu, tỉnh Đồng Nai }'),
    );
    expect(r.plan).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['yaml-unquoted-comma']);
    const d = r.diagnostics[0]!;
    expect(d.location).toMatchObject({ line: 4, column: 30 });
    expect(d.hint?.vi).toBe('Đặt cả giá trị trong dấu nháy: name: "UBND xã Mẫu, tỉnh Đồng Nai"');
    expect(d.hint?.en).toBe('Put the whole value in quotes: name: "UBND xã Mẫu, tỉnh Đồng Nai"');
  });

  it('the same piece twice: no "duplicate key" on top, one finding per value', () => {
    const r = parse(
      GOOD.replace(
        'issuer:\n  name: UBND xã Mẫu',
        'issuer: { name: UBND xã Mẫu, tỉnh Quảng Trị, place: Đông Hà, tỉnh Quảng Trị }',
      ),
    );
    expect(r.diagnostics.map((d) => [d.code, d.text])).toEqual([
      ['yaml-unquoted-comma', 'tỉnh Quảng Trị'],
      ['yaml-unquoted-comma', 'tỉnh Quảng Trị'],
    ]);
  });

  it('several commas in one value are one finding that quotes all of it', () => {
    const r = parse(
      GOOD.replace('issuer:\n  name: UBND xã Mẫu', 'issuer: { name: UBND xã Mẫu, huyện A, tỉnh B }'),
    );
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.hint?.vi).toContain('name: "UBND xã Mẫu, huyện A, tỉnh B"');
  });

  it('quoted, it is read as written', () => {
    const r = parse(
      GOOD.replace('issuer:\n  name: UBND xã Mẫu', 'issuer: { name: "UBND xã Mẫu, tỉnh Đồng Nai" }'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.issuer.name).toBe('UBND xã Mẫu, tỉnh Đồng Nai');
  });

  it('block style has no such trap: the comma stays in the value', () => {
    const r = parse(GOOD.replace('name: UBND xã Mẫu', 'name: UBND xã Mẫu, tỉnh Đồng Nai'));
    expect(r.plan?.issuer.name).toBe('UBND xã Mẫu, tỉnh Đồng Nai');
  });
});

describe('a bare year where a year is accepted', () => {
  it.each([
    ['document', 'document:\n  number: /KH-UBND\n  date: 2024\nissuer:'],
    ['basis', 'basis:\n  - { title: Kế hoạch của tỉnh, number: 12/KH-UBND, date: 2024 }\nissuer:'],
    ['revision', 'revision:\n  number: 2\n  date: 2027\nissuer:'],
  ])('%s date: 2024 unquoted is the year', (_, block) => {
    const r = parse(GOOD.replace('issuer:', block));
    expect(r.diagnostics).toEqual([]);
    expect(r.plan).not.toBeNull();
  });

  it('the document date keeps the text "2024"', () => {
    const r = parse(GOOD.replace('issuer:', 'document:\n  date: 2024\nissuer:'));
    expect(r.plan?.document?.date).toBe('2024');
  });

  it('a full date still needs YYYY-MM-DD where only a full date is accepted (period.start)', () => {
    const r = parse(GOOD.replace('start: 2026-01-01\n  end: 2030', 'start: 2026\n  end: 2030'));
    expect(r.diagnostics.map((d) => d.code)).toContain('wrong-type');
  });

  it('a number that is not a year stays an error', () => {
    const r = parse(GOOD.replace('issuer:', 'document:\n  date: 20240\nissuer:'));
    expect(r.diagnostics.map((d) => d.code)).toContain('wrong-type');
  });
});
