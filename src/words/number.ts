import type { Lang, Msg } from '../model/diagnostic.js';

/**
 * One rounding rule for computation and display: half away from zero, applied to the number's shortest
 * decimal spelling (what JavaScript prints), not to its binary value. So 1.005 → 1.01 and 2.675 → 2.68, as a
 * person reading "1,005" expects and as Intl.NumberFormat's `halfExpand` does on the same string. Rounding the
 * binary value instead (`Math.round(n * 100)`, `toFixed`) gives 1 and 2.67, because 1.005 is stored as
 * 1.00499999…
 */
export function roundedDecimal(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  // Fast path, same answer: a spelling with no exponent and no more decimals than asked needs no rounding
  // (most figures: 48.6, 70, 33.22). At national scale this function ran ~10 times per result (3 s of 24).
  const plain = String(n);
  if (plain.indexOf('e') >= 0) return roundSpelling(n, decimals);
  const dot = plain.indexOf('.');
  if (dot < 0 || plain.length - dot - 1 <= decimals) return Object.is(n, -0) ? '0' : plain;
  // Plain spelling with more decimals than kept (ratios such as 288/508·100): cut the digits, round half up
  // on the first one dropped, put the point back. No exponent, so the integer part is written out in full.
  const neg = plain.charCodeAt(0) === 45;
  const int = plain.slice(neg ? 1 : 0, dot);
  let kept = int + plain.slice(dot + 1, dot + 1 + decimals);
  if (plain.charCodeAt(dot + 1 + decimals) >= 53) kept = incrementDigits(kept);
  const cut = kept.length - decimals;
  let frac = kept.slice(cut);
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  const whole = kept.slice(0, cut).replace(/^0+(?=\d)/, '');
  const text = frac ? `${whole}.${frac}` : whole;
  return neg && text !== '0' ? `-${text}` : text;
}

/** The rule itself, digit by digit (exported so a property test can hold the fast path to it). */
export function roundSpelling(n: number, decimals: number): string {
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
  // Arithmetic fast path, same answer: away from a tie the spelling's rounding and the binary value's agree,
  // and k / 10^d is the double nearest k·10^-d, as parsing the rounded spelling gives. Within 1e-6 of a tie
  // (or for huge values) the spelling decides. Ratios are rounded once per data row: 2.5 M times nationally.
  if (decimals >= 0 && decimals <= 6 && Number.isFinite(n)) {
    const scale = POW10[decimals]!;
    const y = Math.abs(n) * scale;
    if (y < 1e9) {
      const floor = Math.floor(y);
      const frac = y - floor;
      if (Math.abs(frac - 0.5) > 1e-6) {
        const k = frac > 0.5 ? floor + 1 : floor;
        return k === 0 ? 0 : (n < 0 ? -k : k) / scale;
      }
    }
  }
  return Number(roundedDecimal(n, decimals));
}

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * A number as Vietnamese or English readers write it: "1.234,5" (vi-VN) / "1,234.5" (en), at most `maxDecimals`
 * decimals, trailing zeros dropped down to `minDecimals` ("4,0" with 1), rounded by the rule above. The output is
 * Intl.NumberFormat's for `vi-VN`/`en` (a test compares them); it is built by hand because the first Intl call
 * costs 15–20 ms of start-up.
 */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2, minDecimals = 0): string {
  const text = roundedDecimal(n, maxDecimals);
  const neg = text.startsWith('-');
  const [int, shortest = ''] = (neg ? text.slice(1) : text).split('.') as [string, string | undefined];
  const frac = shortest.padEnd(Math.min(minDecimals, maxDecimals), '0');
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

/** A number formatted in both languages, as message data ("48,6" / "48.6"). */
export const numberWords = (n: number): Msg => ({ vi: formatNumber(n, 'vi'), en: formatNumber(n, 'en') });
