import type { Tally, TaskCompletion, TaskDecision } from '../model/report.js';

export type { Tally, TaskCompletion };

export function tally(tasks: readonly TaskDecision[]): Tally {
  let done = 0;
  for (const t of tasks) if (t.status === 'done') done++;
  const total = tasks.length;
  return { done, total, rate: total === 0 ? null : percentOneDecimal(done, total) };
}

/**
 * done / total as a percent to one decimal, ties away from zero — the vocabulary's rounding rule (round() in
 * src/words/number.ts) — in integer arithmetic: Math.round(done / total * 1000) rounded 201/400 (50,25%) down
 * to 50,2, as 201 / 400 * 1000 is just under 502.5 in binary.
 */
export function percentOneDecimal(done: number, total: number): number {
  const twice = 2000 * done + total;
  return (twice - (twice % (2 * total))) / (2 * total) / 10;
}

export function taskCompletion(tasks: readonly TaskDecision[], asOf: string): TaskCompletion {
  const groups = <K>(key: (t: TaskDecision) => K): Map<K, TaskDecision[]> => {
    const m = new Map<K, TaskDecision[]>();
    for (const t of tasks) {
      const k = key(t);
      const list = m.get(k);
      if (list) list.push(t);
      else m.set(k, [t]);
    }
    return m;
  };
  return {
    all: tally(tasks),
    // Done counts as due: a task finished before its deadline is still to its credit.
    due: tally(tasks.filter((t) => t.status === 'done' || (t.due !== undefined && t.due <= asOf))),
    byArea: [...groups((t) => t.area ?? null)].map(([area, list]) => ({ area, ...tally(list) })),
    byOwner: [...groups((t) => t.owner)].map(([owner, list]) => ({ owner, ...tally(list) })),
  };
}
