import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  currentPlanValidatorSource,
  OUTPUT_PATH,
  planValidatorSource,
} from '../../scripts/gen-plan-validator.mjs';
import { validatePlan } from '../../src/plan/plan-validator.generated.js';
import { planSchema } from '../../src/plan/schema-check.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

describe('src/plan/plan-validator.generated.ts (ajv standalone, compiled ahead of time)', () => {
  it('is exactly what scripts/gen-plan-validator.mjs makes from the schema now (run `npm run gen:plan-validator`)', () => {
    // Compared as text, not as a snapshot: a drifted file must fail, never be rewritten by `vitest -u`.
    expect(read(OUTPUT_PATH) === currentPlanValidatorSource()).toBe(true);
  });

  it('changes when the schema changes (the drift check can fail)', () => {
    const schema = structuredClone(planSchema()) as { required: string[] };
    schema.required = schema.required.filter((r) => r !== 'title');
    expect(planValidatorSource(schema)).not.toBe(currentPlanValidatorSource());
  });

  it('loads none of ajv at run time: only its type and its one small run-time helper', () => {
    const text = read(OUTPUT_PATH);
    const imports = [...text.matchAll(/^import .*$/gm)].map((m) => m[0]);
    expect(imports).toEqual([
      "import type { ValidateFunction } from 'ajv';",
      "import { createRequire } from 'node:module';",
    ]);
    expect(text.match(/createRequire\([^)]*\)\([^)]*\)/g)).toEqual([
      "createRequire(import.meta.url)('ajv/dist/runtime/ucs2length')",
    ]);
    expect(text).not.toMatch(/\brequire\(/);
    expect(read('src/plan/schema-check.ts')).not.toMatch(/^import (?!type\b).*from 'ajv'/m);
  });
});

/** What schema-check reads from an error object; compared with a validator compiled at run time. */
const essentials = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => ({
    keyword: e.keyword,
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    params: e.params,
    data: e.data,
    parentSchema: e.parentSchema,
  }));

const fromYaml = (p: string): unknown => parse(read(p));
const invalidDir = 'fixtures/plan/invalid';
const SAMPLES: [name: string, data: unknown][] = [
  ['shipped example plan', fromYaml('plans/phu-trung-2026-2030.yaml')],
  ['minimal valid plan', fromYaml('fixtures/plan/valid/minimal.yaml')],
  ...readdirSync(path.join(ROOT, invalidDir))
    .sort()
    .map((f): [string, unknown] => [
      `invalid/${f}`,
      (() => {
        try {
          return fromYaml(`${invalidDir}/${f}`);
        } catch {
          return null; // a YAML syntax error never reaches the schema; null still exercises the validator
        }
      })(),
    ]),
  ['null', null],
  ['a list', [1, 2]],
  ['empty mapping', {}],
  ['misspelt and mistyped fields', { schemaVersion: '1', titel: 'x', id: 'Bad Id', units: [] }],
  ['empty strings', { id: '', title: '', issuer: { name: '' } }],
  ['astral-plane title (counted as one character by minLength)', { title: '𝒜' }],
];

describe('the generated validator reports what ajv compiled at run time reported', () => {
  const runtime = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(planSchema());

  it.each(SAMPLES)('%s', (_name, data) => {
    const ok = validatePlan(data);
    expect(ok).toBe(runtime(data));
    expect(essentials(validatePlan.errors)).toEqual(essentials(runtime.errors));
  });

  it('the samples include both valid plans and many kinds of error (the comparison can fail)', () => {
    const keywords = new Set(
      SAMPLES.flatMap(([, d]) =>
        validatePlan(d) ? ['valid'] : essentials(validatePlan.errors).map((e) => e.keyword),
      ),
    );
    expect([...keywords].sort()).toEqual(
      expect.arrayContaining(['additionalProperties', 'minLength', 'pattern', 'required', 'type', 'valid']),
    );
  });
});
