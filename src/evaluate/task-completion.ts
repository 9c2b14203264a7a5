import type { Tally, TaskCompletion, TaskDecision } from '../model/report.js';

export type { Tally, TaskCompletion };

export function tally(tasks: readonly TaskDecision[]): Tally {
  let done = 0;
  for (const t of tasks) if (t.status === 'done') done++;
  const total = tasks.length;
  return { done, total, rate: total === 0 ? null : Math.round((done / total) * 1000) / 10 };
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
