import type { Location, Msg } from '../model/diagnostic.js';
import { formatNumber } from './number.js';

/** "tệp a.csv, trang tính 'Số liệu', dòng 7, cột D (Giá trị)" — for messages that name a second place. */
export function placeText(loc: Location, lang: 'vi' | 'en'): string {
  const parts: string[] = [];
  if (lang === 'vi') {
    parts.push(`tệp ${loc.file}`);
    if (loc.sheet) parts.push(`trang tính "${loc.sheet}"`);
    if (loc.row) parts.push(`dòng ${loc.row}`);
    if (loc.col) parts.push(`cột ${loc.col}`);
  } else {
    parts.push(`file ${loc.file}`);
    if (loc.sheet) parts.push(`sheet "${loc.sheet}"`);
    if (loc.row) parts.push(`row ${loc.row}`);
    if (loc.col) parts.push(`column ${loc.col}`);
  }
  return parts.join(', ');
}

/** A place in both languages, as message data. */
export const placeWords = (loc: Location): Msg => ({ vi: placeText(loc, 'vi'), en: placeText(loc, 'en') });

/**
 * "dòng 9 cột D"; on another sheet than the first place's: "trang tính "Số liệu" dòng 9 cột D" (the file is
 * the group's own).
 */
function shortPlace(l: Location, firstSheet: string | undefined, lang: 'vi' | 'en'): string {
  const other = l.sheet !== undefined && l.sheet !== firstSheet;
  const sheet = other ? (lang === 'vi' ? `trang tính "${l.sheet}" ` : `sheet "${l.sheet}" `) : '';
  const row = l.row === undefined ? '' : lang === 'vi' ? `dòng ${l.row}` : `row ${l.row}`;
  const col = l.col === undefined ? '' : lang === 'vi' ? ` cột ${l.col}` : ` column ${l.col}`;
  return `${sheet}${row}${col}`.trim();
}

/**
 * The first message of a group, then the count and the next places: "… (47.600 chỗ như vậy trong tệp này;
 * tiếp theo: dòng 3 cột D, dòng 4 cột D, …)".
 */
export function groupedText(
  first: Msg,
  firstSheet: string | undefined,
  count: number,
  places: Location[],
): Msg {
  const more = count > places.length + 1;
  const vi = places.map((p) => shortPlace(p, firstSheet, 'vi')).join(', ') + (more ? ', …' : '');
  const en = places.map((p) => shortPlace(p, firstSheet, 'en')).join(', ') + (more ? ', …' : '');
  return {
    vi: `${first.vi} (${formatNumber(count, 'vi')} chỗ như vậy trong tệp này; tiếp theo: ${vi})`,
    en: `${first.en} (${formatNumber(count, 'en')} such places in this file; next: ${en})`,
  };
}

/** " (trang tính "X")" after a part of a workbook; empty when the part is the workbook's own. */
export const sheetSuffix = (sheet?: string): Msg =>
  sheet === undefined ? { vi: '', en: '' } : { vi: ` (trang tính "${sheet}")`, en: ` (sheet "${sheet}")` };

/** A workbook part by its path, or the zip's directory when none is known ("mục lục"). */
export const partName = (part: string, none: 'directory' | 'unknown'): Msg =>
  part
    ? { vi: part, en: part }
    : none === 'directory'
      ? { vi: 'mục lục', en: 'directory' }
      : { vi: 'không rõ', en: 'unknown' };

/** " (và 3 ô khác cùng lỗi)" after a finding said once for several cells; empty for one cell. */
export const moreCells = (others: number, alike: boolean): Msg =>
  others === 0
    ? { vi: '', en: '' }
    : alike
      ? { vi: ` (và ${others} ô khác cùng lỗi)`, en: ` (and ${others} more cells like it)` }
      : { vi: ` (và ${others} ô khác)`, en: ` (and ${others} more cells)` };

/** " (và 3 dòng khác trong cùng tệp)" after a problem reported once for several rows of a file. */
export const moreRows = (message: Msg, more: number): Msg => ({
  vi: `${message.vi} (và ${more} dòng khác trong cùng tệp)`,
  en: `${message.en} (and ${more} more row${more === 1 ? '' : 's'} in the same file)`,
});
