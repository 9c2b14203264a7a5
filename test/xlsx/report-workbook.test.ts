import { ValueType, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderReportWorkbook } from '../../src/report/xlsx/render-report-workbook.js';
import { subTitle } from '../../src/words/appendix-sheets.js';
import { findRow, keep, readBack, rowTexts } from './read-back.js';
import { sampleReport } from './sample-report.js';

const bytes = await renderReportWorkbook(sampleReport(), { lang: 'vi' });
keep('report-vi.xlsx', bytes);
const wb = await readBack(bytes);
const sheet = (name: string): Worksheet => wb.getWorksheet(name)!;
const summary = sheet('Tổng hợp');
const HEADER = [
  'STT',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Chỉ tiêu kế hoạch',
  'Thời hạn',
  'Kết quả thực hiện',
  'Đánh giá',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Ghi chú',
];
const headerRow = findRow(wb, 'Tổng hợp', 1, 'STT');
const rowOf = (sheetName: string, col: number, text: string) => {
  const r = findRow(wb, sheetName, col, text);
  expect(r, `row with "${text}"`).toBeGreaterThan(0);
  return r;
};

describe('report workbook: sheets and letterhead', () => {
  it('has the three appendices, then the explanation and sources working sheets, in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Nhiệm vụ',
      'Theo đơn vị',
      'Cách tính',
      'Nguồn số liệu',
    ]);
  });

  it('prints the agency block, the motto, the title and the period with its data window', () => {
    expect(summary.getCell('A1').text).toBe('ỦY BAN NHÂN DÂN');
    expect(summary.getCell('A2').text).toBe('XÃ PHÚ TRUNG');
    expect(summary.getCell('A2').font).toMatchObject({ name: 'Times New Roman', bold: true });
    const texts = Array.from({ length: headerRow }, (_, i) => rowTexts(wb, 'Tổng hợp', i + 1).join('|'));
    expect(texts.join('\n')).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts.join('\n')).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(texts.join('\n')).toContain(
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM',
    );
    expect(texts.join('\n')).toContain('Quý III/2026 (số liệu từ 15/06/2026 đến 14/09/2026)');
    const attach = rowOf(
      'Tổng hợp',
      1,
      '(Kèm theo Báo cáo số …/BC-UBND ngày … của Ủy ban nhân dân xã Phú Trung)',
    );
    expect(summary.getCell(attach, 1).font).toMatchObject({ italic: true });
  });

  it.each(['Tổng hợp', 'Nhiệm vụ', 'Theo đơn vị', 'Nguồn số liệu'])(
    '%s: A4 landscape, one page wide, header repeated and frozen',
    (name) => {
      const ws = sheet(name);
      const h = ws.pageSetup.printTitlesRow!;
      expect(h).toMatch(/^(\d+):\1$/);
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: Number(h.split(':')[0]) });
      expect(ws.getCell(Number(h.split(':')[0]), 1).text).toBe('STT');
    },
  );
});

describe('report workbook: Tổng hợp table', () => {
  it('has the header texts of the appendix', () => {
    expect(rowTexts(wb, 'Tổng hợp', headerRow)).toEqual(HEADER);
    expect(summary.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
  });

  it('groups by area in plan order with Roman numerals, targets without area last, STT running on', () => {
    const rows = Array.from({ length: 11 }, (_, i) =>
      rowTexts(wb, 'Tổng hợp', headerRow + 1 + i).slice(0, 2),
    );
    expect(rows).toEqual([
      ['I', 'Cải cách thủ tục hành chính'],
      ['1', '100% TTHC đủ điều kiện cung cấp DVC trực tuyến toàn trình'],
      ['2', 'Mức độ hài lòng trong giải quyết TTHC đạt tối thiểu 95%'],
      ['2.1', '- Trong đó: lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 90%'],
      ['II', 'Cải cách tổ chức bộ máy'],
      ['3', 'Kiện toàn tổ chức bộ máy'],
      ['III', 'Xây dựng chính quyền điện tử, chính quyền số'],
      ['4', 'Quản trị dữ liệu đạt cấp độ 3'],
      ['5', 'Tỷ lệ thanh toán trực tuyến đạt tối thiểu 80%'],
      ['IV', 'Chỉ tiêu khác'],
      ['6', 'Duy trì và nâng cao thứ hạng CCHC'],
    ]);
  });

  it.each([
    ['100% TTHC đủ điều kiện cung cấp DVC trực tuyến toàn trình', 'Có nguy cơ không đạt', 'FFFFEB9C'],
    ['Mức độ hài lòng trong giải quyết TTHC đạt tối thiểu 95%', 'Đạt', 'FFC6EFCE'],
    ['- Trong đó: lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 90%', 'Không đạt', 'FFFFC7CE'],
    ['Kiện toàn tổ chức bộ máy', 'Đúng tiến độ', 'FFDDEBF7'],
    ['Tỷ lệ thanh toán trực tuyến đạt tối thiểu 80%', 'Chưa có số liệu', 'FFE7E6E6'],
  ])('%s → "%s" with fill %s', (title, word, argb) => {
    const r = rowOf('Tổng hợp', 2, title);
    const cell = summary.getCell(r, 7);
    expect(cell.text).toBe(word);
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
  });

  it.each([
    // title, column, stored value, number format
    ['100% TTHC đủ điều kiện cung cấp DVC trực tuyến toàn trình', 4, 1, '"≥ "0%'],
    ['100% TTHC đủ điều kiện cung cấp DVC trực tuyến toàn trình', 6, 0.486, '0.0%'],
    ['Mức độ hài lòng trong giải quyết TTHC đạt tối thiểu 95%', 6, 0.9625, '0.00%'],
    ['Quản trị dữ liệu đạt cấp độ 3', 4, 3, '"≥ "0'],
    ['Duy trì và nâng cao thứ hạng CCHC', 6, 10, '0'],
  ])('%s, column %i: number %d shown with %s', (title, col, value, numFmt) => {
    const cell = summary.getCell(rowOf('Tổng hợp', 2, title), col);
    expect(cell.type).toBe(ValueType.Number);
    expect(cell.value).toBeCloseTo(value, 9);
    expect(cell.numFmt).toBe(numFmt);
  });

  it.each([
    ['Kiện toàn tổ chức bộ máy', 4, 'Đạt'],
    ['Kiện toàn tổ chức bộ máy', 6, 'Đang thực hiện'],
    ['Duy trì và nâng cao thứ hạng CCHC', 4, 'Không thấp hơn hạng 12'],
    ['Tỷ lệ thanh toán trực tuyến đạt tối thiểu 80%', 6, '—'],
    ['Quản trị dữ liệu đạt cấp độ 3', 6, ''],
    ['Mức độ hài lòng trong giải quyết TTHC đạt tối thiểu 95%', 8, 'Trung tâm Phục vụ Hành chính công'],
    ['Mức độ hài lòng trong giải quyết TTHC đạt tối thiểu 95%', 9, 'Các phòng, cơ quan, đơn vị'],
    ['Mức độ hài lòng trong giải quyết TTHC đạt tối thiểu 95%', 10, 'Đã đạt, trước hạn 31/12/2027'],
  ])('%s, column %i: "%s"', (title, col, text) => {
    expect(summary.getCell(rowOf('Tổng hợp', 2, title), col).text).toBe(text);
  });

  it('writes deadlines as real dates shown dd/mm/yyyy', () => {
    const cell = summary.getCell(rowOf('Tổng hợp', 2, 'Duy trì và nâng cao thứ hạng CCHC'), 5);
    expect(cell.value).toEqual(new Date(Date.UTC(2030, 11, 31)));
    expect(cell.numFmt).toBe('dd/mm/yyyy');
  });

  it('counts targets per status at the foot', () => {
    const foot = rowOf('Tổng hợp', 2, 'Tổng hợp đánh giá');
    const counts = Array.from({ length: 6 }, (_, i) => [
      summary.getCell(foot + 1 + i, 2).text,
      summary.getCell(foot + 1 + i, 3).value,
    ]);
    expect(counts).toEqual([
      ['Đạt', 2],
      ['Đúng tiến độ', 1],
      ['Có nguy cơ không đạt', 1],
      ['Không đạt', 1],
      ['Chưa có số liệu', 2],
      ['Tổng số chỉ tiêu', 7],
    ]);
  });
});

describe('report workbook: formula injection', () => {
  it.each([
    ['Cách tính', 'quan-tri-du-lieu-2027', 5, `'=HYPERLINK("http://x","bấm")`],
    ['Nhiệm vụ', `'+Ban hành kế hoạch CCHC hằng năm`, 2, `'+Ban hành kế hoạch CCHC hằng năm`],
    ['Nguồn số liệu', 'dvc-truc-tuyen-toan-trinh', 9, `'=cmd|calc`],
  ])('%s: input text "%s" stays text, neutralised', (name, key, col, text) => {
    const r = rowOf(name, 2, key);
    const cell = sheet(name).getCell(r, col);
    expect(cell.type).toBe(ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(text);
  });
});

describe('report workbook: Nhiệm vụ, Theo đơn vị, Nguồn số liệu', () => {
  it('lists tasks by area with owner, deadline, progress and status', () => {
    const h = findRow(wb, 'Nhiệm vụ', 1, 'STT');
    expect(rowTexts(wb, 'Nhiệm vụ', h)).toEqual([
      'STT',
      'Nhiệm vụ',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      'Tình hình thực hiện',
      'Đánh giá',
      'Ghi chú',
    ]);
    expect(rowTexts(wb, 'Nhiệm vụ', h + 1).slice(0, 2)).toEqual(['I', 'Cải cách thể chế']);
    expect(rowTexts(wb, 'Nhiệm vụ', h + 2)).toEqual([
      '1',
      'Rà soát văn bản quy phạm pháp luật',
      'Văn phòng HĐND và UBND',
      'Các phòng, cơ quan, đơn vị',
      'Hằng năm',
      'Hoàn thành (Quý III/2026)',
      'Hoàn thành',
      '',
    ]);
    expect(rowTexts(wb, 'Nhiệm vụ', h + 3).slice(0, 2)).toEqual(['II', 'Nhiệm vụ khác']);
    const overdue = sheet('Nhiệm vụ').getCell(h + 4, 7);
    expect([overdue.text, overdue.font.bold]).toEqual(['Quá hạn', true]);
    expect(overdue.fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet('Nhiệm vụ').getCell(h + 4, 5).text).toBe('Hằng năm\n(hạn 31/01/2026)');
  });

  it('counts per owning unit and lists its at-risk and missed targets', () => {
    const h = findRow(wb, 'Theo đơn vị', 1, 'STT');
    expect(rowTexts(wb, 'Theo đơn vị', h).slice(0, 9)).toEqual([
      'STT',
      'Đơn vị chủ trì',
      'Đạt',
      'Đúng tiến độ',
      'Có nguy cơ không đạt',
      'Không đạt',
      'Chưa có số liệu',
      'Tổng số chỉ tiêu',
      'Quá hạn (nhiệm vụ)',
    ]);
    const body = [1, 2, 3].map((i) => rowTexts(wb, 'Theo đơn vị', h + i));
    expect(body).toEqual([
      ['1', 'Văn phòng HĐND và UBND', '0', '0', '0', '0', '0', '0', '0', ''],
      ['2', 'Phòng Văn hóa - Xã hội', '1', '1', '0', '0', '0', '2', '1', ''],
      [
        '3',
        'Trung tâm Phục vụ Hành chính công',
        '1',
        '0',
        '1',
        '1',
        '2',
        '5',
        '0',
        '• 1. 100% TTHC đủ điều kiện cung cấp DVC trực tuyến toàn trình: Có nguy cơ không đạt\n• 2.1. lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 90%: Không đạt',
      ],
    ]);
  });

  it('traces every figure: plan digest, tool, as-of, input digests, observations with file/sheet/row', () => {
    const all = Array.from({ length: sheet('Nguồn số liệu').rowCount }, (_, i) =>
      rowTexts(wb, 'Nguồn số liệu', i + 1).join('|'),
    ).join('\n');
    expect(all).toContain('a'.repeat(64));
    expect(all).toContain('b'.repeat(64));
    expect(all).toContain('cchc 0.1.0');
    expect(all).toContain('14/09/2026');
    expect(all).toContain('plans/phu-trung-2026-2030.yaml');
    const r = rowOf('Nguồn số liệu', 2, 'dvc-truc-tuyen-toan-trinh');
    const ws = sheet('Nguồn số liệu');
    expect([2, 3, 5, 6, 7, 8, 10, 11, 12, 13].map((c) => ws.getCell(r, c).text)).toEqual([
      'dvc-truc-tuyen-toan-trinh',
      'Quý III/2026',
      '0.486',
      '17',
      '35',
      '48,6%',
      'data/q3.xlsx',
      'Chỉ tiêu',
      '5',
      'F',
    ]);
    expect(ws.getCell(r, 5).numFmt).toBe('0.0%');
    expect(ws.getCell(r + 1, 5).text).toBe('—');
  });
});

describe('report workbook in English', () => {
  it('names sheets and headers in English', async () => {
    const en = await readBack(await renderReportWorkbook(sampleReport(), { lang: 'en' }));
    expect(en.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Tasks',
      'By unit',
      'Explanation',
      'Sources',
    ]);
    const h = findRow(en, 'Summary', 1, 'No.');
    expect(rowTexts(en, 'Summary', h)).toEqual([
      'No.',
      'Target',
      'Unit',
      'Planned',
      'Deadline',
      'Result',
      'Assessment',
      'Lead unit',
      'Partners',
      'Notes',
    ]);
    expect(
      en.getWorksheet('Summary')!.getCell(findRow(en, 'Summary', 2, 'Kiện toàn tổ chức bộ máy'), 7).text,
    ).toBe('On track');
  });
});

describe('sub-target titles', () => {
  it.each([
    ['lĩnh vực đất đai đạt tối thiểu 90%', 'vi', '- Trong đó: lĩnh vực đất đai đạt tối thiểu 90%'],
    ['Trong đó mức độ hài lòng lĩnh vực đất đai', 'vi', '- Trong đó mức độ hài lòng lĩnh vực đất đai'],
    ['trong đó, lĩnh vực đất đai', 'vi', '- trong đó, lĩnh vực đất đai'],
    ['land, construction at least 90%', 'en', '- Of which: land, construction at least 90%'],
  ] as const)('%s (%s) → %s', (title, lang, expected) => {
    expect(subTitle(title, lang)).toBe(expected);
  });
});

describe('report workbook with several reporting units', () => {
  it('gives each unit its own block, groups and STT restarting', async () => {
    const r = sampleReport();
    const two = ['xa-a', 'xa-b'].flatMap((u) =>
      r.targets.filter((t) => t.area === 'bo-may' || !t.area).map((t) => ({ ...t, reportingUnit: u })),
    );
    r.targets = two;
    // Blocks are headed by the unit's name from the plan's reporting-unit list; an unlisted id is shown as it is.
    r.names.reportingUnits = { 'xa-a': 'Xã A' };
    const multi = await readBack(await renderReportWorkbook(r, { lang: 'vi' }));
    const h = findRow(multi, 'Tổng hợp', 1, 'STT');
    const rows = Array.from({ length: 10 }, (_, i) => rowTexts(multi, 'Tổng hợp', h + 1 + i).slice(0, 2));
    expect(rows).toEqual([
      ['', 'Đơn vị báo cáo: Xã A'],
      ['I', 'Cải cách tổ chức bộ máy'],
      ['1', 'Kiện toàn tổ chức bộ máy'],
      ['II', 'Chỉ tiêu khác'],
      ['2', 'Duy trì và nâng cao thứ hạng CCHC'],
      ['', 'Đơn vị báo cáo: xa-b'],
      ['I', 'Cải cách tổ chức bộ máy'],
      ['1', 'Kiện toàn tổ chức bộ máy'],
      ['II', 'Chỉ tiêu khác'],
      ['2', 'Duy trì và nâng cao thứ hạng CCHC'],
    ]);
  });
});
