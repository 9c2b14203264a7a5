import type { Location } from '../model/diagnostic.js';
import type { OverUnits, Plan } from '../model/plan.js';
import { parseSchedule } from '../periods/index.js';
import { DEFAULT_AREA_TIMING, DEFAULT_MEASURE_UNIT } from '../words/plan-spellings.js';
import { parseUnitNeed } from './parse-unit-need.js';
import type { RawOverUnits, RawPlan, RawReportingUnit } from './raw-plan.js';
import { targetDeadline, taskSchedule } from './resolve-deadline.js';
import { resolveThreshold } from './resolve-threshold.js';

const LISTS = ['units', 'phases', 'areas', 'indicators', 'targets', 'tasks'] as const;

/**
 * Turn a plan that passed every check into the shared `Plan`: owners and partners taken from the
 * area when omitted, deadlines as ISO dates, schedules parsed, comparators in ASCII. Only called
 * when no error was found, so the lookups here cannot fail on valid input; they throw if they do.
 */
export function normalisePlan(
  raw: RawPlan,
  locate: (pointer: string) => Location,
  reportingUnits: RawReportingUnit[] = raw.reportingUnits?.list ?? [],
): Plan {
  const conv = raw.reporting.convention;
  // Maps, not find() per target: a plan with 10,000 targets and as many indicators stays linear.
  const areas = new Map((raw.areas ?? []).map((a) => [a.id, a]));
  const areaOf = (id: string | undefined) => (id === undefined ? undefined : areas.get(id));
  const indicators = new Map<string, (typeof raw.indicators)[number]>();
  for (const i of raw.indicators) if (!indicators.has(i.code)) indicators.set(i.code, i);
  const positions: Record<string, Location> = {};
  for (const list of LISTS) {
    (raw[list] ?? []).forEach((_, i) => {
      positions[`/${list}/${i}`] = locate(`/${list}/${i}`);
    });
  }
  return {
    schemaVersion: raw.schemaVersion,
    id: raw.id,
    title: raw.title,
    issuer: { ...raw.issuer },
    ...(raw.document ? { document: { ...raw.document } } : {}),
    basis: (raw.basis ?? []).map((b) => ({ ...b })),
    revision: { ...(raw.revision ?? { number: 1 }) },
    period: { ...raw.period },
    reporting: { convention: conv, timezone: raw.reporting.timezone ?? 'Asia/Ho_Chi_Minh' },
    units: raw.units.map((u) => ({ ...u })),
    ...(raw.reportingUnits
      ? {
          reportingUnits: {
            groups: (raw.reportingUnits.groups ?? []).map((g) => ({ ...g })),
            list: reportingUnits.map((u) => ({ ...u })),
            ...(raw.reportingUnits.file !== undefined ? { file: raw.reportingUnits.file } : {}),
          },
        }
      : {}),
    phases: raw.phases.map((p) => ({ ...p })),
    areas: (raw.areas ?? []).map((a) => ({
      id: a.id,
      ...(a.code !== undefined ? { code: a.code } : {}),
      name: a.name,
      lead: a.lead,
      partners: a.partners ?? [],
      schedule: must(parseSchedule(a.timing ?? DEFAULT_AREA_TIMING, conv), `/areas/${a.id}`),
      ...(a.source !== undefined ? { source: a.source } : {}),
    })),
    indicators: raw.indicators.map((i) => ({ ...i, unit: i.unit ?? DEFAULT_MEASURE_UNIT[i.kind] })),
    targets: raw.targets.map((t) => {
      const d = targetDeadline(t, raw);
      if (!d.ok) throw new Error(`normalisePlan: target ${t.id} has no deadline`);
      const area = areaOf(t.area);
      const {
        comparator: _cmp,
        value: _value,
        min: _min,
        max: _max,
        relative: _relative,
        overUnits: rawOver,
        deadline: _written,
        owner,
        partners,
        ...rest
      } = t;
      const threshold = resolveThreshold(t, indicators.get(t.indicator));
      return {
        ...rest,
        ...threshold,
        ...(rawOver ? { overUnits: overUnits(rawOver) } : {}),
        deadline: d.due,
        deadlineLabel: d.label,
        owner: must(owner ?? area?.lead, `/targets/${t.id}/owner`),
        partners: partners ?? area?.partners ?? [],
      };
    }),
    tasks: (raw.tasks ?? []).map((t) => {
      const area = areaOf(t.area);
      const { deadline: _written, owner, partners, ...rest } = t;
      return {
        ...rest,
        owner: must(owner ?? area?.lead, `/tasks/${t.id}/owner`),
        partners: partners ?? area?.partners ?? [],
        schedule: must(taskSchedule(t, raw), `/tasks/${t.id}/deadline`),
      };
    }),
    positions,
  };
}

function overUnits(o: RawOverUnits): OverUnits {
  return {
    need: must(parseUnitNeed(o.need), 'overUnits.need'),
    noData: o.noData,
    ...(o.group !== undefined ? { group: o.group } : {}),
    thresholds: (o.thresholds ?? []).map((t) => ({ ...t })),
  };
}

function must<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`normalisePlan: ${what} unresolved after checks passed`);
  return v;
}
