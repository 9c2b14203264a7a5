import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/load-plan.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = 'fixtures/plan/invalid';

/** One fixture per kind of mistake: the first diagnostic's code, severity and position are part of the contract. */
const CASES: [fixture: string, code: string, severity: 'error' | 'warning', line: number, column: number][] =
  [
    ['syntax-error', 'yaml-syntax', 'error', 14, 5],
    ['duplicate-key', 'yaml-duplicate-key', 'error', 39, 5],
    ['alias-bomb', 'yaml-alias-limit', 'error', 3, 8],
    ['not-a-mapping', 'plan-not-mapping', 'error', 2, 1],
    ['empty', 'plan-empty', 'error', 1, 1],
    ['unknown-schema-version', 'unknown-schema-version', 'error', 2, 16],
    ['unknown-field', 'unknown-field', 'error', 37, 5],
    ['wrong-type', 'wrong-type', 'error', 38, 12],
    ['missing-required', 'missing-field', 'error', 34, 5],
    ['bad-id', 'invalid-value', 'error', 49, 9],
    ['duplicate-id', 'duplicate-id', 'error', 41, 9],
    ['unknown-unit', 'unknown-unit', 'error', 51, 12],
    ['unknown-indicator', 'unknown-indicator', 'error', 43, 16],
    ['unknown-phase', 'unknown-phase', 'error', 46, 12],
    ['unknown-parent', 'unknown-parent', 'error', 47, 13],
    ['deadline-outside-plan', 'deadline-outside-plan', 'error', 47, 15],
    ['deadline-outside-phase', 'deadline-outside-phase', 'error', 40, 15],
    ['percentage-out-of-range', 'percentage-out-of-range', 'error', 38, 12],
    ['level-out-of-range', 'level-out-of-range', 'error', 45, 12],
    ['comparator-kind-mismatch', 'comparator-kind-mismatch', 'error', 37, 17],
    ['weaker-later-target', 'weaker-later-target', 'warning', 45, 12],
    ['bad-task-deadline', 'bad-task-deadline', 'error', 52, 15],
    ['invalid-date', 'invalid-date', 'error', 21, 10],
  ];

describe('broken plans: one fixture per kind of mistake', () => {
  it('every fixture in the folder has a case (no fixture silently untested)', () => {
    const files = readdirSync(path.join(ROOT, DIR)).map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(CASES.map((c) => c[0]).sort());
  });

  it.each(CASES)('%s → %s (%s) at %i:%i', async (fixture, code, severity, line, column) => {
    const r = await loadPlanFile(`${DIR}/${fixture}.yaml`, ROOT);
    expect(r.diagnostics).toHaveLength(1);
    const [d] = r.diagnostics;
    expect({
      code: d!.code,
      severity: d!.severity,
      line: d!.location?.line,
      column: d!.location?.column,
    }).toEqual({
      code,
      severity,
      line,
      column,
    });
    expect(d!.location?.file).toBe(`${DIR}/${fixture}.yaml`);
    // A warning alone still yields a plan; any error withholds it.
    expect(r.plan === null).toBe(severity === 'error');
    // Both languages, and no raw ajv wording leaks through.
    expect(d!.message.vi).not.toBe('');
    expect(d!.message.en).not.toBe('');
    expect(`${d!.message.vi} ${d!.message.en}`).not.toMatch(/must match|instancePath|#\/definitions|oneOf/);
  });

  it.each([
    ['unknown-field', 'comparator'],
    ['unknown-unit', 'vhxh'],
    ['unknown-indicator', 'quan-tri-du-lieu'],
    ['unknown-phase', 'gd-2028-2030'],
  ])('%s suggests "%s"', async (fixture, suggestion) => {
    const r = await loadPlanFile(`${DIR}/${fixture}.yaml`, ROOT);
    expect(r.diagnostics[0]!.message.vi).toContain(`Có phải ý bạn là "${suggestion}"?`);
    expect(r.diagnostics[0]!.message.en).toContain(`Did you mean "${suggestion}"?`);
  });

  it('unknown schemaVersion names the supported versions', async () => {
    const r = await loadPlanFile(`${DIR}/unknown-schema-version.yaml`, ROOT);
    expect(r.diagnostics[0]!.message.en).toContain('reads: 1');
  });

  it('the alias bomb is refused quickly, not expanded', async () => {
    const t0 = performance.now();
    await loadPlanFile(`${DIR}/alias-bomb.yaml`, ROOT);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
