import type { Diagnostic, Lang, Location } from '../model/diagnostic.js';
import type { TargetFacts, TaskFacts } from '../model/facts.js';
import type { RunReport, TargetEvaluation, TaskEvaluation } from '../model/report.js';
import { periodLabel } from '../periods/index.js';
import { jsonDocumentChunks } from './json-chunks.js';
import { type JsonFacts, jsonFacts } from './json-facts.js';

/**
 * Version of the JSON output contract (schemas/report.schema.json). Bump on any breaking change.
 * 2: targets and tasks carry `facts` (what was decided and why, as data) beside `reason`.
 */
export const REPORT_SCHEMA_VERSION = 2;

/** Where a figure is, in the public contract: every key present, null when not applicable. */
export interface JsonSource {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
}

/**
 * The public JSON document of `cchc check --format json`. Mapped field by field from the RunReport, never
 * dumped, so internal refactors cannot change the contract. Optional values are null, never missing.
 */
export interface JsonReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  lang: Lang;
  plan: { id: string; title: string; revision: number; file: string; sha256: string };
  asOf: string;
  period: { id: string; label: string; start: string; end: string; convention: string };
  filters: { owner: string | null; phase: string | null; area: string | null; unit: string | null };
  inputs: { file: string; sha256: string; format: string; rows: number }[];
  summary: RunReport['summary'];
  targets: JsonTarget[];
  tasks: JsonTask[];
  diagnostics: JsonDiagnostic[];
}

export interface JsonTarget {
  id: string;
  title: string;
  indicator: string;
  kind: string;
  unit: string;
  owner: string;
  partners: string[];
  area: string | null;
  phase: string | null;
  parent: string | null;
  reportingUnit: string | null;
  deadline: string;
  comparator: string | null;
  targetValue: number | null;
  targetRange: { min: number; max: number } | null;
  band: string | null;
  max: number | null;
  relative: TargetEvaluation['relative'] | null;
  aspirational: boolean;
  actual: {
    value: number | null;
    assessment: string | null;
    period: { id: string; start: string; end: string };
    numerator: number | null;
    denominator: number | null;
    source: JsonSource;
  } | null;
  expected: number | null;
  status: string;
  method: string;
  stale: boolean;
  /** What was decided and why, as data (docs/check.md, "Facts"); `reason` is these facts in words. */
  facts: JsonFacts<TargetFacts>;
  reason: string;
}

export interface JsonTask {
  id: string;
  content: string;
  owner: string;
  partners: string[];
  area: string | null;
  reportingUnit: string | null;
  schedule: string;
  due: string | null;
  latest: { status: string; period: string; note: string | null; source: JsonSource } | null;
  status: string;
  facts: JsonFacts<TaskFacts>;
  reason: string;
}

export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  hint: string | null;
  /** Only on a grouped finding: how many findings of its code in its file it stands for. */
  count?: number;
  location: (JsonSource & { line: number | null; lineColumn: number | null }) | null;
}

export function toJsonReport(r: RunReport, lang: Lang): JsonReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: r.tool.name, version: r.tool.version },
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
      unit: r.filters.unit ?? null,
    },
    inputs: r.inputs.map((i) => ({ file: i.file, sha256: i.sha256, format: i.format, rows: i.rows })),
    summary: {
      targets: { ...r.summary.targets },
      tasks: { ...r.summary.tasks },
      taskCompletion: structuredClone(r.summary.taskCompletion),
    },
    targets: r.targets.map((t) => jsonTarget(t, lang)),
    tasks: r.tasks.map((t) => jsonTask(t, lang)),
    diagnostics: r.diagnostics.map((d) => jsonDiagnostic(d, lang)),
  };
}

/** The JSON text: two-space indentation and a final newline, byte-identical for identical inputs. */
export function renderJson(r: RunReport, opts: { lang: Lang }): string {
  return [...renderJsonChunks(r, opts)].join('');
}

/** The same text in chunks, each result mapped only when its turn comes (bounded memory at national scale). */
export function renderJsonChunks(r: RunReport, opts: { lang: Lang }): Iterable<string> {
  const { lang } = opts;
  const doc = toJsonReport({ ...r, targets: [], tasks: [], diagnostics: [] }, lang) as unknown as Record<
    string,
    unknown
  >;
  return jsonDocumentChunks(doc, {
    targets: () => lazyMap(r.targets, (t) => jsonTarget(t, lang)),
    tasks: () => lazyMap(r.tasks, (t) => jsonTask(t, lang)),
    diagnostics: () => lazyMap(r.diagnostics, (d) => jsonDiagnostic(d, lang)),
  });
}

function* lazyMap<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

export function source(l: Location): JsonSource {
  return { file: l.file, sheet: l.sheet ?? null, row: l.row ?? null, column: l.col ?? null };
}

function jsonTarget(t: TargetEvaluation, lang: Lang): JsonTarget {
  const a = t.actual;
  return {
    id: t.id,
    title: t.title,
    indicator: t.indicator,
    kind: t.kind,
    unit: t.unit,
    owner: t.owner,
    partners: [...t.partners],
    area: t.area ?? null,
    phase: t.phase ?? null,
    parent: t.parent ?? null,
    reportingUnit: t.reportingUnit ?? null,
    deadline: t.deadline,
    comparator: t.comparator ?? null,
    targetValue: t.targetValue ?? null,
    targetRange: t.targetRange ? { ...t.targetRange } : null,
    band: t.band ?? null,
    max: t.max ?? null,
    relative: t.relative ? structuredClone(t.relative) : null,
    aspirational: t.aspirational === true,
    actual: a
      ? {
          value: a.value,
          assessment: a.assessment ?? null,
          period: { id: a.period.id, start: a.period.start, end: a.period.end },
          numerator: a.numerator ?? null,
          denominator: a.denominator ?? null,
          source: source(a.source),
        }
      : null,
    expected: t.expected,
    status: t.status,
    method: t.method,
    stale: t.stale,
    facts: jsonFacts(t.facts, lang),
    reason: t.reason[lang],
  };
}

function jsonTask(t: TaskEvaluation, lang: Lang): JsonTask {
  return {
    id: t.id,
    content: t.content,
    owner: t.owner,
    partners: [...t.partners],
    area: t.area ?? null,
    reportingUnit: t.reportingUnit ?? null,
    schedule: t.scheduleLabel,
    due: t.due ?? null,
    latest: t.latest
      ? {
          status: t.latest.status,
          period: t.latest.period.id,
          note: t.latest.note ?? null,
          source: source(t.latest.source),
        }
      : null,
    status: t.status,
    facts: jsonFacts(t.facts, lang),
    reason: t.reason[lang],
  };
}

export function jsonDiagnostic(d: Diagnostic, lang: Lang): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message[lang],
    hint: d.hint ? d.hint[lang] : null,
    ...(d.count !== undefined && d.count > 1 ? { count: d.count } : {}),
    location: d.location
      ? { ...source(d.location), line: d.location.line ?? null, lineColumn: d.location.column ?? null }
      : null,
  };
}
