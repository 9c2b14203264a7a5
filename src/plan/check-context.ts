import type { Diagnostic, Location, Msg, Severity } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { nearest } from '../util/text.js';
import type { PlanCode } from '../words/diagnostics/catalog.js';
import type { RawPlan } from './raw-plan.js';

/** What every semantic check gets: the schema-valid plan and a way to position a finding. */
export interface CheckContext {
  raw: RawPlan;
  locate(pointer: string, key?: boolean): Location;
  /**
   * Ids of list elements set aside because they failed the schema (the checks then run on the rest): a
   * reference to one of them is not "unknown", its own schema error says what is wrong.
   */
  skipped?: Partial<Record<'units' | 'phases' | 'areas' | 'indicators' | 'targets' | 'tasks', Set<string>>>;
}

/** A semantic check: pure, reads the plan, returns its findings (never throws for bad input). */
export type PlanCheck = (ctx: CheckContext) => Diagnostic[];

export function diag(
  ctx: CheckContext,
  code: PlanCode,
  severity: Severity,
  pointer: string,
  message: Msg,
  hint?: Msg,
  text?: string,
): Diagnostic {
  return {
    code,
    severity,
    message,
    location: ctx.locate(pointer),
    ...(hint ? { hint } : {}),
    ...(text !== undefined ? { text } : {}),
  };
}

/** " Có phải ý bạn là "x"?" — empty when nothing is close enough to suggest. */
export function didYouMean(word: string, candidates: Iterable<string>): Msg {
  const near = nearest(word, candidates, 1);
  return near.length ? msg(` Có phải ý bạn là "${near[0]}"?`, ` Did you mean "${near[0]}"?`) : msg('', '');
}
