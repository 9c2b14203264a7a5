import type { Lang } from '../../model/diagnostic.js';
import type { RunReport } from '../../model/report.js';
import { REST_GROUP_WORDS } from '../../words/appendix-sheets.js';

/** One block of the table under a Roman-numeral row. */
export interface Group<T> {
  label: string;
  items: T[];
}

interface Groupable {
  area?: string;
  phase?: string;
}

/**
 * Group targets (or tasks) by reform area in the plan's order (the order of `names.areas`), targets without an
 * area last. When no target names an area, group by phase instead, so a plan organised by phases
 * still reads like its source. Within a group the run's order is kept, so sub-targets stay right
 * after their parent.
 */
export function groupItems<T extends Groupable>(
  report: RunReport,
  targets: T[],
  lang: Lang,
  what: 'targets' | 'tasks' = 'targets',
): Group<T>[] {
  const byArea = targets.some((t) => t.area);
  const key = (t: T) => (byArea ? t.area : t.phase);
  const order = byArea ? Object.keys(report.names.areas) : Object.keys(report.names.phases);
  const name = (k: string) => (byArea ? (report.names.areas[k]?.name ?? k) : (report.names.phases[k] ?? k));
  const groups: Group<T>[] = [];
  for (const k of order) {
    const list = targets.filter((t) => key(t) === k);
    if (list.length) groups.push({ label: name(k), items: list });
  }
  // Ids the names table does not know (should not happen) keep their own group rather than vanish.
  for (const t of targets) {
    const k = key(t);
    if (k && !order.includes(k)) {
      const g = groups.find((x) => x.label === k);
      if (g) g.items.push(t);
      else groups.push({ label: k, items: [t] });
    }
  }
  const rest = targets.filter((t) => !key(t));
  if (rest.length) {
    const words = REST_GROUP_WORDS[what][lang];
    groups.push({ label: groups.length ? words[0] : words[1], items: rest });
  }
  return groups;
}

/** Reporting units in order of first appearance; `[undefined]` when the data are for one commune. */
export function reportingUnits<T extends { reportingUnit?: string }>(items: T[]): (string | undefined)[] {
  // A Set, not includes(): thousands of communes would make the scan quadratic.
  const seen = new Set<string | undefined>();
  for (const i of items) seen.add(i.reportingUnit);
  return seen.size ? [...seen] : [undefined];
}

/** A reporting unit's name for a block heading ("Xã Giả lập 01"); an id the plan does not list is shown as it is. */
export function reportingUnitName(report: RunReport, unit: string): string {
  return report.names.reportingUnits?.[unit] ?? unit;
}
