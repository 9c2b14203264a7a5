import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Diagnostic, Location, Msg } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { nearest } from '../util/text.js';
import type { PlanCode } from '../words/diagnostics/catalog.js';
import { describePointer } from './describe-pointer.js';
import { validatePlan } from './plan-validator.generated.js';
import { patternMessage, TYPE_WORDS, typeOf } from './schema-messages.js';

// The schema file is the single source of truth for editors and for this check. It sits two
// levels above this module both in src/plan and in dist/plan, and ships in the npm package.
// The check itself runs the validator compiled from it ahead of time (plan-validator.generated.ts,
// kept identical to the schema by a test): compiling with ajv at start-up cost ≈60 ms per run.
const require = createRequire(import.meta.url);

/** The plan schema (draft-07), as shipped in `schemas/plan.schema.json`. */
export function planSchema(): Record<string, unknown> {
  return require('../../schemas/plan.schema.json') as Record<string, unknown>;
}

/** Check plain plan data against the schema; one clear diagnostic per problem, positioned in the YAML. */
export function checkSchema(
  data: unknown,
  locate: (pointer: string, key?: boolean) => Location,
): Diagnostic[] {
  const validate = validatePlan;
  if (validate(data)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const typeErrorPaths = new Set(
    (validate.errors ?? []).filter((e) => e.keyword === 'type').map((e) => e.instancePath),
  );
  // "titel:" is one mistake, not two: when an unknown field's nearest name is the missing required
  // field, the "did you mean" message says it all and the missing-field one is dropped.
  const misspelt = new Set<string>();
  for (const e of validate.errors ?? []) {
    if (e.keyword !== 'additionalProperties') continue;
    const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
    const near = nearest(String(e.params.additionalProperty), allowed, 1)[0];
    if (near) misspelt.add(`${e.instancePath}|${near}`);
  }
  for (const e of validate.errors ?? []) {
    // A wrong type explains everything else wrong at that path (pattern, enum…): say it once.
    if (e.keyword !== 'type' && typeErrorPaths.has(e.instancePath)) continue;
    if (e.keyword === 'required' && misspelt.has(`${e.instancePath}|${e.params.missingProperty}`)) continue;
    const d = translate(e, data, locate);
    if (!d) continue;
    const key = `${d.code}|${d.location?.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}

function translate(
  e: ErrorObject,
  data: unknown,
  locate: (p: string, key?: boolean) => Location,
): Diagnostic | null {
  const where = describePointer(e.instancePath, data);
  const error = (
    code: PlanCode,
    message: Msg,
    location: Location,
    hint?: Msg,
    text?: string,
  ): Diagnostic => ({
    code,
    severity: 'error',
    message,
    location,
    ...(hint ? { hint } : {}),
    ...(text !== undefined ? { text } : {}),
  });
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String(e.params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const near = nearest(prop, allowed, 1);
      const pointer = `${e.instancePath}/${escapePointer(prop)}`;
      const suggest = near.length
        ? msg(` Có phải ý bạn là "${near[0]}"?`, ` Did you mean "${near[0]}"?`)
        : msg('', '');
      return error(
        'unknown-field',
        msg(
          `Trường "${prop}" không có trong định dạng kế hoạch (tại ${where.vi}).${suggest.vi}`,
          `Unknown field "${prop}" (in ${where.en}).${suggest.en}`,
        ),
        locate(pointer, true),
        msg(`Các trường được phép: ${allowed.join(', ')}.`, `Allowed fields: ${allowed.join(', ')}.`),
        prop,
      );
    }
    case 'required': {
      const prop = String(e.params.missingProperty);
      return error(
        'missing-field',
        msg(
          `Thiếu trường bắt buộc "${prop}" trong ${where.vi}.`,
          `Missing required field "${prop}" in ${where.en}.`,
        ),
        locate(e.instancePath, true),
        msg(`Hãy thêm dòng "${prop}: …".`, `Add a line "${prop}: …".`),
      );
    }
    case 'type': {
      const want = TYPE_WORDS[String(e.params.type)] ?? {
        vi: String(e.params.type),
        en: String(e.params.type),
      };
      const got = typeOf(e.data);
      return error(
        'wrong-type',
        msg(
          `${cap(where.vi)} phải là ${want.vi}, nhưng tệp ghi ${got.vi}.`,
          `${cap(where.en)} must be ${want.en}, but the file has ${got.en}.`,
        ),
        locate(e.instancePath),
        typeof e.data === 'string' && /%\s*$/.test(e.data) && e.params.type === 'number'
          ? msg(
              'Ghi số không kèm dấu %: 95 cho 95%, 95.5 cho 95,5%.',
              'Write the number without "%": 95 for 95%, 95.5 for 95.5%.',
            )
          : undefined,
        typeof e.data === 'string' ? e.data : undefined,
      );
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => String(v));
      const near = likelyMeant(String(e.data), allowed) ?? nearest(String(e.data), allowed, 1);
      const suggest = near.length
        ? msg(
            ` Có phải ý bạn là ${near.map((n) => `"${n}"`).join(' hay ')}?`,
            ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`,
          )
        : msg('', '');
      return error(
        'invalid-value',
        msg(
          `Giá trị "${String(e.data)}" không hợp lệ cho ${where.vi}; chỉ nhận: ${allowed.join(', ')}.${suggest.vi}`,
          `"${String(e.data)}" is not a valid value for ${where.en}; expected one of: ${allowed.join(', ')}.${suggest.en}`,
        ),
        locate(e.instancePath),
        undefined,
        String(e.data),
      );
    }
    case 'pattern':
      return error(
        'invalid-value',
        patternMessage(String(e.params.pattern), String(e.data), where),
        locate(e.instancePath),
        undefined,
        String(e.data),
      );
    case 'minLength':
      return error(
        'empty-value',
        msg(`${cap(where.vi)} không được để trống.`, `${cap(where.en)} must not be empty.`),
        locate(e.instancePath),
      );
    case 'minItems':
      return error(
        'empty-list',
        msg(`${cap(where.vi)} phải có ít nhất một mục.`, `${cap(where.en)} must have at least one entry.`),
        locate(e.instancePath),
      );
    case 'minimum':
      return error(
        'invalid-value',
        msg(
          `${cap(where.vi)} phải lớn hơn hoặc bằng ${e.params.limit}.`,
          `${cap(where.en)} must be at least ${e.params.limit}.`,
        ),
        locate(e.instancePath),
      );
    default:
      return error(
        'invalid-value',
        msg(`Giá trị không hợp lệ tại ${where.vi}.`, `Invalid value in ${where.en}.`),
        locate(e.instancePath),
      );
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Comparators typed in the other order ("=>" for ">="): the nearest by edit distance is "=", which would
 * change the target's meaning, so the reversed pair is suggested instead. Also "đạt", which is not accepted
 * because it reads two ways: both readings are suggested.
 */
const LIKELY: Record<string, string[]> = {
  '=>': ['>='],
  '=<': ['<='],
  '==': ['='],
  '>>': ['>'],
  '<<': ['<'],
  '≧': ['>='],
  '≦': ['<='],
  đạt: ['tối thiểu', 'đạt đúng'],
  'ít nhất': ['tối thiểu'],
  'tối đa': ['không quá'],
};

function likelyMeant(value: string, allowed: string[]): string[] | undefined {
  const hit = LIKELY[value.trim().toLowerCase()]?.filter((c) => allowed.includes(c));
  return hit?.length ? hit : undefined;
}
