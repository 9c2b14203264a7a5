import type { Lang } from '../../model/diagnostic.js';
import type { RollupReport, RollupTarget } from '../../model/rollup.js';
import { periodLabel } from '../../periods/index.js';
import { round } from '../../util/number.js';
import { type JsonDiagnostic, type JsonSource, jsonDiagnostic, source } from '../json.js';

/** Version of the rollup JSON contract (schemas/rollup.schema.json). Bump on any breaking change. */
export const ROLLUP_SCHEMA_VERSION = 1;

/** The public JSON of `cchc rollup --format json`: mapped field by field, optional values null, never missing. */
export interface JsonRollup {
  schemaVersion: 1;
  kind: 'rollup';
  tool: { name: string; version: string };
  lang: Lang;
  plan: { id: string; title: string; revision: number; file: string; sha256: string };
  asOf: string;
  period: { id: string; label: string; start: string; end: string; convention: string };
  filters: { owner: string | null; phase: string | null; area: string | null; group: string | null };
  unitSource: 'plan' | 'data';
  units: { id: string; name: string; group: string | null; noData: boolean }[];
  targets: JsonRollupTarget[];
  ranking: {
    unit: string;
    rank: number;
    tie: boolean;
    met: number;
    targets: number;
    share: number;
    missed: number;
    atRisk: number;
    onTrack: number;
    noData: number;
  }[];
  unitsWithoutData: string[];
  inputs: { file: string; sha256: string; format: string; rows: number }[];
  diagnostics: JsonDiagnostic[];
}

export interface JsonRollupTarget {
  id: string;
  code: string;
  title: string;
  indicator: string;
  kind: string;
  unit: string;
  owner: string;
  area: string | null;
  phase: string | null;
  deadline: string;
  comparator: string | null;
  targetValue: number | null;
  counts: Record<string, number>;
  overUnits: {
    need: { kind: 'share' | 'count'; value: number; of: number | null; text: string };
    group: string | null;
    noData: string;
    units: number;
    met: number;
    onTrack: number;
    atRisk: number;
    missed: number;
    noDataUnits: number;
    denominator: number;
    share: number | null;
    status: string;
    reason: string;
  } | null;
  cells: {
    unit: string;
    status: string;
    value: number | null;
    assessment: string | null;
    period: string | null;
    targetValue: number | null;
    expected: number | null;
    stale: boolean;
    reason: string;
    source: JsonSource | null;
  }[];
}

export function toJsonRollup(r: RollupReport, lang: Lang): JsonRollup {
  return {
    schemaVersion: ROLLUP_SCHEMA_VERSION,
    kind: 'rollup',
    tool: { ...r.tool },
    lang,
    plan: {
      id: r.plan.id,
      title: r.plan.title,
      revision: r.plan.revision,
      file: r.plan.file,
      sha256: r.plan.sha256,
    },
    asOf: r.asOf,
    period: {
      id: r.period.id,
      label: periodLabel(r.period, lang),
      start: r.period.start,
      end: r.period.end,
      convention: r.convention,
    },
    filters: {
      owner: r.filters.owner ?? null,
      phase: r.filters.phase ?? null,
      area: r.filters.area ?? null,
      group: r.filters.group ?? null,
    },
    unitSource: r.unitSource,
    units: r.units.map((u) => ({ id: u.id, name: u.name, group: u.group ?? null, noData: u.noData })),
    targets: r.targets.map((t) => jsonTarget(r, t, lang)),
    ranking: r.ranking.map((e) => ({ ...e, share: round(e.share, 2) })),
    unitsWithoutData: r.units.filter((u) => u.noData).map((u) => u.id),
    inputs: r.inputs.map((i) => ({ file: i.file, sha256: i.sha256, format: i.format, rows: i.rows })),
    diagnostics: r.diagnostics.map((d) => jsonDiagnostic(d, lang)),
  };
}

function jsonTarget(r: RollupReport, t: RollupTarget, lang: Lang): JsonRollupTarget {
  const o = t.overUnits;
  return {
    id: t.id,
    code: t.code,
    title: t.title,
    indicator: t.indicator,
    kind: t.kind,
    unit: t.unit,
    owner: t.owner,
    area: t.area ?? null,
    phase: t.phase ?? null,
    deadline: t.deadline,
    comparator: t.comparator ?? null,
    targetValue: t.targetValue ?? null,
    counts: { ...t.counts },
    overUnits: o
      ? {
          need: { kind: o.need.kind, value: o.need.value, of: o.need.of ?? null, text: o.need.text },
          group: o.group ?? null,
          noData: o.noData,
          units: o.units,
          met: o.met,
          onTrack: o.onTrack,
          atRisk: o.atRisk,
          missed: o.missed,
          noDataUnits: o.noDataUnits,
          denominator: o.denominator,
          share: o.share === null ? null : round(o.share, 2),
          status: o.status,
          reason: o.reason[lang],
        }
      : null,
    cells: t.cells.map((c, i) => ({
      unit: r.units[i]!.id,
      status: c.status,
      value: c.actual?.value ?? null,
      assessment: c.actual?.assessment ?? null,
      period: c.actual?.period.id ?? null,
      targetValue: c.targetValue ?? null,
      expected: c.expected,
      stale: c.stale,
      reason: c.reason[lang],
      source: c.actual ? source(c.actual.source) : null,
    })),
  };
}

/** Two-space indentation and a final newline: identical inputs give identical bytes. */
export function renderRollupJson(r: RollupReport, opts: { lang: Lang }): string {
  return `${JSON.stringify(toJsonRollup(r, opts.lang), null, 2)}\n`;
}
