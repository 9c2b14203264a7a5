import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { RunReport, TaskEvaluation } from '../../model/report.js';
import {
  APPENDIX_HEADERS,
  APPENDIX_SHEETS,
  appendixTitle,
  reportingUnitRow,
  taskDeadline,
} from '../../words/appendix-sheets.js';
import { ASSESSMENT_LABELS, TASK_STATUS_LABELS } from '../../words/labels.js';
import { periodLabel } from '../../words/period.js';
import { taskNote } from '../task-note.js';
import { setText } from './cell-text.js';
import { writeCompletion } from './completion-block.js';
import { groupItems, reportingUnitName, reportingUnits } from './group-items.js';
import { writeLetterhead } from './letterhead.js';
import { type CoverReport, reportLetterhead } from './report-head.js';
import { toRoman } from './roman.js';
import {
  bodyCell,
  type Column,
  fitHeight,
  keepGroupsTogether,
  keepRows,
  setupTableSheet,
  spanRow,
  type WordedColumn,
  wordedColumns,
  writeHeaderRow,
} from './sheet-kit.js';
import { statusLook, TABLE_PT } from './styles.js';

const H = APPENDIX_HEADERS;
const COLUMNS: WordedColumn[] = [
  [H.stt, 6],
  [H.task, 50],
  [H.owner, 22],
  [H.partners, 20],
  [H.deadline, 18],
  [H.progress, 24],
  [H.assessment, 17],
  [H.notes, 41],
];

/** PHỤ LỤC II: tasks with owner, partners, deadline, the latest reported progress, the status and a short note. */
export function addTasksSheet(wb: Workbook, report: RunReport, lang: Lang, cover: CoverReport): Worksheet {
  const ws = wb.addWorksheet(APPENDIX_SHEETS.tasks[lang]);
  const cols = wordedColumns(COLUMNS, lang);
  const title = appendixTitle('tasks', report.plan.title, lang);
  const headerRow = writeLetterhead(ws, cols.length, reportLetterhead(report, title, lang, cover, 2));
  setupTableSheet(ws, cols, headerRow);
  writeHeaderRow(ws, headerRow, cols);
  let row = headerRow + 1;
  const keep = new Set<number>();
  const units = reportingUnits(report.tasks);
  for (const unit of units) {
    if (unit !== undefined) {
      keep.add(row);
      row = spanRow(ws, row, cols.length, '', reportingUnitRow(reportingUnitName(report, unit), lang));
    }
    const groups = groupItems(
      report,
      report.tasks.filter((t) => t.reportingUnit === unit),
      lang,
      'tasks',
    );
    let stt = 0;
    groups.forEach((g, gi) => {
      keep.add(row);
      row = spanRow(ws, row, cols.length, toRoman(gi + 1), g.label);
      for (const t of g.items) writeTask(ws, row++, t, ++stt, report, lang, cols);
    });
  }
  let end = row - 1;
  // The task tally under the table stays on one page.
  if (report.tasks.length > 0) {
    end = writeCompletion(ws, row + 1, report, lang, cols) - 1;
    keepRows(keep, row + 1, end);
  }
  keepGroupsTogether(ws, cols, headerRow, end, keep);
  return ws;
}

function writeTask(
  ws: Worksheet,
  row: number,
  t: TaskEvaluation,
  stt: number,
  report: RunReport,
  lang: Lang,
  cols: Column[],
): void {
  const unitName = (id: string) => report.names.units[id] ?? id;
  const deadline = taskDeadline(t.scheduleLabel, t.due, lang);
  const progress = t.latest
    ? `${ASSESSMENT_LABELS[t.latest.status][lang]} (${periodLabel(t.latest.period, lang)})${t.latest.note ? `: ${t.latest.note}` : ''}`
    : '';
  const texts = [
    String(stt),
    t.content,
    unitName(t.owner),
    t.partners.map(unitName).join(', '),
    deadline,
    progress,
    TASK_STATUS_LABELS[t.status][lang],
    // A person's note; the rule behind the status is in `cchc check` and on the explanation sheet.
    t.status === 'no-data' || t.status === 'overdue' ? taskNote(t, lang) : (t.latest?.note ?? ''),
  ];
  const r = ws.getRow(row);
  texts.forEach((text, i) => {
    const cell = r.getCell(i + 1);
    // Status words and the STT are ours; everything else may come from the plan or a data file.
    if (i === 0) cell.value = stt;
    else if (i === 6) cell.value = text;
    else setText(cell, text);
    bodyCell(cell, i === 0 || i === 4 || i === 6 ? 'center' : 'left');
  });
  const look = statusLook(`task-${t.status}`);
  Object.assign(r.getCell(7), { fill: look.fill, font: look.font, border: look.border });
  r.height = fitHeight(texts, cols, TABLE_PT);
}

/** "2026-Q3" → "Quý III/2026"; a period id the parser does not know is shown as it is. */
