// Where a table ends, which rows are totals, and what the cell ledger counts as lost.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CellLedger, cellFates } from '../../src/data/cell-ledger.js';
import { detectHeader, type HeaderLayout } from '../../src/data/header.js';
import { readData } from '../../src/data/read-data.js';
import { footerMarker } from '../../src/data/table-end.js';
import { isTotal } from '../../src/data/words.js';
import { parsePeriod } from '../../src/periods/index.js';
import { testPlan } from './test-plan.js';

describe('footer markers', () => {
  it.each([
    ['Phú Trung, ngày 16 tháng 12 năm 2026', true],
    ['Phú Trung, ngày    tháng    năm 2026', true],
    ['TP. Biên Hòa, ngày 05 tháng 4 năm 2026', true],
    ['ngày … tháng … năm …', true],
    ['Người lập biểu', true],
    ['NGƯỜI LẬP BIỂU', true],
    ['Thủ trưởng đơn vị', true],
    ['KT. CHỦ TỊCH', true],
    ['TM. ỦY BAN NHÂN DÂN', true],
    ['PHÓ CHỦ TỊCH', true],
    ['(Ký, ghi rõ họ tên)', true],
    ['Nơi nhận:', true],
    ['Ghi chú:', true],
    ['Ghi chú: số liệu tính từ 15/12/2025', true],
    ['Xác nhận của Thủ trưởng đơn vị', true],
    // Not footers: data, periods, prose in the middle of a sentence.
    ['Tháng 9 năm 2026', false],
    ['Số liệu từ ngày 15 tháng 12 năm 2025 đến ngày 14 tháng 3 năm 2026', false],
    ['dvc-truc-tuyen-toan-trinh', false],
    ['Tỷ lệ hồ sơ giải quyết trong ngày', false],
    ['Chủ tịch UBND xã ký duyệt kế hoạch', false],
    ['Ghi chú', true],
    ['Ghi chú thêm về số liệu', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(footerMarker(text)).toBe(expected);
  });
});

describe('total rows', () => {
  it.each([
    ['Tổng cộng', true],
    ['TỔNG SỐ', true],
    ['Tổng số:', true],
    ['Cộng', true],
    ['Cộng mục I', true],
    ['Tổng cộng (I+II)', true],
    ['Tổng cộng toàn xã', true],
    ['Total', true],
    // An indicator's name that starts like a total is data, never a total.
    ['Tổng số hồ sơ tiếp nhận', false],
    ['Tổng hợp ý kiến', false],
    ['Công khai thủ tục hành chính', false],
    ['Công an xã', false],
  ])('%j → %s', (text, expected) => {
    expect(isTotal(text)).toBe(expected);
  });
});

describe('cell ledger', () => {
  const layout: HeaderLayout = {
    row: 1,
    cols: { indicator: 0, period: 1, value: 2 },
    names: ['Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị', 'Khác'],
    periodCols: [],
    known: [],
    codeOrName: false,
  };

  it('a row whose figure gave no observation and no diagnostic is lost', () => {
    const ledger = new CellLedger();
    const t = ledger.begin('a.csv', undefined, layout);
    ledger.row(t, { row: 2, cells: ['x', 'Quý I/2026', '85%'] }, 'read');
    ledger.row(t, { row: 3, cells: ['y', 'Quý I/2026'] }, 'read');
    ledger.row(t, { row: 4, cells: ['Tổng cộng', '', '85%'] }, 'total');
    const fates = cellFates(ledger, [], []);
    expect(fates.filter((f) => f.fate === 'unaccounted').map((f) => `${f.col}${f.row}`)).toEqual([
      'A2',
      'B2',
      'C2',
    ]);
    expect(fates.find((f) => f.row === 3)!.fate).toBe('row-without-figure');
    expect(fates.find((f) => f.row === 4)!.fate).toBe('total');
  });

  it('a diagnostic on the row accounts for it; an unnamed unread column does not', () => {
    const ledger = new CellLedger();
    const t = ledger.begin('a.csv', undefined, layout);
    ledger.row(t, { row: 2, cells: ['x', 'Quý I/2026', '85%', 'abc'] }, 'read');
    ledger.diag({ file: 'a.csv', row: 2, col: 'A' });
    const fates = cellFates(ledger, [], []);
    expect(fates.map((f) => f.fate)).toEqual(['diagnostic', 'diagnostic', 'diagnostic', 'unaccounted']);
    t.unreadNamed = [3];
    expect(cellFates(ledger, [], []).map((f) => f.fate)[3]).toBe('unread-column');
  });
});

describe('header columns', () => {
  const period = (t: string) => parsePeriod(t, 'cchc');
  const header = (...rows: string[][]) =>
    detectHeader(
      rows.map((cells, i) => ({ row: i + 1, cells })),
      period,
    );

  it('"Đơn vị tính" and "ĐVT" are the unit of measure, never the reporting unit', () => {
    for (const m of ['Đơn vị tính', 'ĐVT', 'đơn vị tính']) {
      const h = header(['Mã chỉ tiêu', m, 'Đơn vị', 'Kỳ báo cáo', 'Giá trị'])!;
      expect(h.layout.cols).toMatchObject({ indicator: 0, measure: 1, unit: 2, period: 3, value: 4 });
    }
    const alone = header(['Mã chỉ tiêu', 'Đơn vị tính', 'Kỳ báo cáo', 'Giá trị'])!;
    expect(alone.layout.cols.unit).toBeUndefined();
  });

  it('STT, the plan target and the owners are known columns (the name is the field name); others are not', () => {
    const h = header([
      'STT',
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Chỉ tiêu kế hoạch',
      'Đơn vị chủ trì',
      'Kỳ báo cáo',
      'Giá trị',
      'Đánh giá',
    ])!;
    expect(h.layout.known).toEqual([0, 3, 4]);
    expect(h.layout.cols.name).toBe(2);
  });

  it('a merged group over "Tử số | Mẫu số | Tỷ lệ (%)" is read from the lower row', () => {
    const h = header(
      ['STT', 'Mã chỉ tiêu', 'Kỳ báo cáo', 'Kết quả thực hiện', '', ''],
      ['', '', '', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)'],
    )!;
    expect(h.index).toBe(1);
    expect(h.layout.cols).toMatchObject({ indicator: 1, period: 2, numerator: 3, denominator: 4, value: 5 });
  });

  it('a data row under the header is never taken for its lower half', () => {
    const h = header(['Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị'], ['ket-qua-dien-tu', 'Quý I/2026', ''])!;
    expect(h.index).toBe(0);
  });
});

describe('column-number row under the header', () => {
  const plan = { ...testPlan };
  const read = async (lines: string[]) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-numbering-'));
    await writeFile(path.join(dir, 'a.csv'), `${lines.join('\r\n')}\r\n`);
    return readData(['a.csv'], plan, { cwd: dir, convention: 'cchc' });
  };

  it('(1) (2) (3) … is skipped; a first row of small figures without a code is not', async () => {
    const head = 'STT;Mã chỉ tiêu;Kỳ báo cáo;Giá trị;Tử số;Mẫu số';
    const ok = await read([head, '(1);(2);(3);(4);(5);(6)', '1;ket-qua-dien-tu;Quý I/2026;;9;10']);
    expect(ok.diagnostics).toEqual([]);
    expect(ok.observations).toHaveLength(1);
    const figures = await read([head, '1;;;5;3;2', '2;ket-qua-dien-tu;Quý I/2026;;9;10']);
    expect(figures.diagnostics.map((d) => d.code)).toEqual(['data-row-without-code']);
  });
});
