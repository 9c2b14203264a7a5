import type { RunReport, TargetEvaluation } from '../model/report.js';
import { groupItems } from './xlsx/group-items.js';

/**
 * The one numbering of targets that every view prints, so "chỉ tiêu 6" in the terminal is row 6 of the
 * appendix: per reporting unit, in the appendix's order (areas in plan order, targets without an area
 * last), parents numbered 1, 2, 3… running on across groups, a sub-target "5.1" under its parent 5.
 * Keyed by the evaluation object itself (ids repeat across reporting units).
 */
export function targetNumbers(report: RunReport): Map<TargetEvaluation, string> {
  const out = new Map<TargetEvaluation, string>();
  // One pass by unit (first appearance order): filtering all targets per unit was O(units × targets).
  const byUnit = new Map<string | undefined, TargetEvaluation[]>();
  for (const t of report.targets) {
    const list = byUnit.get(t.reportingUnit);
    if (list) list.push(t);
    else byUnit.set(t.reportingUnit, [t]);
  }
  for (const inUnit of byUnit.values()) {
    const byId = new Map<string, { n: string; subs: number }>();
    let n = 0;
    for (const g of groupItems(report, inUnit, 'vi')) {
      for (const t of g.items) {
        const parent = t.parent !== undefined ? byId.get(t.parent) : undefined;
        if (parent && g.items.some((p) => p.id === t.parent)) {
          parent.subs += 1;
          out.set(t, `${parent.n}.${parent.subs}`);
        } else {
          n += 1;
          out.set(t, String(n));
          byId.set(t.id, { n: String(n), subs: 0 });
        }
      }
    }
  }
  return out;
}

/** A number as the appendix stores it: a whole number as a number cell, "5.1" as text. */
export function sttValue(label: string | undefined): number | string {
  if (label === undefined) return '';
  return /^\d+$/.test(label) ? Number(label) : label;
}
