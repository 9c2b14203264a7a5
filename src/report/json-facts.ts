import type { Lang } from '../model/diagnostic.js';
import type { TargetFacts, TaskFacts } from '../model/facts.js';
import type { Period } from '../model/period.js';
import { periodLabel } from '../words/period.js';

/** A period in the public contract: its id, kind, window and its one label in the report's language. */
export interface JsonPeriod {
  id: string;
  kind: Period['kind'];
  start: string;
  end: string;
  label: string;
}

/**
 * A facts record (src/model/facts.ts) in the public contract: the same fields, `rule` first, every Period
 * replaced by a JsonPeriod. The records have no optional fields (absent values are null), so nothing is
 * dropped; schemas/report.schema.json pins every rule's fields, so a change to the facts fails its test.
 */
export type JsonFacts<F> = F extends Period
  ? JsonPeriod
  : F extends readonly (infer E)[]
    ? JsonFacts<E>[]
    : F extends object
      ? { [K in keyof F]: JsonFacts<F[K]> }
      : F;

export function jsonPeriod(p: Period, lang: Lang): JsonPeriod {
  return { id: p.id, kind: p.kind, start: p.start, end: p.end, label: periodLabel(p, lang) };
}

export function jsonFacts<F extends TargetFacts | TaskFacts>(facts: F, lang: Lang): JsonFacts<F> {
  const { rule, ...rest } = facts;
  return { rule, ...(walk(rest, lang) as object) } as JsonFacts<F>;
}

function walk(v: unknown, lang: Lang): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = walk(v[i], lang);
    return out;
  }
  if (isPeriod(v)) return jsonPeriod(v, lang);
  // A loop, not Object.fromEntries(Object.entries(…)): this runs for every nested record of 100k results.
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = walk((v as Record<string, unknown>)[k], lang);
  return out;
}

function isPeriod(v: object): v is Period {
  return 'convention' in v && 'kind' in v && 'start' in v && 'end' in v && 'id' in v;
}
