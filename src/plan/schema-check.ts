import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { nearest } from '../util/text.js';
import {
  type CatalogExtras,
  catalogDiagnostic,
  type MessageData,
  type PlanCode,
} from '../words/diagnostics/catalog.js';
import { describePointer } from '../words/plan-pointer.js';
import { TYPE_WORDS, typeOf } from '../words/schema-words.js';
import { upperFirst } from '../words/status.js';
import { didYouMeanText, LIKELY_COMPARATORS } from '../words/suggestion.js';
import { validatePlan } from './plan-validator.generated.js';

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
  const Where = { vi: upperFirst(where.vi), en: upperFirst(where.en) };
  const error = (code: PlanCode, id: string, data: MessageData, location: Location, extras?: CatalogExtras) =>
    catalogDiagnostic(code, id, data, { ...extras, location });
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(e.params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const pointer = `${e.instancePath}/${escapePointer(field)}`;
      const data = {
        field,
        where,
        allowed: allowed.join(', '),
        didYouMean: didYouMeanText(nearest(field, allowed, 1)),
      };
      return error('unknown-field', 'unknown', data, locate(pointer, true), {
        hintId: 'allowedHint',
        text: field,
      });
    }
    case 'required': {
      const field = String(e.params.missingProperty);
      return error('missing-field', 'missing', { field, where }, locate(e.instancePath, true), {
        hintId: 'missingHint',
      });
    }
    case 'type': {
      const want = TYPE_WORDS[String(e.params.type)] ?? {
        vi: String(e.params.type),
        en: String(e.params.type),
      };
      const percent = typeof e.data === 'string' && /%\s*$/.test(e.data) && e.params.type === 'number';
      return error(
        'wrong-type',
        'wrongType',
        { where: Where, want, got: typeOf(e.data) },
        locate(e.instancePath),
        {
          ...(percent ? { hintId: 'percentHint' } : {}),
          ...(typeof e.data === 'string' ? { text: e.data } : {}),
        },
      );
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => String(v));
      const value = String(e.data);
      const near = likelyMeant(value, allowed) ?? nearest(value, allowed, 1);
      const data = { value, where, allowed: allowed.join(', '), didYouMean: didYouMeanText(near) };
      return error('invalid-value', 'notAllowed', data, locate(e.instancePath), { text: value });
    }
    case 'pattern': {
      const value = String(e.data);
      return error(
        'invalid-value',
        patternMessageId(String(e.params.pattern)),
        { value, where },
        locate(e.instancePath),
        {
          text: value,
        },
      );
    }
    case 'minLength':
      return error('empty-value', 'empty', { where: Where }, locate(e.instancePath));
    case 'minItems':
      return error('empty-list', 'empty', { where: Where }, locate(e.instancePath));
    case 'minimum':
      return error(
        'invalid-value',
        'minimum',
        { where: Where, limit: String(e.params.limit) },
        locate(e.instancePath),
      );
    default:
      return error('invalid-value', 'other', { where }, locate(e.instancePath));
  }
}

/** The one pattern failure per kind of string (id, full date, partial date), said as a rule to follow. */
function patternMessageId(pattern: string): string {
  if (pattern.startsWith('^[a-z0-9]')) return 'badId';
  return pattern.includes('(-') ? 'partialDate' : 'fullDate';
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function likelyMeant(value: string, allowed: string[]): string[] | undefined {
  const hit = LIKELY_COMPARATORS[value.trim().toLowerCase()]?.filter((c) => allowed.includes(c));
  return hit?.length ? hit : undefined;
}
