/**
 * The plan loader at its edges: non-finite numbers (fault 8), CR line endings (fault 9), checks that stay
 * linear in the number of targets (fault 10), nesting too deep for a plan (fault 11).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPlan } from '../../src/plan/check-plan.js';
import { checkWeakerLaterTargets } from '../../src/plan/check-weaker-targets.js';
import { parsePlan } from '../../src/plan/load-plan.js';
import type { RawPlan } from '../../src/plan/raw-plan.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const SHIPPED = readFileSync(path.join(REPO, 'plans/phu-trung-2026-2030.yaml'), 'utf8');
const errorsOf = (text: string) =>
  parsePlan(text, 'plan.yaml').diagnostics.filter((d) => d.severity === 'error');

/** Replace the first `from` (which must exist) and say where the replacement starts. */
function put(from: string, to: string): { text: string; line: number; column: number } {
  const at = SHIPPED.indexOf(from);
  if (at < 0) throw new Error(`no ${from}`);
  const before = SHIPPED.slice(0, at);
  return {
    text: before + to + SHIPPED.slice(at + from.length),
    line: before.split('\n').length,
    column: at - before.lastIndexOf('\n'),
  };
}

describe('NaN and infinities are errors at their line:col, in every numeric field (fault 8)', () => {
  it.each([
    ['a target value', 'value: 95\n', 'value: .nan\n', 'value: '.length],
    ['a target value, infinite', 'value: 95\n', 'value: .inf\n', 'value: '.length],
    ['a target value, minus infinity', 'value: 95\n', 'value: -.Inf\n', 'value: '.length],
    [
      'a baseline',
      'value: 95\n',
      'value: 95\n    baseline: { value: .NaN, period: Năm 2025 }\n',
      'value: 95\n    baseline: { value: '.length,
    ],
    [
      'the revision number',
      'revision:\n  number: 1',
      'revision:\n  number: .inf',
      'revision:\n  number: '.length,
    ],
    ['schemaVersion', 'schemaVersion: 2', 'schemaVersion: .nan', 'schemaVersion: '.length],
  ])('%s', (_, from, to, offset) => {
    const { text, line, column } = put(from, to);
    const [e, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(e!.code).toBe('plan-non-finite-number');
    const before = text.slice(0, text.indexOf(to) + offset);
    expect(e!.location).toMatchObject({
      line: before.split('\n').length,
      column: before.length - before.lastIndexOf('\n'),
    });
    expect(line).toBeGreaterThan(0);
    expect(column).toBeGreaterThan(0);
    expect(e!.message.en).toMatch(/is not a number one can meet/);
  });
});

describe('CR, LF and CRLF line endings are read alike (fault 9)', () => {
  const lf = parsePlan(SHIPPED, 'plan.yaml');
  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ])('%s', (_, eol) => {
    const r = parsePlan(SHIPPED.replace(/\n/g, eol), 'plan.yaml');
    expect(r.diagnostics).toEqual(lf.diagnostics);
    expect(r.plan).toEqual(lf.plan);
    expect(r.plan?.targets.length).toBeGreaterThan(10);
  });
});

describe('nesting deeper than a plan is refused in words (fault 11)', () => {
  it('10,000 levels of flow lists: "nested too deeply", not the internal stack message', () => {
    const [e, ...rest] = errorsOf(`${SHIPPED}extra: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(rest).toEqual([]);
    expect(e!.code).toBe('plan-too-deep');
    expect(e!.message.en).toMatch(/nested too deeply \(more than 64 levels/);
    expect(JSON.stringify(e)).not.toMatch(/call stack/i);
  });

  it('100 levels of block mappings, at the level that is too deep', () => {
    const deep = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}a${i}:`).join('\n');
    const [e] = errorsOf(`${SHIPPED}extra:\n${deep} 1\n`);
    expect(e!.code).toBe('plan-too-deep');
    expect(e!.location?.line).toBe(SHIPPED.split('\n').length + 64);
  });

  it('a nesting under the limit is left to the schema', () => {
    const [e] = errorsOf(`${SHIPPED}extra: ${'['.repeat(40)}${']'.repeat(40)}\n`);
    expect(e!.code).toBe('unknown-field');
  });
});

describe('checks stay linear in the number of targets (fault 10)', () => {
  // Built without YAML so the test measures the checks, not the parser: 20,000 ">=" targets of one
  // indicator. Comparing every pair (4·10⁸ comparisons) ran for minutes; grouped and swept, milliseconds.
  const raw = parse(SHIPPED) as RawPlan;
  const many: RawPlan = {
    ...raw,
    targets: Array.from({ length: 20_000 }, (_, k) => ({
      ...raw.targets.find((t) => t.id === 'hai-long-dvc-truc-tuyen')!,
      id: `t-${k}`,
      value: 100 - (k % 50),
      phase: k % 2 ? 'gd-2028-2030' : 'gd-2026-2027',
    })),
  };
  const ctx = { raw: many, locate: () => ({ file: 'plan.yaml', line: 1, column: 1 }) };

  it('one warning per weakened later target, against the strongest earlier one', () => {
    const found = checkWeakerLaterTargets(ctx);
    // The 2028-2030 targets are the odd k, whose values (99, 97, … 51) are all below the 2026-2027 best, 100.
    expect(found.length).toBe(10_000);
    expect(found[0]!.message.en).toMatch(/asks for less than the earlier target "t-0" \(>= 100/);
  }, 10_000);

  it('every semantic check over 20,000 targets', () => {
    const ds = checkPlan(ctx);
    expect(ds.length).toBeGreaterThan(0);
  }, 20_000);
});
