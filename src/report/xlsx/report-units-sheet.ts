import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import { type RunReport, STATUSES } from '../../model/report.js';
import { APPENDIX_HEADERS, APPENDIX_SHEETS, appendixTitle } from '../../words/appendix-sheets.js';
import { STATUS_LABELS, TASK_STATUS_LABELS } from '../../words/labels.js';
import { targetNumbers } from '../target-numbers.js';
import { setText } from './cell-text.js';
import { reportingUnitName } from './group-items.js';
import { writeLetterhead } from './letterhead.js';
import { type CoverReport, reportLetterhead } from './report-head.js';
import { bodyCell, type Column, fitHeight, setupTableSheet, writeHeaderRow } from './sheet-kit.js';
import { STATUS_FILL, solid, TABLE_PT, TASK_STATUS_FILL } from './styles.js';

function columns(lang: Lang): Column[] {
  const h = APPENDIX_HEADERS;
  return [
    { header: h.stt[lang], width: 6 },
    { header: h.owner[lang], width: 30 },
    ...STATUSES.map((s) => ({ header: STATUS_LABELS[s][lang], width: 11 })),
    { header: h.targets[lang], width: 10 },
    { header: TASK_STATUS_LABELS.overdue[lang] + h.ofTasks[lang], width: 11 },
    { header: h.attention[lang], width: 60 },
  ];
}

/** Owners in plan order (the order of `names.units`), then any the names table does not know. */
function owners(report: RunReport): string[] {
  const used = new Set([...report.targets.map((t) => t.owner), ...report.tasks.map((t) => t.owner)]);
  const ordered = Object.keys(report.names.units).filter((u) => used.has(u));
  return [...ordered, ...[...used].filter((u) => !ordered.includes(u))];
}

/** PHỤ LỤC III: per owning unit, counts per status and the targets that need attention. */
export function addUnitsSheet(
  wb: Workbook,
  report: RunReport,
  lang: Lang,
  cover: CoverReport,
  appendix = 3,
): Worksheet {
  const ws = wb.addWorksheet(APPENDIX_SHEETS.units[lang]);
  const cols = columns(lang);
  const title = appendixTitle('units', report.plan.title, lang);
  const headerRow = writeLetterhead(ws, cols.length, reportLetterhead(report, title, lang, cover, appendix));
  setupTableSheet(ws, cols, headerRow);
  writeHeaderRow(ws, headerRow, cols);
  STATUSES.forEach((s, i) => {
    ws.getCell(headerRow, 3 + i).fill = solid(STATUS_FILL[s]);
  });
  ws.getCell(headerRow, 3 + STATUSES.length + 1).fill = solid(TASK_STATUS_FILL.overdue);
  let row = headerRow + 1;
  const numbers = targetNumbers(report);
  owners(report).forEach((owner, i) => {
    const targets = report.targets.filter((t) => t.owner === owner);
    const attention = targets
      .filter((t) => t.status === 'at-risk' || t.status === 'missed')
      // "• 2. 100% thủ tục … quốc gia: Có nguy cơ không đạt" (the plan's closing full stop dropped before the colon).
      .map(
        (t) =>
          `• ${numbers.get(t) ?? ''}. ${t.title.trim().replace(/[.;,]+$/, '')}${t.reportingUnit ? ` [${reportingUnitName(report, t.reportingUnit)}]` : ''}: ${STATUS_LABELS[t.status][lang]}`,
      );
    const overdue = report.tasks.filter((t) => t.owner === owner && t.status === 'overdue').length;
    const r = ws.getRow(row++);
    const name = report.names.units[owner] ?? owner;
    r.getCell(1).value = i + 1;
    bodyCell(r.getCell(1), 'center');
    setText(r.getCell(2), name);
    bodyCell(r.getCell(2), 'left');
    STATUSES.forEach((s, j) => {
      const c = r.getCell(3 + j);
      c.value = targets.filter((t) => t.status === s).length;
      bodyCell(c, 'center');
    });
    const total = r.getCell(3 + STATUSES.length);
    total.value = targets.length;
    bodyCell(total, 'center', { bold: true });
    const od = r.getCell(4 + STATUSES.length);
    od.value = overdue;
    bodyCell(od, 'center');
    const list = r.getCell(5 + STATUSES.length);
    setText(list, attention.join('\n'));
    bodyCell(list, 'left');
    const texts = cols.map(() => '');
    texts[1] = name;
    texts[cols.length - 1] = attention.join('\n');
    r.height = fitHeight(texts, cols, TABLE_PT);
  });
  return ws;
}
