import type { Lang } from '../model/diagnostic.js';

/**
 * One rounding rule for computation and display: half away from zero, applied to the number's shortest
 * decimal spelling (what JavaScript prints), not to its binary value. So 1.005 → 1.01 and 2.675 → 2.68, as a
 * person reading "1,005" expects and as Intl.NumberFormat's `halfExpand` does on the same string. Rounding the
 * binary value instead (`Math.round(n * 100)`, `toFixed`) gives 1 and 2.67, because 1.005 is stored as
 * 1.00499999…
 */
export function roundedDecimal(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const { neg, digits, point } = decimalDigits(n);
  // `digits` with the decimal point after `point` digits (point may be ≤ 0 or > digits.length).
  const keep = point + decimals;
  if (keep < 0) return '0';
  let kept = digits.slice(0, keep).padEnd(keep, '0');
  if ((digits.charCodeAt(keep) || 48) >= 53) kept = incrementDigits(kept);
  const intLen = kept.length - decimals;
  const int = (intLen > 0 ? kept.slice(0, intLen) : '0').replace(/^0+(?=\d)/, '');
  const frac = (intLen >= 0 ? kept.slice(intLen) : kept.padStart(decimals, '0')).replace(/0+$/, '');
  const text = frac ? `${int}.${frac}` : int;
  return neg && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Round half away from zero to `decimals` places (rates to 2 decimals, as QĐ 766 rounds them). */
export function round(n: number, decimals = 2): number {
  return Number(roundedDecimal(n, decimals));
}

/**
 * A number as Vietnamese or English readers write it: "1.234,5" (vi-VN) / "1,234.5" (en), at most `maxDecimals`
 * decimals, trailing zeros dropped, rounded by the rule above. The output is Intl.NumberFormat's for
 * `vi-VN`/`en` (a test compares them); it is built by hand because the first Intl call costs 15–20 ms of
 * start-up.
 */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2): string {
  const text = roundedDecimal(n, maxDecimals);
  const neg = text.startsWith('-');
  const [int, frac] = (neg ? text.slice(1) : text).split('.') as [string, string | undefined];
  const group = lang === 'vi' ? '.' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const dec = lang === 'vi' ? ',' : '.';
  return (neg ? '-' : '') + grouped + (frac ? dec + frac : '');
}

/** The shortest decimal spelling of |n| as digits and the position of the decimal point. */
function decimalDigits(n: number): { neg: boolean; digits: string; point: number } {
  const neg = n < 0 || Object.is(n, -0);
  const [mant, exp] = Math.abs(n).toString().split('e') as [string, string | undefined];
  const [i, f = ''] = mant.split('.') as [string, string | undefined];
  const all = (i + f).replace(/^0+/, '');
  const lead = (i + f).length - all.length;
  return { neg, digits: all, point: i.length - lead + Number(exp ?? 0) };
}

function incrementDigits(s: string): string {
  const a = s.split('');
  let k = a.length - 1;
  while (k >= 0 && a[k] === '9') a[k--] = '0';
  if (k < 0) return `1${a.join('')}`;
  a[k] = String(Number(a[k]) + 1);
  return a.join('');
}
