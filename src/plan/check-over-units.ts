import type { Diagnostic } from '../model/diagnostic.js';
import type { CatalogExtras, MessageData, PlanCode } from '../words/diagnostics/catalog.js';
import { diag, didYouMean, type PlanCheck } from './check-context.js';
import { normaliseComparator } from './normalise-comparator.js';
import { parseUnitNeed } from './parse-unit-need.js';

/** The declared reporting units, as far as this check needs them (ids of units and groups). */
interface DeclaredUnits {
  groups?: { id: string }[];
  list?: { id: string; group?: string }[];
  file?: string;
}

/**
 * Targets over units: `need` understood and in range, the group and the units of per-unit thresholds declared
 * (when the plan declares its units in the plan itself: a units file is checked when it is read), a threshold
 * given only where the target has one to replace, and no unit twice.
 */
export const checkOverUnits: PlanCheck = (ctx) => {
  const out: Diagnostic[] = [];
  const declared = (ctx.raw as { reportingUnits?: DeclaredUnits }).reportingUnits;
  const groups = declared?.groups?.map((g) => g.id) ?? [];
  // With a units file the list is not known here; references are then checked once the file is read.
  const units = declared && declared.file === undefined ? (declared.list ?? []) : undefined;
  ctx.raw.targets.forEach((t, i) => {
    const o = t.overUnits;
    if (!o) return;
    const p = `/targets/${i}/overUnits`;
    const err = (code: PlanCode, id: string, data: MessageData, at: string, extras?: CatalogExtras) =>
      out.push(diag(ctx, code, id, data, at, extras));
    const need = parseUnitNeed(o.need);
    const needText = { need: String(o.need) };
    if (!need) {
      err('over-units-need-not-understood', 'need', needText, `${p}/need`);
    } else if (need.kind === 'share' && (need.value <= 0 || need.value > 100)) {
      err('over-units-need-out-of-range', 'share', { value: need.value }, `${p}/need`);
    } else if (need.kind === 'count' && (need.value < 1 || (need.of !== undefined && need.value > need.of))) {
      err('over-units-need-out-of-range', 'count', needText, `${p}/need`);
    } else if (need.kind === 'count' && need.of !== undefined && units) {
      const size = o.group === undefined ? units.length : units.filter((u) => u.group === o.group).length;
      if (size !== need.of) {
        const data = { ...needText, of: need.of, size, group: o.group ?? '' };
        err('over-units-count-mismatch', o.group ? 'mismatchInGroup' : 'mismatch', data, `${p}/need`);
      }
    }
    if (o.group !== undefined && !groups.includes(o.group)) {
      const data = { group: o.group, didYouMean: didYouMean(o.group, groups) };
      err('over-units-unknown-group', 'unknown', data, `${p}/group`);
    }
    const seen = new Set<string>();
    (o.thresholds ?? []).forEach((th, j) => {
      const at = `${p}/thresholds/${j}`;
      const unit = { unit: th.unit };
      if (seen.has(th.unit)) err('over-units-duplicate-threshold', 'twice', unit, `${at}/unit`);
      seen.add(th.unit);
      if (units && !units.some((u) => u.id === th.unit)) {
        const ids = units.map((u) => u.id);
        err(
          'over-units-unknown-unit',
          'unknown',
          { ...unit, didYouMean: didYouMean(th.unit, ids) },
          `${at}/unit`,
        );
      }
      const between = normaliseComparator(t.comparator) === 'between';
      const ok = between ? th.min !== undefined || th.max !== undefined : th.value !== undefined;
      if (!ok || (t.value === undefined && t.min === undefined && t.max === undefined && !between))
        err('over-units-threshold-without-value', between ? 'between' : 'value', unit, at);
    });
  });
  return out;
};
