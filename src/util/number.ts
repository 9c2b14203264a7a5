/** Number formatting for people (vi-VN: comma decimal, dot thousands) — deterministic, no Intl locale data needed. */

/** Format with up to `maxDecimals` decimals, trailing zeros dropped: 48.6 → "48,6" (vi) / "48.6" (en). */
export function formatNumber(n: number, lang: 'vi' | 'en', maxDecimals = 2): string {
  const rounded = Number(n.toFixed(maxDecimals));
  const neg = rounded < 0;
  const [int, frac] = Math.abs(rounded).toString().split('.') as [string, string | undefined];
  const sep = lang === 'vi' ? '.' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const dec = lang === 'vi' ? ',' : '.';
  return (neg ? '-' : '') + grouped + (frac ? dec + frac : '');
}

/** Round half away from zero to `d` decimals, as QĐ 766 rates are rounded to 2 decimals. */
export function round(n: number, d = 2): number {
  const f = 10 ** d;
  return (Math.sign(n) * Math.round(Math.abs(n) * f + Number.EPSILON)) / f;
}
