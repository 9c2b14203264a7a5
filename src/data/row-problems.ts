/** Diagnostics about one row, shared by the row readers. */
import { msg } from '../model/diagnostic.js';
import type { Indicator } from '../model/plan.js';
import { cellText, type RawCell, type RawRow } from './cells.js';
import { dataDiag, dataFinding } from './diagnostics.js';
import type { ValueError } from './interpret-value.js';
import { locate, type TableContext } from './table-context.js';
import { isFigure, valueCols } from './table-end.js';
import { isSectionOrTotal } from './words.js';

export function reportBadPeriod(ctx: TableContext, row: number, col: number, cell: RawCell): void {
  const raw = cellText(cell);
  const loc = locate(ctx, row, col);
  if (!raw) {
    ctx.collector.report(dataFinding('data-missing-period', 'missing', {}, loc));
    return;
  }
  ctx.collector.report(dataFinding('data-bad-period', 'unknown', { period: raw }, loc, { text: raw }));
}

export function reportValueError(
  ctx: TableContext,
  row: number,
  col: number,
  e: ValueError,
  ind: Indicator,
): void {
  const loc = locate(ctx, row, col);
  let m = msg(
    `Không đọc được giá trị "${e.raw}" của chỉ tiêu "${ind.code}": cần ${e.expected.vi}.`,
    `Cannot read value "${e.raw}" of indicator "${ind.code}": expected ${e.expected.en}.`,
  );
  let hint = msg(`Ghi ${e.expected.vi}.`, `Write ${e.expected.en}.`);
  if (e.code === 'data-out-of-range') {
    m = msg(
      `Giá trị "${e.raw}" của chỉ tiêu "${ind.code}" nằm ngoài khoảng cho phép: cần ${e.expected.vi}.`,
      `Value "${e.raw}" of indicator "${ind.code}" is out of range: expected ${e.expected.en}.`,
    );
    // Over 100 % is most often a count or a score typed in the percentage's column.
    if (ind.kind === 'percentage')
      hint = msg(
        `Ghi ${e.expected.vi}. Số hồ sơ/thủ tục ghi vào cột Tử số và Mẫu số; điểm số không phải tỷ lệ phần trăm.`,
        `Write ${e.expected.en}. Counts of dossiers/procedures go in the Tử số and Mẫu số (numerator/denominator) columns; a score is not a percentage.`,
      );
  }
  if (e.why) {
    m = msg(
      `Giá trị "${e.raw}" của chỉ tiêu "${ind.code}" không dùng được: ${e.why.vi}.`,
      `Value "${e.raw}" of indicator "${ind.code}" cannot be used: ${e.why.en}.`,
    );
    if (e.hint) hint = e.hint;
  }
  if (e.code === 'data-formula-no-result') {
    m = msg(
      `Ô có công thức "${e.raw}" nhưng không có kết quả đã tính.`,
      `The cell holds formula "${e.raw}" but no calculated result.`,
    );
    hint = msg(
      'Mở tệp bằng Excel hoặc LibreOffice, để chương trình tính lại rồi lưu; hoặc thay công thức bằng giá trị.',
      'Open the file in Excel or LibreOffice so it recalculates, then save; or replace the formula by its value.',
    );
  }
  if (e.code === 'data-formula-error') {
    m = msg(
      `Ô có lỗi Excel "${e.raw}" thay vì giá trị của chỉ tiêu "${ind.code}".`,
      `The cell holds the Excel error "${e.raw}" instead of a value of indicator "${ind.code}".`,
    );
    hint = msg(
      'Sửa công thức (ví dụ chia cho 0) hoặc để trống ô nếu chưa có số liệu.',
      'Fix the formula (e.g. a division by zero) or leave the cell empty when there is no figure.',
    );
  }
  ctx.collector.report(dataDiag(e.code, 'error', loc, m, { text: e.raw, hint }));
}

/**
 * A filled row without an indicator/task code. Section headings ("I. …") and total rows ("Tổng cộng")
 * are expected and skipped quietly when no figure sits where the reader looks; any other such row with
 * figures is skipped with a warning, never silently.
 */
const DIGIT = /\d/;

export function rowWithoutCode(ctx: TableContext, r: RawRow, col: number): void {
  let figures = false;
  let section = false;
  for (const c of r.cells) {
    if (typeof c === 'string') {
      if (!section && isSectionOrTotal(c)) section = true;
      if (DIGIT.test(c)) figures = true;
    } else if (c !== undefined) figures = true;
  }
  // Signature blocks and notes under the table ("Người lập biểu") hold no figures: not worth a warning.
  if (!figures) return;
  if (section && !valueCols(ctx).some((c) => isFigure(r.cells[c]))) return;
  ctx.collector.report(dataFinding('data-row-without-code', 'noCode', {}, locate(ctx, r.row, col)));
}
