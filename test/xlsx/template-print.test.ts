import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_LABELS } from '../../src/words/labels.js';
import { cliWorkbook, exampleTemplate, strayVietnamese } from './example-report.js';
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

describe('template for the communes of a province plan', () => {
  it('tells each commune by name that every row is its own, and makes no empty task form', async () => {
    const { wb: province } = await cliWorkbook([
      'template',
      'plans/dong-nai-cap-xa-2026-2030.yaml',
      '--unit',
      'xa-gia-lap-01',
    ]);
    // The example province plan has targets only.
    expect(province.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu - xa-gia-lap-01']);
    const ws = province.worksheets[0] as Worksheet;
    const lines = Array.from({ length: 10 }, (_, i) => ws.getCell(i + 1, 1).text);
    expect(lines).toContain(
      '1. Biểu này dành cho Xã Giả lập 01: nhập số liệu của đơn vị ở mọi dòng, chỉ vào các ô nền vàng (Giá trị, Tử số, Mẫu số, Nguồn/minh chứng, Ghi chú); các ô khác đã khóa. Không sửa Mã chỉ tiêu, Kỳ báo cáo và Đơn vị.',
    );
    expect(lines.join('\n')).not.toContain('Đơn vị chủ trì');
    // The commune's own template (the issuer's place) keeps "find your rows by Đơn vị chủ trì": its offices share it.
    const { wb: own } = await exampleTemplate('--unit', 'phu-trung');
    const first = Array.from({ length: 10 }, (_, i) => own.worksheets[0]!.getCell(i + 1, 1).text);
    expect(first.some((l) => l.startsWith('1. Đơn vị tìm các dòng của mình ở cột "Đơn vị chủ trì"'))).toBe(
      true,
    );
  });
});

describe('the English template', () => {
  it('is English except the words the reader parses (period, list values)', async () => {
    const { wb: en } = await exampleTemplate('--lang', 'en');
    const ws = en.getWorksheet('Indicators') as Worksheet;
    const header = findRow(en, 'Indicators', 1, 'No.');
    const unitCol = [...Array(ws.columnCount).keys()].find(
      (c) => ws.getCell(header, c + 1).text === 'Unit of measure',
    );
    expect(ws.getCell(findRow(en, 'Indicators', 2, 'quan-tri-du-lieu'), (unitCol as number) + 1).text).toBe(
      'level',
    );
    expect(ws.getCell(findRow(en, 'Indicators', 2, 'thu-hang-cchc'), (unitCol as number) + 1).text).toBe(
      'rank',
    );
    const kept = ['Quý III/2026', ...Object.values(ASSESSMENT_LABELS).map((l) => l.vi)];
    expect(strayVietnamese(en, kept)).toEqual([]);
  });
});
