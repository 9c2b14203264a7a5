/** Percentages from numerator and denominator, and the warnings about written values. */
import { formatNumber, round } from '../util/number.js';
import { numberWords } from '../words/number.js';
import { cellText, type RawCell } from './cells.js';
import { dataFinding } from './diagnostics.js';
import type { ValueOk } from './interpret-value.js';
import { locate, type TableContext } from './table-context.js';

const vi = (n: number) => formatNumber(n, 'vi');

export function warnAmbiguous(ctx: TableContext, row: number, col: number, v: ValueOk): void {
  const n = v.value!;
  const data = { raw: v.raw, n: numberWords(n), n100: numberWords(n * 100), nVi: vi(n), n100Vi: vi(n * 100) };
  ctx.collector.report(
    dataFinding('data-ambiguous-fraction', 'fraction', data, locate(ctx, row, col), {
      text: v.raw,
      hintId: 'fractionHint',
    }),
  );
}

export function reportCountError(ctx: TableContext, row: number, col: number, cell: RawCell): void {
  const raw = cellText(cell);
  ctx.collector.report(
    dataFinding('data-bad-value', 'count', { raw }, locate(ctx, row, col), {
      text: raw,
      hintId: 'countHint',
    }),
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
      dataFinding(
        'data-numerator-exceeds-denominator',
        'exceeds',
        { n: numberWords(n), d: numberWords(d) },
        locate(ctx, row, col),
        {
          text: text(),
          hintId: 'exceedsHint',
        },
      ),
    );
    return 'error';
  }
  if (d === 0) {
    const written = v && v.value !== null;
    ctx.collector.report(
      dataFinding(
        'data-zero-denominator',
        written ? 'zeroWritten' : 'zero',
        { raw: v?.raw ?? '' },
        locate(ctx, row, col),
        {
          text: text(),
        },
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
  const data = { raw: v.raw, n: numberWords(n), d: numberWords(d), computed: numberWords(computed) };
  ctx.collector.report(
    dataFinding('data-value-mismatch', 'mismatch', data, locate(ctx, row, col), {
      text: v.raw,
      hintId: 'mismatchHint',
    }),
  );
  return { value: computed, ambiguous: false };
}
