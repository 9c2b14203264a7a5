import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { renderReportWorkbook } from '../../src/report/xlsx/render-report-workbook.js';
import { fakeIo } from '../harness/cli.js';
import { exampleReport } from './example-report.js';
import { findRow, keep, readBack, rowBreaks, rowTexts } from './read-back.js';
import { sampleReport } from './sample-report.js';

/** The appendix as the officer sends it: the README's Phú Trung example, with and without the cover's details. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'cchc-appendix-'));
const base = [
  'report',
  'plans/phu-trung-2026-2030.yaml',
  '--data',
  'fixtures/example/phu-trung-2026-gia-lap.csv',
];

const report = exampleReport;

const full = await report(
  '--report-number',
  '125',
  '--report-date',
  '18/09/2026',
  '--signer-title',
  'KT. CHỦ TỊCH/PHÓ CHỦ TỊCH',
  '--signer-name',
  'Nguyễn Văn A',
);
keep('bao-cao-day-du.xlsx', full.bytes);
const plain = await report();
const summary = full.wb.getWorksheet('Tổng hợp') as Worksheet;
const head = findRow(full.wb, 'Tổng hợp', 1, 'STT');
const rowOfStt = (stt: number | string) => {
  for (let r = head + 1; r <= summary.rowCount; r++) if (summary.getCell(r, 1).text === String(stt)) return r;
  throw new Error(`no STT ${stt}`);
};
const letterhead = (wb: typeof plain.wb, sheet: string) =>
  Array.from({ length: findRow(wb, sheet, 1, 'STT') - 1 }, (_, i) => rowTexts(wb, sheet, i + 1)[0] ?? '');

describe('the cover report: number, date, signer', () => {
  it('fills "Kèm theo Báo cáo số …" and the date line when given, dots only when not', () => {
    const given = letterhead(full.wb, 'Tổng hợp');
    expect(given).toContain(
      '(Kèm theo Báo cáo số 125/BC-UBND ngày 18/09/2026 của Ủy ban nhân dân xã Phú Trung)',
    );
    const text = rowTexts(full.wb, 'Tổng hợp', 4).join('|');
    expect(text).toContain('Phú Trung, ngày 18 tháng 9 năm 2026');
    const dotted = letterhead(plain.wb, 'Tổng hợp');
    expect(dotted).toContain('(Kèm theo Báo cáo số …/BC-UBND ngày … của Ủy ban nhân dân xã Phú Trung)');
    expect(rowTexts(plain.wb, 'Tổng hợp', 4).join('|')).toContain('Phú Trung, ngày … tháng … năm …');
  });

  it('--report-symbol replaces BC-UBND, dotted number or not (an office whose reports are BC-VP)', async () => {
    const vp = await report('--report-symbol', 'BC-VP', '--report-number', '7');
    expect(letterhead(vp.wb, 'Tổng hợp')).toContain(
      '(Kèm theo Báo cáo số 7/BC-VP ngày … của Ủy ban nhân dân xã Phú Trung)',
    );
    const dots = await report('--report-symbol', '/BC-VP');
    expect(letterhead(dots.wb, 'Tổng hợp').join('\n')).toContain('Báo cáo số …/BC-VP ngày');
  });

  it('prints the signer block under the summary only when given', () => {
    const all = Array.from({ length: summary.rowCount }, (_, i) =>
      rowTexts(full.wb, 'Tổng hợp', i + 1).join('|'),
    );
    const t = all.findIndex((l) => l.includes('KT. CHỦ TỊCH'));
    expect(t).toBeGreaterThan(head);
    expect(all[t + 1]).toContain('PHÓ CHỦ TỊCH');
    expect(all.slice(t).join('\n')).toContain('Nguyễn Văn A');
    const none = plain.wb.getWorksheet('Tổng hợp') as Worksheet;
    const texts = Array.from({ length: none.rowCount }, (_, i) =>
      rowTexts(plain.wb, 'Tổng hợp', i + 1).join('|'),
    );
    expect(texts.join('\n')).not.toContain('Ký, ghi rõ họ tên');
  });

  it('refuses a report date that is not a day', async () => {
    const io = fakeIo({ cwd: ROOT });
    const out = path.join(tmp, 'x.xlsx');
    expect(await run([...base, '--output', out, '--report-date', '31/02/2026'], io)).toBe(2);
    expect(io.err()).toContain('--report-date "31/02/2026" không phải một ngày');
  });
});

describe('numbered appendices, letterhead rules, revision wording', () => {
  it.each([
    ['Tổng hợp', 'PHỤ LỤC I'],
    ['Nhiệm vụ', 'PHỤ LỤC II'],
    ['Theo đơn vị', 'PHỤ LỤC III'],
  ])('%s is %s', (sheet, title) => {
    expect(letterhead(full.wb, sheet)).toContain(title);
  });

  it('draws rule lines under the agency name and under the motto', () => {
    const rule = rowTexts(full.wb, 'Tổng hợp', 3);
    const lines = rule.filter((t) => /^─+$/.test(t));
    expect(new Set(lines).size).toBe(2);
    // The motto's rule is longer than the agency's (NĐ 30: about a third of "XÃ PHÚ TRUNG" vs the whole motto).
    const [a, b] = [...new Set(lines)].map((l) => l.length);
    expect(Math.max(a!, b!)).toBeGreaterThan(Math.min(a!, b!) * 2);
  });

  it('names an amendment only for a real one (the original plan is revision 1)', () => {
    const text = letterhead(full.wb, 'Tổng hợp').join('\n');
    expect(text).not.toMatch(/sửa đổi|điều chỉnh lần/);
    const r = sampleReport();
    r.plan.revision = 3;
    return renderReportWorkbook(r, { lang: 'vi' })
      .then(readBack)
      .then((wb) => expect(letterhead(wb, 'Tổng hợp').join('\n')).toContain('(điều chỉnh lần 2)'));
  });
});

describe('Tổng hợp: columns, numbers, notes, periods', () => {
  it('has "Đơn vị phối hợp" between the owner and the notes', () => {
    expect(rowTexts(full.wb, 'Tổng hợp', head).slice(7)).toEqual([
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Ghi chú',
    ]);
    expect(summary.getCell(rowOfStt(2), 9).text).toBe('Các phòng, cơ quan, đơn vị');
  });

  it('stores STT as numbers, a sub-target as "5.1" under its parent, the numbering of `cchc check`', () => {
    expect(summary.getCell(rowOfStt(2), 1).value).toBe(2);
    expect(summary.getCell(rowOfStt('5.1'), 2).text).toMatch(/^- Trong đó mức độ hài lòng/);
    expect(rowOfStt('5.1')).toBe(rowOfStt(5) + 1);
  });

  it.each([
    [2, 'Chậm 4,0 điểm % so với lộ trình; cần 100% vào 31/12/2027'],
    ['5.1', 'Chậm 4,3 điểm % so với lộ trình; cần ≥ 90% vào 31/12/2030'],
    [3, 'Vượt lộ trình 1,5 điểm %; cần 100% vào 31/12/2027'],
    [6, 'Giai đoạn 2028 - 2030 chưa bắt đầu; cần ≥ 80% vào 31/12/2030; chưa có số liệu Quý III/2026'],
    [4, 'Quý III/2026 không phát sinh hồ sơ (mẫu số bằng 0), không tính là 0%'],
    [11, 'Đã đạt, trước hạn 31/12/2027'],
  ])('target %s: Ghi chú is a short note: "%s"', (stt, note) => {
    expect(summary.getCell(rowOfStt(stt), 10).text).toBe(note);
  });

  it('no Ghi chú holds an arrow or the algorithm\'s words; the full arithmetic is on "Cách tính"', () => {
    for (let r = head + 1; r <= summary.rowCount; r++) {
      const note = summary.getCell(r, 10).text;
      expect(note).not.toMatch(/→|kỳ vọng|theo lộ trình từ|quy tắc|thời gian đến hạn/);
    }
    const why = full.wb.getWorksheet('Cách tính') as Worksheet;
    const r = findRow(full.wb, 'Cách tính', 2, 'dvc-truc-tuyen-toan-trinh');
    expect(why.getCell(r, 1).value).toBe(2);
    expect(why.getCell(r, 5).text).toContain('kỳ vọng 56,8% đến 14/09/2026 theo lộ trình từ 40%');
  });

  it("carries the period of every result that is not the report period's own", () => {
    expect(summary.getCell(rowOfStt(6), 6).text).toBe('62,5%\n(Quý II/2026)');
    expect(summary.getCell(rowOfStt(18), 6).text).toBe('Hạng 9\n(6 tháng năm 2026)');
    // The period's own figure stays a number cell.
    expect(summary.getCell(rowOfStt(2), 6).value).toBeCloseTo(0.528, 9);
  });
});

describe('print', () => {
  it('keeps every group row with the row under it across page breaks', () => {
    for (const [index, sheet] of [
      [1, 'Tổng hợp'],
      [2, 'Nhiệm vụ'],
    ] as const) {
      const breaks = rowBreaks(full.bytes, index);
      expect(breaks.length, sheet).toBeGreaterThan(0);
      const ws = full.wb.getWorksheet(sheet) as Worksheet;
      for (const b of breaks) {
        // The last row of a page is never a group row (Roman numeral in STT, label merged across).
        expect(/^[IVXL]+$/.test(ws.getCell(b, 1).text), `${sheet} row ${b}`).toBe(false);
      }
    }
    // In this example the group "III Cải cách tổ chức bộ máy" starts page 2 with its first target.
    const breaks = rowBreaks(full.bytes, 1);
    expect(breaks.map((b) => summary.getCell(b + 1, 1).text)).toContain('III');
  });

  it('tells at-risk and missed apart without colour: bold italic heavy frame vs bold double frame', async () => {
    const atRisk = summary.getCell(rowOfStt(2), 7);
    expect(atRisk.text).toBe('Có nguy cơ không đạt');
    expect(atRisk.font).toMatchObject({ bold: true, italic: true });
    expect(atRisk.border?.left?.style).toBe('medium');
    const onTrack = summary.getCell(rowOfStt(3), 7);
    expect(onTrack.font?.bold).toBeFalsy();
    expect(onTrack.border?.left?.style).toBe('thin');
    const wb = await readBack(await renderReportWorkbook(sampleReport(), { lang: 'vi' }));
    const ws = wb.getWorksheet('Tổng hợp') as Worksheet;
    const missed = ws.getCell(findRow(wb, 'Tổng hợp', 1, '2.1'), 7);
    expect(missed.text).toBe('Không đạt');
    expect(missed.font).toMatchObject({ bold: true });
    expect(missed.font?.italic).toBeFalsy();
    expect(missed.border?.left?.style).toBe('double');
    const tasks = wb.getWorksheet('Nhiệm vụ') as Worksheet;
    const overdue = findRow(wb, 'Nhiệm vụ', 7, 'Quá hạn');
    expect(tasks.getCell(overdue, 7).border?.left?.style).toBe('double');
  });

  it('indents left-aligned text away from the border', () => {
    expect(summary.getCell(rowOfStt(2), 2).alignment).toMatchObject({ horizontal: 'left', indent: 1 });
  });
});
