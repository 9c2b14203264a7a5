/**
 * The importable API: the same load → read → evaluate → render steps the commands use. The CLI is one client
 * of it. Everything here is pure except the loaders, which read the files they are given (relative to `cwd`).
 * Documented in docs/api.md.
 */
export { buildRunReport, evaluateRun, type RunContext } from './check/build-report.js';
export type { CheckOptions } from './check/check-options.js';
export { readData } from './data/read-data.js';
export { evaluatePlan, summarize } from './evaluate/evaluate-plan.js';
export type { Diagnostic, Lang, Location, Msg } from './model/diagnostic.js';
export type {
  FactComparison,
  FactFigure,
  FactReport,
  TargetFacts,
  TargetRule,
  TaskFacts,
  TaskRule,
} from './model/facts.js';
export type { Observation } from './model/observation.js';
export type { Convention, Period } from './model/period.js';
export type { Indicator, Plan, Target, Task } from './model/plan.js';
export type {
  RunReport,
  Status,
  TargetDecision,
  TargetEvaluation,
  TaskDecision,
  TaskEvaluation,
  TaskStatus,
} from './model/report.js';
export { loadPlanFile as loadPlan, parsePlan } from './plan/load-plan.js';
export { type JsonReport, renderJson, toJsonReport } from './report/json.js';
export { renderMarkdown } from './report/markdown.js';
export { renderTable } from './report/table.js';
export { renderReportWorkbook as renderWorkbook } from './report/xlsx/render-report-workbook.js';
export {
  formatDate,
  formatNumber,
  periodLabel,
  round,
  STATUS_LABELS,
  TASK_STATUS_LABELS,
} from './words/index.js';
export { explainTarget, targetReason } from './words/reasons-target.js';
export { explainTask, taskReason } from './words/reasons-task.js';
