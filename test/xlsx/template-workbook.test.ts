import { ValueType, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/model/period.js';
import { parsePeriod } from '../../src/periods/index.js';
import { renderTemplateWorkbook, sheetNames } from '../../src/report/xlsx/render-template-workbook.js';
import { foldKey } from '../../src/util/text.js';
import { findRow, keep, readBack, rowTexts } from './read-back.js';
import { samplePlan } from './sample-plan.js';

const q3 = parsePeriod('Quý III/2026', 'cchc') as Period;
const bytes = await renderTemplateWorkbook(samplePlan(), q3, { lang: 'vi' });
keep('template-vi.xlsx', bytes);
const wb = await readBack(bytes);
const ind = wb.getWorksheet('Chỉ tiêu') as Worksheet;
const tasks = wb.getWorksheet('Nhiệm vụ') as Worksheet;
const h = findRow(wb, 'Chỉ tiêu', 1, 'STT');
const th = findRow(wb, 'Nhiệm vụ', 1, 'STT');
/** The sample plan's targets are led by the one-stop centre (the tasks' owners differ). */
const OWNER = 'Trung tâm Phục vụ Hành chính công';
const col = (ws: Worksheet, header: string, hr: number) => {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(hr, c).text === header) return c;
  throw new Error(`no column ${header}`);
};
const rowOf = (code: string) => findRow(wb, 'Chỉ tiêu', 2, code);

describe('data-entry template', () => {
  it('has an indicator sheet and a task sheet, header within the rows the reader scans', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', 'Nhiệm vụ']);
    expect(h).toBeGreaterThan(5);
    expect(h).toBeLessThanOrEqual(20);
    expect(th).toBeLessThanOrEqual(20);
  });

  it('uses the exact contract header texts', () => {
    expect(rowTexts(wb, 'Chỉ tiêu', h)).toEqual([
      'STT',
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Đơn vị chủ trì',
      'Đơn vị tính',
      'Chỉ tiêu kế hoạch',
      'Thời hạn',
      'Kỳ báo cáo',
      'Giá trị',
      'Tử số',
      'Mẫu số',
      'Nguồn/minh chứng',
      'Ghi chú',
    ]);
    expect(rowTexts(wb, 'Nhiệm vụ', th)).toEqual([
      'STT',
      'Mã nhiệm vụ',
      'Nội dung nhiệm vụ',
      'Đơn vị chủ trì',
      'Thời hạn',
      'Kỳ báo cáo',
      'Tình trạng',
      'Ghi chú',
    ]);
  });

  it('keeps descriptive headers from folding onto a contract name', () => {
    const contract = [
      'machitieu',
      'chitieu',
      'indicator',
      'kybaocao',
      'ky',
      'period',
      'giatri',
      'value',
      'donvi',
      'unit',
      'nguon',
      'source',
      'ghichu',
      'note',
      'tuso',
      'mauso',
      'manhiemvu',
      'nhiemvu',
      'task',
      'tinhtrang',
      'trangthai',
      'status',
    ];
    for (const text of [
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu kế hoạch',
      'Thời hạn',
      'Nội dung nhiệm vụ',
      'Đơn vị chủ trì',
      'STT',
    ]) {
      expect(contract).not.toContain(foldKey(text));
    }
  });

  it('has one row per indicator with code, name, unit, the target for the period and its deadline', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((i) => rowTexts(wb, 'Chỉ tiêu', h + i).slice(1, 8));
    expect(rows).toEqual([
      [
        'thanh-toan-truc-tuyen',
        'Tỷ lệ thanh toán trực tuyến',
        OWNER,
        '%',
        '≥ 80%',
        expect.any(String),
        'Quý III/2026',
      ],
      [
        'quan-tri-du-lieu',
        'Mức độ quản trị dữ liệu',
        OWNER,
        'cấp độ',
        '≥ cấp độ 3',
        expect.any(String),
        'Quý III/2026',
      ],
      [
        'thu-hang-cchc',
        'Thứ hạng CCHC',
        OWNER,
        'hạng',
        'Duy trì và nâng cao thứ hạng',
        expect.any(String),
        'Quý III/2026',
      ],
      [
        'sap-xep-don-vi-su-nghiep',
        'Sắp xếp đơn vị sự nghiệp',
        OWNER,
        '',
        'Hoàn thành',
        expect.any(String),
        'Quý III/2026',
      ],
      [
        'doi-ngu-can-bo',
        "'=Đội ngũ cán bộ chuyên nghiệp",
        OWNER,
        '',
        'Đạt',
        expect.any(String),
        'Quý III/2026',
      ],
      ['so-ho-so', 'Số hồ sơ tiếp nhận', '', 'hồ sơ', '', '', 'Quý III/2026'],
    ]);
    const deadline = ind.getCell(rowOf('quan-tri-du-lieu'), 7);
    expect(deadline.value).toEqual(new Date(Date.UTC(2027, 11, 31)));
    expect(deadline.numFmt).toBe('dd/mm/yyyy');
  });

  it('picks the later phase target once the first deadline has passed', async () => {
    const y2029 = parsePeriod('Năm 2029', 'cchc') as Period;
    const later = await readBack(await renderTemplateWorkbook(samplePlan(), y2029, { lang: 'vi' }));
    const r = findRow(later, 'Chỉ tiêu', 2, 'quan-tri-du-lieu');
    expect(later.getWorksheet('Chỉ tiêu')!.getCell(r, 6).text).toBe('≥ cấp độ 4');
    expect(later.getWorksheet('Chỉ tiêu')!.getCell(r, 8).text).toBe('Năm 2029');
  });

  it.each([
    ['thanh-toan-truc-tuyen', { type: 'decimal', operator: 'between', formulae: [0, 100] }],
    ['quan-tri-du-lieu', { type: 'whole', operator: 'between', formulae: [1, 5] }],
    ['thu-hang-cchc', { type: 'whole', operator: 'greaterThanOrEqual', formulae: [1] }],
    ['sap-xep-don-vi-su-nghiep', { type: 'list', formulae: ['"Hoàn thành,Đang thực hiện,Chưa thực hiện"'] }],
    ['doi-ngu-can-bo', { type: 'list', formulae: ['"Đạt,Không đạt"'] }],
    ['so-ho-so', { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] }],
  ])('%s: Giá trị validated as %o', (code, dv) => {
    const cell = ind.getCell(rowOf(code), col(ind, 'Giá trị', h));
    expect(cell.dataValidation).toMatchObject(dv);
    expect(cell.protection).toMatchObject({ locked: false });
  });

  it('tells how to enter a percentage in the input message', () => {
    const cell = ind.getCell(rowOf('thanh-toan-truc-tuyen'), col(ind, 'Giá trị', h));
    expect(cell.dataValidation.prompt).toContain('nhập 95,5 cho 95,5%');
    // No percent format on the input cell: the reader takes a plain 95.5 as 95,5%.
    expect(cell.numFmt ?? 'General').not.toContain('%');
  });

  it.each([
    ['thanh-toan-truc-tuyen', false],
    ['quan-tri-du-lieu', true],
  ])('%s: numerator/denominator locked = %s (only rates have them)', (code, locked) => {
    for (const header of ['Tử số', 'Mẫu số']) {
      const cell = ind.getCell(rowOf(code), col(ind, header, h));
      expect(cell.protection?.locked ?? true).toBe(locked);
    }
  });

  it('protects the sheets, leaving only input cells editable', () => {
    for (const ws of [ind, tasks]) {
      expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection).toMatchObject({
        sheet: true,
      });
    }
    const r = rowOf('thanh-toan-truc-tuyen');
    for (const header of ['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Kỳ báo cáo']) {
      expect(ind.getCell(r, col(ind, header, h)).protection?.locked ?? true).toBe(true);
    }
    for (const header of ['Giá trị', 'Nguồn/minh chứng', 'Ghi chú']) {
      expect(ind.getCell(r, col(ind, header, h)).protection).toMatchObject({ locked: false });
    }
  });

  it('lists tasks with a Tình trạng list and the period pre-filled', () => {
    expect(rowTexts(wb, 'Nhiệm vụ', th + 1).slice(0, 6)).toEqual([
      '1',
      'the-che-1',
      'Rà soát văn bản',
      'Phòng Văn hóa - Xã hội',
      'Thường xuyên',
      'Quý III/2026',
    ]);
    const status = tasks.getCell(th + 1, col(tasks, 'Tình trạng', th));
    expect(status.dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Hoàn thành,Đang thực hiện,Chưa thực hiện"'],
    });
    expect(status.protection).toMatchObject({ locked: false });
  });

  it('sets print and view: A4 landscape, one page wide, header repeated and frozen', () => {
    expect(ind.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${h}:${h}`,
    });
    expect(ind.views[0]).toMatchObject({ state: 'frozen', ySplit: h, xSplit: 3 });
  });

  it('writes the plan text as text, never as a formula', () => {
    const cell = ind.getCell(rowOf('doi-ngu-can-bo'), 3);
    expect(cell.type).toBe(ValueType.String);
    expect(cell.formula).toBeUndefined();
  });
});

describe('data-entry template per reporting unit', () => {
  it('makes one indicator sheet and one task sheet per unit, with Đơn vị filled in', async () => {
    const per = await readBack(
      await renderTemplateWorkbook(samplePlan(), q3, { lang: 'vi', units: ['phu-trung', 'tan-phu'] }),
    );
    expect(per.worksheets.map((w) => w.name)).toEqual([
      'Chỉ tiêu - phu-trung',
      'Nhiệm vụ - phu-trung',
      'Chỉ tiêu - tan-phu',
      'Nhiệm vụ - tan-phu',
    ]);
    const ws = per.getWorksheet('Chỉ tiêu - tan-phu')!;
    const hr = findRow(per, 'Chỉ tiêu - tan-phu', 1, 'STT');
    const unitCol = col(ws, 'Đơn vị', hr);
    expect(unitCol).toBe(9);
    expect([1, 2, 6].map((i) => ws.getCell(hr + i, unitCol).text)).toEqual(['tan-phu', 'tan-phu', 'tan-phu']);
    const th2 = findRow(per, 'Nhiệm vụ - tan-phu', 1, 'STT');
    expect(per.getWorksheet('Nhiệm vụ - tan-phu')!.getCell(th2 + 1, 7).text).toBe('tan-phu');
  });

  it.each([
    [['a'], [['Chỉ tiêu - a', 'Nhiệm vụ - a']]],
    [['x/y:z'], [['Chỉ tiêu - x-y-z', 'Nhiệm vụ - x-y-z']]],
    [
      ['xa-phu-trung-tinh-dong-nai-1', 'xa-phu-trung-tinh-dong-nai-2'],
      [
        ['Chỉ tiêu - xa-phu-trung-tinh-do', 'Nhiệm vụ - xa-phu-trung-tinh-do'],
        ['Chỉ tiêu - xa-phu-trung-tin (2)', 'Nhiệm vụ - xa-phu-trung-tin (2)'],
      ],
    ],
  ])('sheet names for units %j are legal and unique', (units, expected) => {
    const names = sheetNames('vi', units);
    expect(names).toEqual(expected);
    for (const n of names.flat()) expect(n.length).toBeLessThanOrEqual(31);
  });
});

describe('data-entry template in English', () => {
  it('uses the English contract aliases and keeps the period and words Vietnamese', async () => {
    const en = await readBack(await renderTemplateWorkbook(samplePlan(), q3, { lang: 'en' }));
    expect(en.worksheets.map((w) => w.name)).toEqual(['Indicators', 'Tasks']);
    const hr = findRow(en, 'Indicators', 1, 'No.');
    expect(rowTexts(en, 'Indicators', hr)).toEqual([
      'No.',
      'indicator',
      'Indicator name',
      'Lead unit',
      'Unit of measure',
      'Planned target',
      'Deadline',
      'period',
      'value',
      'numerator',
      'denominator',
      'source',
      'note',
    ]);
    expect(en.getWorksheet('Indicators')!.getCell(hr + 1, 8).text).toBe('Quý III/2026');
  });
});

describe('the template as a unit reads it', () => {
  const texts = (w: Awaited<ReturnType<typeof readBack>>, sheet: string) => {
    const ws = w.getWorksheet(sheet)!;
    return Array.from({ length: ws.rowCount }, (_, i) => rowTexts(w, sheet, i + 1).join('|')).join('\n');
  };

  it('says what to type, where, and whom to send it to — no command to run', async () => {
    const all = `${texts(wb, 'Chỉ tiêu')}\n${texts(wb, 'Nhiệm vụ')}`;
    expect(all).not.toMatch(/cchc (check|validate)|--data/);
    expect(all).toContain('cột "Đơn vị chủ trì"');
    expect(all).toContain(
      'gửi tệp cho công chức phụ trách cải cách hành chính của Ủy ban nhân dân xã Phú Trung',
    );
    const sent = await readBack(
      await renderTemplateWorkbook(samplePlan(), q3, {
        lang: 'vi',
        send: { to: 'Phòng Văn hóa - Xã hội (chị Lan)', due: '2026-09-16' },
      }),
    );
    expect(texts(sent, 'Chỉ tiêu')).toContain(
      'gửi tệp cho Phòng Văn hóa - Xã hội (chị Lan) trước ngày 16/09/2026.',
    );
  });

  it('ends each sheet with "Người lập biểu" and "Thủ trưởng đơn vị", outside the code column', () => {
    for (const sheet of ['Chỉ tiêu', 'Nhiệm vụ']) {
      const ws = wb.getWorksheet(sheet)!;
      const r = findRow(wb, sheet, 3, 'NGƯỜI LẬP BIỂU');
      expect(r, sheet).toBeGreaterThan(0);
      expect(rowTexts(wb, sheet, r).join('|')).toContain('THỦ TRƯỞNG ĐƠN VỊ');
      expect(rowTexts(wb, sheet, r - 1).join('|')).toContain('ngày … tháng … năm …');
      expect(ws.getCell(r, 2).text).toBe('');
      expect(ws.getCell(r + 3, 3).protection).toMatchObject({ locked: false });
    }
  });

  it('names the reporting unit in the heading (the id stays in the Đơn vị column)', async () => {
    const per = await readBack(
      await renderTemplateWorkbook(samplePlan(), q3, { lang: 'vi', units: ['phu-trung', 'vhxh', 'khac'] }),
    );
    expect(texts(per, 'Chỉ tiêu - phu-trung')).toContain('Đơn vị báo cáo: Ủy ban nhân dân xã Phú Trung');
    expect(texts(per, 'Chỉ tiêu - vhxh')).toContain('Đơn vị báo cáo: Phòng Văn hóa - Xã hội');
    // An id the plan cannot name is shown as it is, never guessed.
    expect(texts(per, 'Chỉ tiêu - khac')).toContain('Đơn vị báo cáo: khac');
    expect(texts(per, 'Chỉ tiêu - phu-trung')).not.toContain('lần sửa đổi');
  });
});
