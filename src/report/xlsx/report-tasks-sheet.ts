import type { Workbook, Worksheet } from 'exceljs';
import { ASSESSMENT_LABELS, TASK_STATUS_LABELS } from '../../i18n/labels.js';
import type { Lang } from '../../model/diagnostic.js';
import type { RunReport, TaskEvaluation } from '../../model/report.js';
import { parsePeriod, periodLabel } from '../../periods/index.js';
import { formatDate } from '../../util/date.js';
import { setText } from './cell-text.js';
import { groupItems, reportingUnits } from './group-items.js';
import { writeLetterhead } from './letterhead.js';
import { reportLetterhead } from './report-head.js';
import { toRoman } from './roman.js';
import { bodyCell, type Column, fitHeight, setupTableSheet, spanRow, writeHeaderRow } from './sheet-kit.js';
import { solid, TABLE_PT, TASK_STATUS_FILL } from './styles.js';

export const TASKS_SHEET = { vi: 'Nhiệm vụ', en: 'Tasks' } as const;

function columns(lang: Lang): Column[] {
  const vi = lang === 'vi';
  return [
    { header: 'STT', width: 6 },
    { header: vi ? 'Nhiệm vụ' : 'Task', width: 50 },
    { header: vi ? 'Đơn vị chủ trì' : 'Lead unit', width: 22 },
    { header: vi ? 'Đơn vị phối hợp' : 'Partners', width: 20 },
    { header: vi ? 'Thời hạn' : 'Deadline', width: 16 },
    { header: vi ? 'Tình hình thực hiện' : 'Reported progress', width: 24 },
    { header: vi ? 'Đánh giá' : 'Assessment', width: 15 },
    { header: vi ? 'Ghi chú' : 'Notes', width: 45 },
  ];
}

/** Sheet 2: tasks with owner, deadline, the latest reported progress and the status. */
export function addTasksSheet(wb: Workbook, report: RunReport, lang: Lang, place?: string): Worksheet {
  const ws = wb.addWorksheet(TASKS_SHEET[lang]);
  const cols = columns(lang);
  const title =
    lang === 'vi'
      ? `TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ${report.plan.title.toLocaleUpperCase('vi')}`
      : `PROGRESS OF THE TASKS OF ${report.plan.title.toLocaleUpperCase('en')}`;
  const headerRow = writeLetterhead(ws, cols.length, reportLetterhead(report, title, lang, place));
  setupTableSheet(ws, cols, headerRow);
  writeHeaderRow(ws, headerRow, cols);
  let row = headerRow + 1;
  const units = reportingUnits(report.tasks);
  for (const unit of units) {
    if (unit !== undefined) {
      row = spanRow(
        ws,
        row,
        cols.length,
        '',
        `${lang === 'vi' ? 'Đơn vị báo cáo' : 'Reporting unit'}: ${unit}`,
      );
    }
    const groups = groupItems(
      report,
      report.tasks.filter((t) => t.reportingUnit === unit),
      lang,
      'tasks',
    );
    let stt = 0;
    groups.forEach((g, gi) => {
      row = spanRow(ws, row, cols.length, toRoman(gi + 1), g.label);
      for (const t of g.items) writeTask(ws, row++, t, String(++stt), report, lang, cols);
    });
  }
  return ws;
}

function writeTask(
  ws: Worksheet,
  row: number,
  t: TaskEvaluation,
  stt: string,
  report: RunReport,
  lang: Lang,
  cols: Column[],
): void {
  const unitName = (id: string) => report.names.units[id] ?? id;
  const deadline = t.due
    ? `${t.scheduleLabel}\n(${lang === 'vi' ? 'hạn' : 'due'} ${formatDate(t.due)})`
    : t.scheduleLabel;
  const progress = t.latest
    ? `${ASSESSMENT_LABELS[t.latest.status][lang]} (${periodName(t.latest.period, report, lang)})${t.latest.note ? `: ${t.latest.note}` : ''}`
    : '';
  const texts = [
    stt,
    t.content,
    unitName(t.owner),
    t.partners.map(unitName).join(', '),
    deadline,
    progress,
    TASK_STATUS_LABELS[t.status][lang],
    t.reason[lang],
  ];
  const r = ws.getRow(row);
  texts.forEach((text, i) => {
    const cell = r.getCell(i + 1);
    // Status words and the STT are ours; everything else may come from the plan or a data file.
    if (i === 0 || i === 6) cell.value = text;
    else setText(cell, text);
    bodyCell(cell, i === 0 || i === 4 || i === 6 ? 'center' : 'left');
  });
  r.getCell(7).fill = solid(TASK_STATUS_FILL[t.status]);
  r.getCell(7).font = { ...r.getCell(7).font, bold: t.status === 'overdue' };
  r.height = fitHeight(texts, cols, TABLE_PT);
}

/** "2026-Q3" → "Quý III/2026"; a period id the parser does not know is shown as it is. */
function periodName(id: string, report: RunReport, lang: Lang): string {
  const p = parsePeriod(id, report.convention);
  return p ? periodLabel(p, lang) : id;
}
