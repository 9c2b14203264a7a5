/** Percentages from numerator and denominator, and the warnings about written values. */
import { msg } from '../model/diagnostic.js';
import { formatNumber, round } from '../util/number.js';
import { cellText, type RawCell } from './cells.js';
import { dataDiag } from './diagnostics.js';
import type { ValueOk } from './interpret-value.js';
import { locate, type TableContext } from './table-context.js';

const vi = (n: number) => formatNumber(n, 'vi');
const en = (n: number) => formatNumber(n, 'en');

export function warnAmbiguous(ctx: TableContext, row: number, col: number, v: ValueOk): void {
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

export function reportCountError(ctx: TableContext, row: number, col: number, cell: RawCell): void {
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
export function ratioValue(
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
  // The written value agrees if it is the computed rate rounded to the decimals written (2 at most). A
  // percent-formatted XLSX cell is compared as shown: 0.829 under "0%" is the "83%" the person typed or saw,
  // as the CSV of the same table says "83%" (fewer decimals shown than stored is not a disagreement).
  const shownDecimals = Math.min(v.decimals, 2);
  const shown = shownDecimals < 2 ? round(v.value, shownDecimals) : v.value;
  const tol = 0.5 * 10 ** -shownDecimals + 1e-9;
  if (Math.abs(shown - computed) <= tol) return { value: computed, ambiguous: false };
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
