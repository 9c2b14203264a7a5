import type { TargetRuleFacts } from '../model/facts.js';
import type { Status } from '../model/report.js';
import { compareIso, daysBetween } from '../util/date.js';
import { DIRECT_RULE_MIN_REMAINING, type EvaluateOptions } from './options.js';
import type { TargetInput } from './target-input.js';

type OneFigure = Omit<Extract<TargetRuleFacts, { rule: 'one-figure' }>, 'actual' | 'comparison'>;

/**
 * One figure and no baseline, target not met: there is no path to compare against, so the status follows
 * from the time left — on track while at least DIRECT_RULE_MIN_REMAINING of the time from the target's start
 * to its deadline remains. Before the target's phase has begun, all of its time remains.
 */
export function oneFigureRule(
  input: TargetInput,
  opts: EvaluateOptions,
): { status: Extract<Status, 'on-track' | 'at-risk'>; facts: OneFigure } {
  const from = compareIso(opts.asOf, input.start) < 0 ? input.start : opts.asOf;
  const total = daysBetween(input.start, input.target.deadline);
  const left = daysBetween(from, input.target.deadline);
  const shareLeft = total > 0 ? Math.min(1, left / total) : 0;
  return {
    status: shareLeft >= DIRECT_RULE_MIN_REMAINING ? 'on-track' : 'at-risk',
    facts: { rule: 'one-figure', start: input.start, shareLeft, minShareLeft: DIRECT_RULE_MIN_REMAINING },
  };
}
