import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exampleTemplate } from './example-report.js';
import { findRow, keep, rowBreaks } from './read-back.js';

/** The Phú Trung template as rendered through LibreOffice, pinned where the pictures showed a defect. */
const { bytes, wb } = await exampleTemplate();
keep('bieu-nhap-lieu.xlsx', bytes);

describe('template print', () => {
  it('writes an exact target as "100%", never "= 100%" (nor the formula guard\'s "\'= 100%")', () => {
    const ws = wb.getWorksheet('Chỉ tiêu') as Worksheet;
    const header = findRow(wb, 'Chỉ tiêu', 1, 'STT');
    const target = [...Array(ws.columnCount).keys()].find(
      (c) => ws.getCell(header, c + 1).text === 'Chỉ tiêu kế hoạch',
    ) as number;
    const row = findRow(wb, 'Chỉ tiêu', 2, 'nen-tang-so-quoc-gia');
    expect(ws.getCell(row, target + 1).text).toBe('100%');
    for (let r = header + 1; r <= ws.rowCount; r++)
      expect(ws.getCell(r, target + 1).text.startsWith("'"), `row ${r}`).toBe(false);
  });

  it('moves the signature lines to the next page with the last row rather than leave them alone', () => {
    for (const [index, sheet] of [
      [1, 'Chỉ tiêu'],
      [2, 'Nhiệm vụ'],
    ] as const) {
      const ws = wb.getWorksheet(sheet) as Worksheet;
      const sign = findRow(wb, sheet, 3, 'NGƯỜI LẬP BIỂU');
      // The date line is one row above the titles, the table's last row a blank row above it.
      const last = sign - 3;
      expect(ws.getCell(last, 2).text, sheet).not.toBe('');
      const breaks = rowBreaks(bytes, index);
      expect(breaks.length, sheet).toBeGreaterThan(0);
      expect(
        breaks.filter((b) => b >= last && b < sign + 3),
        sheet,
      ).toEqual([]);
    }
  });
});
