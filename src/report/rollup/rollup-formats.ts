import type { Lang } from '../../model/diagnostic.js';
import type { RollupReport } from '../../model/rollup.js';

export const ROLLUP_FORMATS = ['table', 'markdown', 'json', 'xlsx'] as const;
export type RollupFormat = (typeof ROLLUP_FORMATS)[number];
export type RollupTextFormat = Exclude<RollupFormat, 'xlsx'>;

export interface RollupViewOptions {
  lang: Lang;
  color: boolean;
  width?: number;
}

/** A text view of a rollup: a pure function of the report. */
export type RollupRenderer = (report: RollupReport, opts: RollupViewOptions) => string;

/** One entry per text format (a missing one fails to compile), loaded on demand. */
export const ROLLUP_RENDERERS: Record<RollupTextFormat, () => Promise<RollupRenderer>> = {
  table: async () => (await import('./rollup-table.js')).renderRollupTable,
  markdown: async () => (await import('./rollup-markdown.js')).renderRollupMarkdown,
  json: async () => (await import('./rollup-json.js')).renderRollupJson,
};
