import { ASSESSMENT_LABELS } from '../i18n/labels.js';
import type { Lang } from '../model/diagnostic.js';
import type { RunReport } from '../model/report.js';
import { formatDate } from '../util/date.js';
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

/** A GitHub-flavoured Markdown report for pasting into documents and pull requests: words, no colours. */
export function renderMarkdown(report: RunReport, opts: MarkdownOptions): string {
  const { lang } = opts;
  const vi = lang === 'vi';
  const out: string[] = [
    `# ${vi ? 'Kết quả thực hiện kế hoạch CCHC' : 'CCHC plan results'}`,
    '',
    ...headerLines(report, lang).map((l) => `- ${cell(l)}`),
    '',
    `## ${vi ? 'Chỉ tiêu' : 'Targets'}`,
    '',
    `**${summaryLine(report, lang, 'targets')}**`,
    '',
  ];
  const head = vi
    ? ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực tế', 'Kỳ vọng', 'Hạn', 'Chủ trì', 'Đánh giá', 'Giải thích']
    : ['#', 'Target', 'Plan', 'Actual', 'Expected', 'Deadline', 'Owner', 'Status', 'Reason'];
  let n = 0;
  for (const g of groupTargets(report, opts.groupBy ?? 'auto', lang)) {
    out.push(`### ${cell(g.title)}`, '', row(head), row(head.map(() => '---')));
    for (const e of g.items) {
      n += 1;
      out.push(
        row([
          String(n),
          targetTitle(e, lang),
          planValueText(e, lang),
          actualText(e, lang),
          expectedText(e, lang),
          formatDate(e.deadline),
          unitName(report, e.owner),
          `**${statusText(e, lang)}**`,
          e.reason[lang],
        ]),
      );
    }
    out.push('');
  }
  if (report.tasks.length > 0) {
    out.push(`## ${vi ? 'Nhiệm vụ' : 'Tasks'}`, '', `**${summaryLine(report, lang, 'tasks')}**`, '');
    const th = vi
      ? ['TT', 'Mã', 'Nhiệm vụ', 'Thời gian', 'Chủ trì', 'Báo cáo gần nhất', 'Đánh giá', 'Giải thích']
      : ['#', 'Id', 'Task', 'Timing', 'Owner', 'Latest report', 'Status', 'Reason'];
    let k = 0;
    for (const g of groupTasks(report, lang)) {
      out.push(`### ${cell(g.title)}`, '', row(th), row(th.map(() => '---')));
      for (const t of g.items) {
        k += 1;
        out.push(
          row([
            String(k),
            `\`${t.id}\``,
            t.content,
            t.scheduleLabel,
            unitName(report, t.owner),
            t.latest ? ASSESSMENT_LABELS[t.latest.status][lang] : '—',
            `**${taskStatusText(t, lang)}**`,
            t.reason[lang],
          ]),
        );
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function row(cells: string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** Text inside a table cell: pipes escaped, line breaks flattened, so a plan's wording cannot break the table. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
