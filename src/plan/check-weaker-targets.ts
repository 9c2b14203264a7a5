import type { Diagnostic } from '../model/diagnostic.js';
import { formatDate } from '../words/date.js';
import { diag, type PlanCheck } from './check-context.js';
import { normaliseComparator } from './normalise-comparator.js';
import type { RawTarget } from './raw-plan.js';
import { targetDeadline } from './resolve-deadline.js';

/**
 * A later target for the same indicator that asks for less than an earlier one is probably a slip. Each
 * later target is compared with the strongest target due strictly before it (same indicator and
 * comparator): one warning per weakened target. Grouped and swept by due date, O(n log n): comparing
 * every pair made validating 10,000 targets take 18 s.
 */
export const checkWeakerLaterTargets: PlanCheck = (ctx) => {
  const { raw } = ctx;
  type Dated = { t: RawTarget; i: number; due: string; cmp: string };
  const groups = new Map<string, Dated[]>();
  raw.targets.forEach((t, i) => {
    const d = targetDeadline(t, raw);
    const cmp = normaliseComparator(t.comparator);
    if (!d.ok || t.value === undefined || (cmp !== '>=' && cmp !== '<=')) return;
    const key = `${t.indicator}\u0000${cmp}`;
    const g = groups.get(key) ?? [];
    if (g.length === 0) groups.set(key, g);
    g.push({ t, i, due: due(d), cmp });
  });
  const found: { i: number; d: Diagnostic }[] = [];
  for (const g of groups.values()) {
    // Sort is stable: targets due the same day stay in file order, and none is compared with another.
    g.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    const stronger = (a: Dated, b: Dated) =>
      a.cmp === '>=' ? a.t.value! > b.t.value! : a.t.value! < b.t.value!;
    let best: Dated | null = null;
    for (let k = 0; k < g.length; ) {
      let end = k;
      while (end < g.length && g[end]!.due === g[k]!.due) end++;
      for (let j = k; j < end; j++) {
        const later = g[j]!;
        if (best && stronger(best, later))
          found.push({ i: later.i, d: weakerDiag(ctx, later.t, later.i, best.t, best.due) });
      }
      for (let j = k; j < end; j++) if (!best || stronger(g[j]!, best)) best = g[j]!;
      k = end;
    }
  }
  return found.sort((a, b) => a.i - b.i).map((f) => f.d);
};

const due = (d: ReturnType<typeof targetDeadline>) => (d.ok ? d.due : '');

function weakerDiag(
  ctx: Parameters<PlanCheck>[0],
  later: RawTarget,
  i: number,
  earlier: RawTarget,
  earlierDue: string,
) {
  return diag(
    ctx,
    'weaker-later-target',
    'weaker',
    {
      target: later.id,
      comparator: String(later.comparator),
      value: String(later.value),
      earlier: earlier.id,
      earlierComparator: String(earlier.comparator),
      earlierValue: String(earlier.value),
      earlierDue: formatDate(earlierDue),
      indicator: later.indicator,
    },
    `/targets/${i}/value`,
  );
}
