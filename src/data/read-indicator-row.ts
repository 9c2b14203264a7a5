/** Long and wide indicator rows → observations. */
import { msg } from '../model/diagnostic.js';
import type { Observation } from '../model/observation.js';
import type { Period } from '../model/period.js';
import type { Indicator } from '../model/plan.js';
import { formatNumber, round } from '../util/number.js';
import { cellText, isEmptyCell, type RawCell, type RawRow } from './cells.js';
import { dataDiag } from './diagnostics.js';
import { interpretCount, interpretValue, type ValueOk } from './interpret-value.js';
import { reportBadPeriod, reportValueError, rowWithoutCode } from './row-problems.js';
import { locate, periodOfCell, type TableContext } from './table-context.js';
import { isSectionOrTotal } from './words.js';

const vi = (n: number) => formatNumber(n, 'vi');
const en = (n: number) => formatNumber(n, 'en');

/** Resolve the row's indicator; undefined when the row is skipped or reported. */
function indicatorOf(ctx: TableContext, r: RawRow, col: number): Indicator | undefined {
  const code = cellText(r.cells[col]);
  if (!code) {
    rowWithoutCode(ctx, r, col);
    return undefined;
  }
  const ind = ctx.collector.indicator(code);
  if (!ind && !isSectionOrTotal(code)) ctx.collector.unknown('indicator', code, locate(ctx, r.row, col));
  return ind;
}

function unitOf(ctx: TableContext, cells: RawCell[]): string | undefined {
  const c = ctx.layout.cols.unit;
  const t = c === undefined ? '' : cellText(cells[c]);
  return t ? ctx.collector.unit(t) : undefined;
}

function textOf(ctx: TableContext, cells: RawCell[], field: 'source' | 'note'): string | undefined {
  const c = ctx.layout.cols[field];
  const t = c === undefined ? '' : cellText(cells[c]);
  return t || undefined;
}

function observation(
  ctx: TableContext,
  cells: RawCell[],
  ind: Indicator,
  period: Period,
  value: number | null,
  v: ValueOk | undefined,
  source: Observation['source'],
  raw: string,
): Observation {
  const o: Observation = { indicator: ind.code, period, value, raw, source };
  if (v?.assessment) o.assessment = v.assessment;
  const unit = unitOf(ctx, cells);
  if (unit !== undefined) o.unit = unit;
  const evidence = textOf(ctx, cells, 'source');
  if (evidence !== undefined) o.evidence = evidence;
  const note = textOf(ctx, cells, 'note');
  if (note !== undefined) o.note = note;
  return o;
}

function warnAmbiguous(ctx: TableContext, row: number, col: number, v: ValueOk): void {
  const n = v.value!;
  ctx.collector.report(
    dataDiag(
      'data-ambiguous-fraction',
      'warning',
      locate(ctx, row, col),
      msg(
        `Giá trị "${v.raw}" của chỉ tiêu tỷ lệ phần trăm không có dấu %: đã hiểu là ${vi(n)}% (không phải ${vi(n * 100)}%).`,
        `Value "${v.raw}" of a percentage indicator has no % sign: read as ${en(n)}% (not ${en(n * 100)}%).`,
      ),
      {
        text: v.raw,
        hint: msg(
          `Nếu là ${vi(n * 100)}%, hãy ghi "${vi(n * 100)}%" hoặc "${vi(n * 100)}"; nếu đúng là ${vi(n)}%, ghi "${vi(n)}%".`,
          `If you meant ${en(n * 100)}%, write "${vi(n * 100)}%" or "${vi(n * 100)}"; if ${en(n)}% is right, write "${vi(n)}%".`,
        ),
      },
    ),
  );
}

/** A long row: indicator, period, value and/or numerator and denominator. */
export function readLongRow(ctx: TableContext, r: RawRow): void {
  const { cols } = ctx.layout;
  const cells = r.cells;
  const vCol = cols.value;
  const valueCell = vCol === undefined ? undefined : cells[vCol];
  const nCell = cols.numerator === undefined ? undefined : cells[cols.numerator];
  const dCell = cols.denominator === undefined ? undefined : cells[cols.denominator];
  const hasValue = !isEmptyCell(valueCell);
  const hasN = !isEmptyCell(nCell);
  const hasD = !isEmptyCell(dCell);
  // Templates carry many rows with a code and a period but nothing filled in: not an error.
  if (!hasValue && !hasN && !hasD) return;
  const ind = indicatorOf(ctx, r, cols.indicator!);
  if (!ind) return;
  const pCol = cols.period!;
  const period = periodOfCell(ctx, cells[pCol]);
  if (!period) {
    reportBadPeriod(ctx, r.row, pCol, cells[pCol]);
    return;
  }

  let v: ValueOk | undefined;
  if (hasValue) {
    const res = interpretValue(valueCell, ind.kind);
    if (!res.ok) {
      reportValueError(ctx, r.row, vCol!, res, ind);
      return;
    }
    v = res;
  }
  const mainCol = hasValue ? vCol! : hasN ? cols.numerator! : cols.denominator!;
  const source = locate(ctx, r.row, mainCol);
  let value = v?.value ?? null;
  let ambiguous = v?.ambiguous === true;
  let numerator: number | undefined;
  let denominator: number | undefined;
  if (hasN || hasD) {
    if (!(hasN && hasD) && !hasValue) {
      {
        const col = hasN ? cols.numerator! : cols.denominator!;
        reportValueError(
          ctx,
          r.row,
          col,
          {
            ok: false,
            code: 'data-bad-value',
            expected: msg(
              'cả tử số và mẫu số, hoặc một giá trị',
              'both numerator and denominator, or a value',
            ),
            raw: cellText(hasN ? nCell : dCell),
          },
          ind,
        );
        return;
      }
    }
    if (hasN) {
      numerator = interpretCount(nCell) ?? undefined;
      if (numerator === undefined) {
        reportCountError(ctx, r.row, cols.numerator!, nCell);
        return;
      }
    }
    if (hasD) {
      denominator = interpretCount(dCell) ?? undefined;
      if (denominator === undefined) {
        reportCountError(ctx, r.row, cols.denominator!, dCell);
        return;
      }
    }
    if (ind.kind === 'percentage' && numerator !== undefined && denominator !== undefined) {
      const ratio = ratioValue(ctx, r.row, mainCol, numerator, denominator, v);
      if (ratio === 'error') return;
      value = ratio.value;
      ambiguous = ratio.ambiguous;
    }
  }
  if (ambiguous && v) warnAmbiguous(ctx, r.row, vCol!, v);
  const raw = hasValue ? v!.raw : `${cellText(nCell)}/${cellText(dCell)}`;
  const o = observation(ctx, cells, ind, period, value, v, source, raw);
  if (numerator !== undefined) o.numerator = numerator;
  if (denominator !== undefined) o.denominator = denominator;
  ctx.collector.addObservation(o);
}

function reportCountError(ctx: TableContext, row: number, col: number, cell: RawCell): void {
  const raw = cellText(cell);
  ctx.collector.report(
    dataDiag(
      'data-bad-value',
      'error',
      locate(ctx, row, col),
      msg(
        `Không đọc được "${raw}": cần một số không âm, không có dấu %.`,
        `Cannot read "${raw}": expected a non-negative number without a % sign.`,
      ),
      { text: raw, hint: msg('Ghi số hồ sơ/thủ tục, ví dụ "1.245".', 'Write the count, e.g. "1.245".') },
    ),
  );
}

/** The rate from numerator and denominator, checked against the written value. */
function ratioValue(
  ctx: TableContext,
  row: number,
  col: number,
  n: number,
  d: number,
  v: ValueOk | undefined,
): { value: number | null; ambiguous: boolean } | 'error' {
  // Built only when reported: formatting numbers on every row would cost more than reading them.
  const text = () => `${vi(n)}/${vi(d)}`;
  if (n > d) {
    ctx.collector.report(
      dataDiag(
        'data-numerator-exceeds-denominator',
        'error',
        locate(ctx, row, col),
        msg(
          `Tử số ${vi(n)} lớn hơn mẫu số ${vi(d)}: tỷ lệ không thể vượt 100%.`,
          `Numerator ${en(n)} is greater than denominator ${en(d)}: a rate cannot exceed 100%.`,
        ),
        {
          text: text(),
          hint: msg('Kiểm tra lại hai cột tử số và mẫu số.', 'Check the numerator and denominator columns.'),
        },
      ),
    );
    return 'error';
  }
  if (d === 0) {
    const written = v && v.value !== null ? ` Giá trị ghi "${v.raw}" không được dùng.` : '';
    const writtenEn = v && v.value !== null ? ` The written value "${v.raw}" is not used.` : '';
    ctx.collector.report(
      dataDiag(
        'data-zero-denominator',
        'warning',
        locate(ctx, row, col),
        msg(
          `Mẫu số bằng 0: kỳ này không có số liệu (không phải 0%).${written}`,
          `Denominator is 0: no data for this period (not 0%).${writtenEn}`,
        ),
        { text: text() },
      ),
    );
    return { value: null, ambiguous: false };
  }
  const computed = round((n / d) * 100, 2);
  if (!v || v.value === null) return { value: computed, ambiguous: false };
  // The written value agrees if it is the computed rate rounded to the decimals written (2 at most).
  const tol = 0.5 * 10 ** -Math.min(v.decimals, 2) + 1e-9;
  if (Math.abs(v.value - computed) <= tol) return { value: computed, ambiguous: false };
  // A bare fraction that the ratio confirms (0,955 with 955/1000) is not ambiguous any more.
  if (v.ambiguous && Math.abs(v.value * 100 - computed) <= 0.005 + 1e-9)
    return { value: computed, ambiguous: false };
  ctx.collector.report(
    dataDiag(
      'data-value-mismatch',
      'warning',
      locate(ctx, row, col),
      msg(
        `Giá trị ghi "${v.raw}" khác với tử số/mẫu số ${vi(n)}/${vi(d)} = ${vi(computed)}%: dùng ${vi(computed)}%.`,
        `Written value "${v.raw}" disagrees with numerator/denominator ${en(n)}/${en(d)} = ${en(computed)}%: using ${en(computed)}%.`,
      ),
      {
        text: v.raw,
        hint: msg(
          'Sửa giá trị hoặc tử số/mẫu số cho khớp nhau.',
          'Correct the value or the numerator/denominator so they agree.',
        ),
      },
    ),
  );
  return { value: computed, ambiguous: false };
}

/** A wide row: one indicator, one value per period column. */
export function readWideIndicatorRow(ctx: TableContext, r: RawRow): void {
  const { cols, periodCols } = ctx.layout;
  const cells = r.cells;
  if (periodCols.every((p) => isEmptyCell(cells[p.col]))) return;
  const ind = indicatorOf(ctx, r, cols.indicator!);
  if (!ind) return;
  for (const { col, period } of periodCols) {
    const cell = cells[col];
    if (isEmptyCell(cell)) continue;
    const res = interpretValue(cell, ind.kind);
    if (!res.ok) {
      reportValueError(ctx, r.row, col, res, ind);
      continue;
    }
    if (res.ambiguous) warnAmbiguous(ctx, r.row, col, res);
    ctx.collector.addObservation(
      observation(ctx, cells, ind, period, res.value, res, locate(ctx, r.row, col), res.raw),
    );
  }
}
