import type { Lang } from '../model/diagnostic.js';
import type { RunReport, TaskEvaluation } from '../model/report.js';
import { formatDate } from '../words/date.js';
import { ASSESSMENT_LABELS } from '../words/labels.js';
import { periodLabel } from '../words/period.js';
import {
  COMPLETION_BY,
  COMPLETION_COLUMNS,
  columnHeads,
  TARGET_COLUMNS,
  TASK_COLUMNS,
  VIEW_HEADINGS,
} from '../words/view-columns.js';
import { completionHeadline, completionRows, noTargetsText, tallyText } from './completion-text.js';
import { targetNumbers } from './target-numbers.js';
import {
  actualText,
  expectedText,
  type GroupBy,
  groupTargets,
  groupTasks,
  headerLines,
  planValueText,
  statusText,
  summaryLine,
  targetTitle,
  taskStatusText,
  unitName,
} from './view-cells.js';

export interface MarkdownOptions {
  lang: Lang;
  groupBy?: GroupBy | 'auto';
}

/**
 * A GitHub-flavoured Markdown report for pasting into documents and pull requests: a short header (plan,
 * period with its data window, as-of, filters) with both summaries, then one table per group with the reason
 * in the last column. Words, no colours; every text from the plan or data is escaped, so it cannot break a table.
 */
export function renderMarkdown(report: RunReport, opts: MarkdownOptions): string {
  const { lang } = opts;
  const out: string[] = [
    `# ${VIEW_HEADINGS.title[lang]}`,
    '',
    ...headerLines(report, lang).map((l) => `- ${text(l)}`),
    // No targets (a tasks-only plan, or none left by the filters): the sentence below says so; a line of zeros would not.
    ...(report.targets.length > 0 ? [`- **${text(summaryLine(report, lang, 'targets'))}**`] : []),
    ...(report.tasks.length > 0
      ? [
          `- **${text(summaryLine(report, lang, 'tasks'))}**`,
          `- **${text(completionHeadline(report, lang))}**`,
        ]
      : []),
    '',
    `## ${VIEW_HEADINGS.targets[lang]}`,
    '',
  ];
  const head = columnHeads(TARGET_COLUMNS, TARGET_HEADS, lang);
  if (report.targets.length === 0) {
    out.push(text(noTargetsText(report, lang)), '');
  }
  const groups = groupTargets(report, opts.groupBy ?? 'auto', lang);
  const numbers = targetNumbers(report);
  for (const g of groups) {
    out.push(`### ${text(g.title)}`, '', row(head.map(text)), row(head.map(() => '---')));
    for (const e of g.items) {
      out.push(
        row([
          numbers.get(e) ?? '',
          text(targetTitle(e, lang)),
          text(planValueText(e, lang)),
          text(actualText(e, lang)),
          text(expectedText(e, lang)),
          formatDate(e.deadline),
          text(unitName(report, e.owner)),
          `**${text(statusText(e, lang))}**`,
          text(e.reason[lang]),
        ]),
      );
    }
    out.push('');
  }
  if (report.tasks.length > 0) {
    out.push(`## ${VIEW_HEADINGS.tasks[lang]}`, '');
    const th = columnHeads(TASK_COLUMNS, TASK_HEADS, lang);
    let k = 0;
    for (const g of groupTasks(report, lang)) {
      out.push(`### ${text(g.title)}`, '', row(th.map(text)), row(th.map(() => '---')));
      for (const t of g.items) {
        k += 1;
        out.push(
          row([
            String(k),
            `\`${t.id}\``,
            text(t.content),
            text(t.scheduleLabel),
            text(unitName(report, t.owner)),
            text(latestText(t, lang)),
            `**${text(taskStatusText(t, lang))}**`,
            text(t.reason[lang]),
          ]),
        );
      }
      out.push('');
    }
  }
  if (report.tasks.length > 0) out.push(...completionTable(report, lang));
  return `${out.join('\n').trimEnd()}\n`;
}

const TARGET_HEADS = [
  'number',
  'target',
  'plan',
  'actual',
  'expected',
  'deadline',
  'owner',
  'status',
  'reason',
] as const;
const TASK_HEADS = ['number', 'id', 'task', 'timing', 'owner', 'latest', 'status', 'reason'] as const;

/** Completion per area and per owner, with the headline's denominator (every task of the report). */
function completionTable(report: RunReport, lang: Lang): string[] {
  const th = columnHeads(COMPLETION_COLUMNS, ['by', 'name', 'completion'], lang);
  return [
    `## ${VIEW_HEADINGS.completion[lang]}`,
    '',
    text(completionHeadline(report, lang)),
    '',
    row(th.map(text)),
    row(th.map(() => '---')),
    ...completionRows(report, lang).map((r) =>
      row([COMPLETION_BY[r.group][lang], text(r.name), text(tallyText(r.tally, lang))]),
    ),
    '',
  ];
}

/** "Hoàn thành (Quý I/2026)" or a dash. */
function latestText(t: TaskEvaluation, lang: Lang): string {
  if (!t.latest) return '—';
  return `${ASSESSMENT_LABELS[t.latest.status][lang]} (${periodLabel(t.latest.period, lang)})`;
}

/** Cells are escaped by the caller (`text`), so a row may add its own emphasis and code spans. */
function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Plan or data text made inert in a GFM table cell: pipes and Markdown punctuation escaped, `<` as an entity
 * (no raw HTML), line breaks flattened, so a plan's wording can neither break the table nor format itself.
 */
export function text(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`~[\]])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/\s*\r?\n\s*|\r/g, ' ')
    .trim();
}
