import { readData } from '../data/read-data.js';
import { WhoseData } from '../data/whose-data.js';
import { CchcError } from '../errors.js';
import { evaluatePlan, reportingUnits, summarize } from '../evaluate/evaluate-plan.js';
import { taskCompletion } from '../evaluate/task-completion.js';
import type { Diagnostic, Msg } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import type { RunReport } from '../model/report.js';
import { loadPlanFile } from '../plan/load-plan.js';
import type { PlanCache } from '../plan/plan-cache.js';
import { VERSION } from '../version.js';
import { catalogDiagnostic } from '../words/diagnostics/catalog.js';
import { explainTarget } from '../words/reasons-target.js';
import { explainTask } from '../words/reasons-task.js';
import { ambiguousUnitWords, FIX_HINTS, INVALID_DATA, invalidPlanWords } from '../words/run-errors.js';
import type { CheckOptions } from './check-options.js';
import { applyFilters, checkId, checkPlanFilters } from './filters.js';
import { resolveAsOf } from './resolve-as-of.js';

export type { CheckOptions } from './check-options.js';

/**
 * What a run takes from the world, decided once by its caller: the directory paths are relative to and the
 * instant "today" is read from (only to default the as-of date). The CLI passes its io object; an API user
 * passes `{ cwd: process.cwd(), now: new Date() }`. Nothing else of the CLI reaches the core.
 */
export interface RunContext {
  cwd: string;
  now: Date;
  /** Reads standard input, for a plan given as "-" (the CLI wires it; an API caller may). */
  readStdin?: () => Promise<Buffer>;
  /** Where checked plans are kept between runs (the CLI's plan cache); absent: the plan is parsed every run. */
  planCache?: PlanCache;
}

/**
 * Everything `check` (and `report`) needs, as one RunReport: load and check the plan, read the data, settle
 * the as-of date, evaluate, filter. Could-not-run problems throw CchcError (exit 2); findings are results.
 */
export async function buildRunReport(opts: CheckOptions, ctx: RunContext): Promise<RunReport> {
  const { report, plan } = await evaluateRun(opts, ctx);
  noteOverUnits(report, plan);
  return report;
}

/**
 * check and report show targets over units per unit; rollup (the other caller of evaluateRun) computes the
 * targets themselves and does not call this.
 */
export function noteOverUnits(report: RunReport, plan: Plan): void {
  const shown = new Set(report.targets.map((t) => t.id));
  const overUnits = plan.targets.filter((t) => t.overUnits !== undefined && shown.has(t.id));
  if (overUnits.length > 0) report.diagnostics.push(overUnitsNotice(overUnits.map((t) => t.id)));
}

/** What `rollup` needs besides the RunReport: the plan itself and how the data spelled its units. */
export interface EvaluatedRun {
  report: RunReport;
  plan: Plan;
  /** Each reporting unit of the data → every spelling used for it (itself first). */
  unitSpellings: Record<string, string[]>;
}

/** buildRunReport's steps, keeping the plan and the unit spellings for callers that need them. */
export async function evaluateRun(opts: CheckOptions, io: RunContext): Promise<EvaluatedRun> {
  const loaded = await loadPlanFile(opts.plan, io.cwd, io.readStdin, { cache: io.planCache });
  if (!loaded.plan) {
    const { message, hint } = invalidPlanWords(loaded.file);
    throw new CchcError('plan-invalid', message, hint, loaded.diagnostics);
  }
  const plan = loaded.plan;
  const convention = opts.convention ?? plan.reporting.convention;
  checkPlanFilters(plan, opts);
  const { asOf, period } = resolveAsOf(opts, convention, io.now);
  // --unit names the issuer or a declared reporting unit (id, name or alias), checked before any data is read.
  const unit = opts.unit === undefined ? undefined : resolveUnit(plan, opts.unit);

  // --unit is pushed down to the reader: rows of other communes are dropped unread (bounded memory on a
  // national file); `data.units` still lists every unit met, for the check below.
  const data = await readData(opts.data, plan, {
    cwd: io.cwd,
    convention,
    ...(opts.unit !== undefined ? { units: [opts.unit] } : {}),
  });
  if (data.diagnostics.some((d) => d.severity === 'error')) {
    throw new CchcError('data-invalid', INVALID_DATA, fixHint(data.diagnostics), data.diagnostics);
  }
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...data.diagnostics];

  const units =
    opts.unit !== undefined
      ? data.units
      : reportingUnits(data.observations, data.progress).filter((u): u is string => u !== undefined);
  if (unit !== undefined) checkId('unitData', unit, units);
  const unitless =
    units.length > 0
      ? data.observations.filter((o) => o.unit === undefined).length +
        data.progress.filter((p) => p.unit === undefined).length
      : 0;
  if (unitless > 0) diagnostics.push(unitlessWarning(unitless));
  const keep = <T extends { unit?: string }>(rows: T[]) =>
    opts.unit === undefined ? rows : rows.filter((r) => r.unit === unit);
  const observations = keep(data.observations);
  const progress = keep(data.progress);

  const evalOpts = {
    asOf,
    window: period,
    ...(opts.method ? { method: opts.method } : {}),
    ...(opts.tolerance !== undefined ? { tolerance: opts.tolerance } : {}),
  };
  const evaluated = evaluatePlan(plan, observations, progress, evalOpts);
  const kept = applyFilters(plan, opts, evaluated.targets, evaluated.tasks);
  // The evaluation decides (facts); the vocabulary words each decision kept, once, for every view.
  const targets = kept.targets.map(explainTarget);
  const tasks = kept.tasks.map(explainTask);
  const used = new Set(targets.map((t) => t.indicator));

  const filters: RunReport['filters'] = {};
  for (const k of ['owner', 'phase', 'area', 'unit'] as const)
    if (opts[k] !== undefined) filters[k] = opts[k];
  const report: RunReport = {
    tool: { name: 'cchc', version: VERSION },
    plan: {
      id: plan.id,
      title: plan.title,
      revision: plan.revision.number,
      file: loaded.file,
      sha256: loaded.sha256,
      issuer: plan.issuer.name,
      targetCount: plan.targets.length,
    },
    asOf,
    period,
    convention,
    filters,
    inputs: data.files,
    summary: { ...summarize(targets, tasks), taskCompletion: taskCompletion(tasks, asOf) },
    targets,
    tasks,
    observations: observations.filter((o) => used.has(o.indicator) && o.period.end <= asOf),
    diagnostics,
    names: names(plan),
  };
  if (plan.issuer.place !== undefined) report.plan.place = plan.issuer.place;
  return { report, plan, unitSpellings: data.unitSpellings };
}

/** The reporting unit `--unit` names (undefined: the issuer's own rows of a plan without reporting units). */
function resolveUnit(plan: Plan, text: string): string | undefined {
  const whose = new WhoseData(plan);
  const w = whose.of(text);
  if (w.kind === 'ok') return w.unit;
  if (w.kind === 'several') throw new CchcError('usage', ambiguousUnitWords(text, w.names));
  checkId('unit', text, whose.candidates());
  return undefined;
}

function names(plan: Plan): RunReport['names'] {
  return {
    units: Object.fromEntries(plan.units.map((u) => [u.id, u.name])),
    unitShortNames: Object.fromEntries(
      plan.units.flatMap((u) => (u.shortName !== undefined ? [[u.id, u.shortName]] : [])),
    ),
    areas: Object.fromEntries(
      plan.areas.map((a) => [a.id, a.code !== undefined ? { name: a.name, code: a.code } : { name: a.name }]),
    ),
    phases: Object.fromEntries(plan.phases.map((p) => [p.id, p.name])),
    reportingUnits: Object.fromEntries((plan.reportingUnits?.list ?? []).map((u) => [u.id, u.name])),
  };
}

function unitlessWarning(n: number): Diagnostic {
  return catalogDiagnostic('check-rows-without-unit', 'rows', { count: n });
}

/**
 * A target over units ("ít nhất 60/95 xã đạt …") is the province's: whether enough units meet it is what
 * `rollup` computes. `check` shows each unit against the unit's own threshold; said once, so a unit's "at
 * risk" is never read as the province target's verdict.
 */
function overUnitsNotice(ids: string[]): Diagnostic {
  return catalogDiagnostic('check-over-units-per-unit', 'targets', { list: ids.join(', ') });
}

/**
 * What to fix, in the words of what was shown: cells when some error names a row or column, the files when
 * every error is about a whole file (an unreadable workbook, a missing header) and no cell was named.
 */
export function fixHint(diagnostics: Diagnostic[]): Msg {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const atCell = (d: Diagnostic) => d.location?.row !== undefined || d.location?.col !== undefined;
  if (errors.every(atCell)) return FIX_HINTS.cells;
  return errors.some(atCell) ? FIX_HINTS.both : FIX_HINTS.files;
}
