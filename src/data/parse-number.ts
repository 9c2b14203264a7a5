/** Numbers as Vietnamese officials write them: comma decimals, dot thousands, a trailing percent sign. */

/** A number read from text. `decimals` is how many digits were written after the decimal separator. */
export interface ParsedNumber {
  n: number;
  percent: boolean;
  decimals: number;
}

// Digits, at most one comma, an optional % — never a thousands separator (a dot is left to the slow path).
const FAST = /^(\d{1,15})(?:,(\d{1,15}))?(%?)$/;
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const SHAPE = /^[+-]?\d[\d.,]*$/;
const GROUPS = /^[+-]?\d{1,3}(?:[.,]\d{3})+$/;
// vi thousands with a single dot: "1.245" (not "0.955", not "95.5").
const VI_THOUSANDS = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;

/**
 * "95,5%" → 95.5 (percent), "95.5" → 95.5, "1.245" → 1245, "1.245,5" → 1245.5, "1,245.5" → 1245.5,
 * "0,955" → 0.955. Spaces inside are grouping ("1 245"). Returns null when the text is not a number.
 * A single comma is always a decimal separator (vi-VN); a single dot followed by exactly three digits
 * after a non-zero integer part is a thousands separator (vi-VN "1.245"), otherwise a decimal point.
 */
export function parseNumber(text: string): ParsedNumber | null {
  const quick = plainDigits(text);
  if (quick) return quick;
  // The common shapes ("95,5%", "486", "48.6") without the general machinery below.
  const fast = FAST.exec(text);
  if (fast) {
    const frac = fast[2];
    return {
      n: frac === undefined ? Number(fast[1]) : Number(`${fast[1]}.${frac}`),
      percent: fast[3] === '%',
      decimals: frac === undefined ? 0 : frac.length,
    };
  }
  let s = text.trim();
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  s = s.replace(SPACES, '');
  if (!SHAPE.test(s)) return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  let normal: string;
  if (comma >= 0 && dot >= 0) {
    const dec = comma > dot ? ',' : '.';
    const thousands = dec === ',' ? '.' : ',';
    const [int, frac, extra] = s.split(dec);
    if (extra !== undefined || frac === undefined || frac.includes(thousands)) return null;
    if (!GROUPS.test(int!) && int!.includes(thousands)) return null;
    normal = `${int!.split(thousands).join('')}.${frac}`;
  } else if (comma >= 0 || dot >= 0) {
    const sep = comma >= 0 ? ',' : '.';
    const count = s.split(sep).length - 1;
    if (count > 1) {
      if (!GROUPS.test(s)) return null;
      normal = s.split(sep).join('');
    } else if (sep === '.' && VI_THOUSANDS.test(s)) {
      normal = s.replace('.', '');
    } else {
      normal = s.replace(sep, '.');
    }
  } else {
    normal = s;
  }
  if (normal.endsWith('.')) return null;
  const n = Number(normal);
  if (!Number.isFinite(n)) return null;
  const point = normal.indexOf('.');
  return { n, percent, decimals: point < 0 ? 0 : normal.length - point - 1 };
}

/**
 * The commonest cells ("82,9%", "585", "48,6") read digit by digit, with no regular expression or string made:
 * at most 15 digits, so the digits form an exact integer, and one division by an exact power of ten is the
 * double nearest the written decimal — what Number("82.9") gives. Anything else falls through (null).
 */
function plainDigits(text: string): ParsedNumber | null {
  const len = text.length;
  let end = len;
  const percent = len > 1 && text.charCodeAt(len - 1) === 37;
  if (percent) end--;
  let digits = 0;
  let n = 0;
  let comma = -1;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c === 44 && comma < 0 && i > 0 && i < end - 1) comma = i;
    else return null;
  }
  if (digits === 0 || digits > 15) return null;
  const decimals = comma < 0 ? 0 : end - comma - 1;
  return { n: decimals ? n / POW10[decimals]! : n, percent, decimals };
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
