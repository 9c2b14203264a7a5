/** exceljs cell values → RawCell, keeping what matters for interpretation (percent format, dates, formulas). */
import { excelSerialToIso } from '../util/date.js';
import type { RawCell } from './cells.js';
import { nfcCell } from './cells.js';

const pctCache = new Map<string, boolean>();
const dateCache = new Map<string, boolean>();

/** Strip quoted literals and [..] sections (colours, locales) before looking at format characters. */
function bare(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/\\./g, '');
}

/** A percent number format ("0%", "0.0%", "#,##0.00%"): the cell holds a fraction. */
export function isPercentFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let r = pctCache.get(fmt);
  if (r === undefined) {
    r = bare(fmt).includes('%');
    pctCache.set(fmt, r);
  }
  return r;
}

const decimalsCache = new Map<string, number>();

/**
 * Decimals a number format shows: "0%" → 0, "0.0%" → 1, "#,##0.00%" → 2, "0.0#%" → 2 (the most it can show).
 * Only the first section counts (positive numbers); literals and [..] sections are ignored.
 */
export function formatDecimals(fmt: string): number {
  let r = decimalsCache.get(fmt);
  if (r === undefined) {
    const first = bare(fmt).split(';')[0] ?? '';
    const m = /\.([0#?]+)/.exec(first);
    r = m ? m[1]!.length : 0;
    decimalsCache.set(fmt, r);
  }
  return r;
}

/** A percent cell: the fraction and the decimals its format shows (the figure the person saw and typed). */
function percentCell(num: number, fmt: string): RawCell {
  return { kind: 'number', num, percent: true, decimals: formatDecimals(fmt) };
}

/** A date format ("dd/mm/yyyy"); exceljs converts plain date cells itself, not formula results. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let r = dateCache.get(fmt);
  if (r === undefined) {
    r = /[ymdhs]/i.test(bare(fmt)) && !/^general$/i.test(fmt);
    dateCache.set(fmt, r);
  }
  return r;
}

/** A JS Date from exceljs is midnight UTC of the Excel day: read the UTC date, never the local one. */
function dateIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function fromNumber(n: number, fmt: string | undefined): RawCell {
  // An error result (#DIV/0!) reaches us from the streaming reader as NaN: its text is lost.
  if (Number.isNaN(n)) return { kind: 'error', text: '#ERROR' };
  if (isPercentFormat(fmt)) return percentCell(n, fmt!);
  if (isDateFormat(fmt)) return { kind: 'date', iso: excelSerialToIso(n) };
  return { kind: 'number', num: n, percent: false };
}

interface RichText {
  richText: { text: string }[];
}

/** Convert one exceljs cell value; `fmt` is the cell's number format. */
export function toRawCell(value: unknown, fmt: string | undefined): RawCell {
  if (value === null || value === undefined) return undefined;
  switch (typeof value) {
    case 'string':
      return nfcCell(value);
    case 'number':
      return isPercentFormat(fmt) ? percentCell(value, fmt!) : { kind: 'number', num: value, percent: false };
    case 'boolean':
      return { kind: 'bool', value };
  }
  if (value instanceof Date) return { kind: 'date', iso: dateIso(value) };
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return nfcCell((v as unknown as RichText).richText.map((t) => t.text).join(''));
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result;
    if (result === undefined || result === null)
      return { kind: 'no-result', formula: String(v.formula ?? v.sharedFormula ?? '') };
    if (typeof result === 'number') return fromNumber(result, fmt);
    if (typeof result === 'object' && result !== null && 'error' in result)
      return { kind: 'error', text: String((result as { error: unknown }).error) };
    return toRawCell(result, fmt);
  }
  if ('error' in v) return { kind: 'error', text: String(v.error) };
  if (typeof v.text === 'string') return nfcCell(v.text);
  return nfcCell(String(value));
}
