import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { RunReport } from '../../model/report.js';
import { APPENDIX_HEADERS, APPENDIX_SHEETS, EXPLANATION_WORDS } from '../../words/appendix-sheets.js';
import { STATUS_LABELS, TASK_STATUS_LABELS } from '../../words/labels.js';
import { sttValue, targetNumbers } from '../target-numbers.js';
import { setText } from './cell-text.js';
import { groupItems, reportingUnitName, reportingUnits } from './group-items.js';
import {
  bodyCell,
  fitHeight,
  setupTableSheet,
  type WordedColumn,
  wordedColumns,
  writeHeaderRow,
} from './sheet-kit.js';
import { font, TABLE_PT } from './styles.js';

const H = APPENDIX_HEADERS;
const COLUMNS: WordedColumn[] = [
  [H.stt, 7],
  [H.code, 26],
  [H.reportingUnit, 14],
  [H.assessment, 18],
  [H.how, 107],
];

/**
 * A working sheet, not an appendix: for every target (by the appendix's STT) and task, the full arithmetic
 * behind its assessment — the same sentence as `cchc check` prints — so the Ghi chú of PHỤ LỤC I and II can stay
 * a short note a person would write.
 */
export function addExplanationSheet(wb: Workbook, report: RunReport, lang: Lang): Worksheet {
  const ws = wb.addWorksheet(APPENDIX_SHEETS.explanation[lang]);
  const cols = wordedColumns(COLUMNS, lang);
  const title = ws.getCell(1, 1);
  title.value = EXPLANATION_WORDS.title[lang];
  title.font = font(13, { bold: true });
  const headerRow = 3;
  setupTableSheet(ws, cols, headerRow);
  writeHeaderRow(ws, headerRow, cols);
  const numbers = targetNumbers(report);
  const unitName = (u: string | undefined) => (u === undefined ? undefined : reportingUnitName(report, u));
  let row = headerRow + 1;
  const write = (
    stt: number | string,
    code: string,
    unit: string | undefined,
    status: string,
    why: string,
  ) => {
    const r = ws.getRow(row++);
    const texts = [String(stt), code, unit ?? '', status, why];
    texts.forEach((t, i) => {
      const c = r.getCell(i + 1);
      if (i === 0) c.value = stt;
      else if (i === 3) c.value = t;
      else setText(c, t);
      bodyCell(c, i === 0 || i === 3 ? 'center' : 'left');
    });
    r.height = fitHeight(texts, cols, TABLE_PT);
  };
  for (const unit of reportingUnits(report.targets)) {
    const inUnit = report.targets.filter((t) => t.reportingUnit === unit);
    for (const g of groupItems(report, inUnit, lang)) {
      for (const t of g.items) {
        write(
          sttValue(numbers.get(t)),
          t.id,
          unitName(t.reportingUnit),
          STATUS_LABELS[t.status][lang],
          t.reason[lang],
        );
      }
    }
  }
  if (report.tasks.length > 0) {
    const h = ws.getCell(row, 2);
    h.value = EXPLANATION_WORDS.tasks[lang];
    h.font = font(TABLE_PT, { bold: true });
    row++;
    for (const unit of reportingUnits(report.tasks)) {
      let n = 0;
      const inUnit = report.tasks.filter((t) => t.reportingUnit === unit);
      for (const g of groupItems(report, inUnit, lang, 'tasks')) {
        for (const t of g.items) {
          write(++n, t.id, unitName(t.reportingUnit), TASK_STATUS_LABELS[t.status][lang], t.reason[lang]);
        }
      }
    }
  }
  return ws;
}
