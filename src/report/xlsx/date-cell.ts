import type { Cell } from 'exceljs';

/**
 * An ISO date as a real Excel date shown dd/mm/yyyy. Built at UTC midnight because exceljs turns
 * a Date into a serial with UTC arithmetic: no time zone can move the day.
 */
export function dateCell(cell: Cell, iso: string | undefined): void {
  if (!iso) return;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  cell.value = new Date(Date.UTC(y, m - 1, d));
  cell.numFmt = 'dd/mm/yyyy';
}
