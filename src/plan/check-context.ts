import type { Diagnostic, Location, Msg } from '../model/diagnostic.js';
import { nearest } from '../util/text.js';
import {
  type CatalogExtras,
  catalogDiagnostic,
  type MessageData,
  type PlanCode,
} from '../words/diagnostics/catalog.js';
import { didYouMeanText } from '../words/suggestion.js';
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

/** A finding of a check: the code's template `messageId` filled from `data`, placed at `pointer`. */
export function diag(
  ctx: CheckContext,
  code: PlanCode,
  messageId: string,
  data: MessageData,
  pointer: string,
  extras: Omit<CatalogExtras, 'location'> = {},
): Diagnostic {
  return catalogDiagnostic(code, messageId, data, { ...extras, location: ctx.locate(pointer) });
}

/** " Có phải ý bạn là "x"?" — empty when nothing is close enough to suggest. */
export const didYouMean = (word: string, candidates: Iterable<string>): Msg =>
  didYouMeanText(nearest(word, candidates, 1));
