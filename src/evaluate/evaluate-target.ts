import type {
  FactComparison,
  FactFigure,
  TargetFacts,
  TargetFactsBase,
  TargetRuleFacts,
} from '../model/facts.js';
import type { Observation } from '../model/observation.js';
import { targetDecision } from '../model/records.js';
import type { Status, TargetDecision } from '../model/report.js';
import { evaluateProgress } from './evaluate-progress.js';
import { oneFigureRule } from './one-figure-rule.js';
import type { EvaluateOptions } from './options.js';
import { bandOf, satisfies } from './progress.js';
import { byPeriod, isUsable, planFields, type TargetInput, toActual } from './target-input.js';

/**
 * Where one target stands at the as-of date, and why, as facts (src/model/facts.ts): the rule applied and
 * the numbers that decided it. No words: the vocabulary renders `facts` into the reason. Pure: the same
 * inputs always give the same decision.
 */
export function evaluateTarget(input: TargetInput, opts: EvaluateOptions): TargetDecision {
  const { target, indicator } = input;
  const assessed = indicator.kind === 'milestone' || indicator.kind === 'qualitative';
  const known = byPeriod(input.observations, opts.window.id).filter((o) => o.period.end <= opts.asOf);
  const usable = known.filter((o) => isUsable(o, assessed));
  const base = planFields(input);
  const common = commonFacts(input, known, opts);
  const noData = (rule: TargetRuleFacts, o?: Observation): TargetDecision =>
    targetDecision(base, {
      actual: o ? toActual(o) : null,
      expected: null,
      status: 'no-data',
      method: 'none',
      stale: false,
      facts: factsOf(common, common.flags, null, rule),
    });
  if (usable.length === 0) return noData({ rule: 'no-data' });

  // The reference a rank must keep: the plan's value, else its baseline, else the earliest figure.
  const planned = target.value ?? target.range?.min ?? target.baseline?.value;
  const firstAsReference = !assessed && planned === undefined && target.comparator === 'maintain-or-improve';
  const reference = firstAsReference ? usable[0]!.value! : planned;
  if (!assessed && (target.comparator === undefined || reference === undefined)) {
    return noData({ rule: 'no-target-value', actual: figure(input, usable.at(-1)!) }, usable.at(-1));
  }
  const judge = (o: Observation): boolean =>
    assessed
      ? o.assessment === 'achieved' || o.assessment === 'done'
      : satisfies(target.comparator!, o.value!, reference!, target.range);
  const d: Decide = {
    judge,
    figure: (o) => figure(input, o),
    comparison: (o) => ({
      comparator: target.comparator!,
      reference: reference!,
      range: target.range ? { ...target.range } : null,
      band: target.band ?? null,
      satisfied: judge(o),
    }),
    // After the deadline the decisive figure is the one by the deadline: its age is not staleness, and the
    // flag and the reason must say the same (both used to disagree).
    decided: (status, o, rule, extra = {}) => {
      const stale = opts.asOf <= target.deadline && o.period.end < opts.window.start;
      const firstFigure = { value: reference!, period: usable[0]!.period, from: 'first-figure' as const };
      const decision = targetDecision(base, {
        actual: toActual(o),
        expected: extra.expected ?? null,
        status,
        method: extra.method ?? (assessed ? 'assessment' : 'direct'),
        stale,
        facts: factsOf(common, { ...common.flags, stale }, firstAsReference ? firstFigure : null, rule),
      });
      if (firstAsReference && decision.targetValue === undefined) decision.targetValue = reference;
      return decision;
    },
  };

  if (opts.asOf > target.deadline) {
    const decisive = usable.filter((o) => o.period.end <= target.deadline).at(-1);
    const later = usable.filter((o) => o.period.end > target.deadline);
    if (!decisive) return noData({ rule: 'no-figure-by-deadline', firstAfter: figure(input, later[0]!) });
    return afterDeadline(d, decisive, later, assessed);
  }
  return beforeDeadline(d, input, usable, opts, assessed);
}

/** What the rules need from the target's reference and data, decided once by evaluateTarget. */
interface Decide {
  judge(o: Observation): boolean;
  figure(o: Observation): FactFigure;
  comparison(o: Observation): FactComparison;
  decided(
    status: Status,
    o: Observation,
    rule: TargetRuleFacts,
    extra?: Pick<Partial<TargetDecision>, 'expected' | 'method'>,
  ): TargetDecision;
}

/** The deadline has passed: the last figure by it decides met or missed; a later success is recorded. */
function afterDeadline(d: Decide, decisive: Observation, later: Observation[], assessed: boolean) {
  const met = d.judge(decisive);
  const reachedLater = met ? undefined : later.find(d.judge);
  return d.decided(met ? 'met' : 'missed', decisive, {
    rule: 'deadline-passed',
    actual: d.figure(decisive),
    comparison: assessed ? null : d.comparison(decisive),
    met,
    reachedLater: reachedLater?.period ?? null,
  });
}

/** Not yet due: met, an assessment's word, a rank not kept, the progress path, else the one-figure rule. */
function beforeDeadline(
  d: Decide,
  input: TargetInput,
  usable: Observation[],
  opts: EvaluateOptions,
  assessed: boolean,
): TargetDecision {
  const latest = usable.at(-1)!;
  const actual = d.figure(latest);
  const met = d.judge(latest);
  if (assessed) {
    const status: Status = met ? 'met' : latest.assessment === 'in-progress' ? 'on-track' : 'at-risk';
    return d.decided(status, latest, { rule: 'assessment', actual });
  }
  const comparison = d.comparison(latest);
  if (met || input.target.comparator === 'maintain-or-improve') {
    return d.decided(met ? 'met' : 'at-risk', latest, { rule: 'direct', actual, comparison });
  }
  const progress = evaluateProgress(input, usable, opts);
  if (progress) {
    const { status, expected, method, facts } = progress;
    return d.decided(status, latest, { ...facts, actual, comparison }, { expected, method });
  }
  // One figure and no baseline: no path to compare against (see DIRECT_RULE_MIN_REMAINING).
  const one = oneFigureRule(input, opts);
  return d.decided(one.status, latest, { ...one.facts, actual, comparison });
}

/** What every rule records: dates, the reporting window and the flags that do not depend on the rule. */
function commonFacts(input: TargetInput, known: Observation[], opts: EvaluateOptions): TargetFactsBase {
  return {
    asOf: opts.asOf,
    deadline: input.target.deadline,
    window: opts.window,
    flags: {
      stale: false,
      deadlinePassed: opts.asOf > input.target.deadline,
      zeroDenominator: known.filter((o) => o.value === null && o.denominator === 0).map((o) => o.period),
      notCounted: input.observations.filter((o) => o.period.end > opts.asOf).map((o) => o.period),
    },
    reference: null,
  };
}

/**
 * The facts of one decision, in the published key order (asOf, deadline, window, flags, reference, then the
 * rule's own). One literal then the rule's keys: `{ ...common, flags, reference, ...rule }` gave nearly every
 * result its own hidden class (1,992 shapes in 2,000 results), ≈ 90 MB of shapes at 100k results.
 */
function factsOf(
  common: TargetFactsBase,
  flags: TargetFactsBase['flags'],
  reference: TargetFactsBase['reference'],
  rule: TargetRuleFacts,
): TargetFacts {
  const f = { asOf: common.asOf, deadline: common.deadline, window: common.window, flags, reference };
  return Object.assign(f, rule) as TargetFacts;
}

/** The figure as the facts record it, with the score band its value falls in. */
function figure(input: TargetInput, o: Observation): FactFigure {
  const band = o.value === null ? undefined : bandOf(input.indicator.bands, o.value);
  return {
    value: o.value,
    assessment: o.assessment ?? null,
    period: o.period,
    numerator: o.numerator ?? null,
    denominator: o.denominator ?? null,
    band: band ?? null,
  };
}
