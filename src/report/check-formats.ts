import type { Lang } from '../model/diagnostic.js';
import type { RunReport } from '../model/report.js';
import type { GroupBy } from './view-cells.js';

/** Views of the whole report. */
export const VIEW_FORMATS = ['table', 'json', 'markdown'] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];
/** CI formats: the findings that need action as annotations at plan lines and data rows. */
export const CI_FORMATS = ['github', 'sarif', 'gitlab'] as const;
export type CiFormat = (typeof CI_FORMATS)[number];
export const CHECK_FORMATS = [...VIEW_FORMATS, ...CI_FORMATS] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const isCiFormat = (f: CheckFormat): f is CiFormat => (CI_FORMATS as readonly string[]).includes(f);

export interface ViewOptions {
  lang: Lang;
  color: boolean;
  groupBy: GroupBy | 'auto';
  /** Table view: the width to fit (terminal columns); 120 when absent. */
  width?: number;
  /** Table view: one line for every task, not only those with a report for the period. */
  allTasks?: boolean;
}

/** A view: a pure function from the report to text. */
export type Renderer = (report: RunReport, opts: ViewOptions) => string;

/**
 * One entry per format (a missing one fails to compile). Loaded on demand so `--format json` does not pay
 * for the table libraries at start-up.
 */
export const RENDERERS: Record<ViewFormat, () => Promise<Renderer>> = {
  table: async () => (await import('./table.js')).renderTable,
  json: async () => (await import('./json.js')).renderJson,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
};
