import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../../model/diagnostic.js';
import type { PlanDiff } from '../../model/plan-diff.js';
import {
  CHANGE_LABELS,
  changeValueText,
  DIFF_COLUMNS,
  diffSummary,
  ENTITY_LABELS,
  NO_CHANGES,
  WEAKENED_LABEL,
} from '../../words/diff.js';
import { diffHeading } from '../../words/revision.js';

/** What the diff views are told, decided once at the CLI entry. */
export interface DiffRenderOptions {
  lang: Lang;
  color: boolean;
  toolVersion: string;
  /** Display paths of the two plan files. */
  oldFile: string;
  newFile: string;
}

/** Long titles of added or removed items wrap in their cell instead of stretching the table. */
const VALUE_WIDTH = 32;

/**
 * The diff for people: a heading naming both revisions, one table row per change with weakened
 * rows marked in words (NỚI LỎNG / weakened, red when colour is on), and a count. No ANSI in
 * borders or headings, so piped output is plain.
 */
export function renderDiffTable(diff: PlanDiff, opts: DiffRenderOptions): string {
  const { lang } = opts;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const heading = diffHeading({ ...diff.old, file: opts.oldFile }, { ...diff.new, file: opts.newFile }, lang);
  if (diff.changes.length === 0) {
    return `${heading}\n${NO_CHANGES[lang]}\n`;
  }
  const table = new Table({
    head: DIFF_COLUMNS.map((h) => h[lang]),
    colWidths: [null, null, null, VALUE_WIDTH, VALUE_WIDTH, null],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const ch of diff.changes) {
    table.push([
      ENTITY_LABELS[ch.entity][lang],
      ch.id,
      CHANGE_LABELS[ch.kind][lang],
      changeValueText(ch, 'before', lang),
      changeValueText(ch, 'after', lang),
      ch.weakened ? c.red.bold(WEAKENED_LABEL[lang]) : '',
    ]);
  }
  const { changes, weakened } = diff.summary;
  const summary = diffSummary(changes, weakened, lang);
  return `${heading}\n${table.toString()}\n${weakened > 0 ? c.red(summary) : summary}\n`;
}
