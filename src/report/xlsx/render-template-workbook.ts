import type { Workbook } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { Period } from '../../model/period.js';
import type { Plan } from '../../model/plan.js';
import { periodLabel, periodWithWindow } from '../../periods/index.js';
import { fixZipTimes } from './fixed-zip-times.js';
import { loadExcelJs } from './load-exceljs.js';
import { type IndicatorField, indicatorColumns, type TaskField, taskColumns } from './template-columns.js';
import { type TemplateRow, writeTemplateSheet } from './template-sheet.js';
import { targetForPeriod, targetText } from './template-target.js';
import { countValidation, taskStatusValidation, valueValidation } from './template-validations.js';

export interface TemplateWorkbookOptions {
  lang: Lang;
  /** Reporting units (communes): one indicator sheet and one task sheet each, with "Đơn vị" filled in. */
  units?: string[];
}

const utcDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/**
 * A data-entry workbook for one reporting period, which `cchc check --data` reads back unedited:
 * an indicator sheet (one row per plan indicator) and a task sheet (one row per task), per
 * reporting unit when units are given.
 */
export async function renderTemplateWorkbook(
  plan: Plan,
  period: Period,
  opts: TemplateWorkbookOptions,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cchc';
  const fixed = utcDate(period.end);
  wb.created = fixed;
  wb.modified = fixed;
  const units = opts.units?.length ? opts.units : [undefined];
  const names = sheetNames(opts.lang, opts.units ?? []);
  for (const [i, unit] of units.entries()) {
    await addIndicatorSheet(wb, names[i]![0], plan, period, opts.lang, unit);
    await addTaskSheet(wb, names[i]![1], plan, period, opts.lang, unit);
  }
  return fixZipTimes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique even when unit ids share a prefix. */
export function sheetNames(lang: Lang, units: string[]): [string, string][] {
  const base = lang === 'vi' ? ['Chỉ tiêu', 'Nhiệm vụ'] : ['Indicators', 'Tasks'];
  if (!units.length) return [[base[0]!, base[1]!]];
  const used = new Set<string>();
  const make = (b: string, u: string) => {
    const clean = u.replace(/[:\\/?*[\]]/g, '-');
    let name = `${b} - ${clean}`.slice(0, 31);
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${`${b} - ${clean}`.slice(0, 27)} (${k})`;
    used.add(name.toLowerCase());
    return name;
  };
  return units.map((u) => [make(base[0]!, u), make(base[1]!, u)]);
}

function heading(
  plan: Plan,
  period: Period,
  lang: Lang,
  what: 'indicators' | 'tasks',
  unit?: string,
): string[] {
  const vi = lang === 'vi';
  const first =
    what === 'indicators'
      ? vi
        ? 'BIỂU NHẬP SỐ LIỆU CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH'
        : 'DATA-ENTRY SHEET: ADMINISTRATIVE-REFORM INDICATORS'
      : vi
        ? 'BIỂU NHẬP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'
        : 'DATA-ENTRY SHEET: PROGRESS OF ADMINISTRATIVE-REFORM TASKS';
  return [
    first,
    `${plan.issuer.name}: ${plan.title} (${plan.id}, ${vi ? 'lần sửa đổi' : 'revision'} ${plan.revision.number})`,
    `${vi ? 'Kỳ báo cáo' : 'Reporting period'}: ${periodWithWindow(period, lang)}${unit ? ` — ${vi ? 'Đơn vị báo cáo' : 'Reporting unit'}: ${unit}` : ''}`,
  ];
}

function indicatorInstructions(plan: Plan, lang: Lang): string[] {
  if (lang === 'en') {
    return [
      '1. Type only in the yellow cells (value, numerator, denominator, source, note); the other cells are locked. Do not change the codes or the period.',
      '2. Percentages: enter the number in percent, 95.5 for 95.5% (not 0.955). Where the rate comes from counts, enter the numerator and the denominator too; a zero denominator means "no data", not 0%.',
      '3. Qualitative indicators: pick Đạt / Không đạt; milestones: Hoàn thành / Đang thực hiện / Chưa thực hiện; levels: a whole number 1–5; ranks: a whole number (1 is best).',
      '4. Leave a row empty when there is no figure yet: it is skipped. Say where each figure comes from (system, document) in "source".',
      `5. Check the filled workbook: cchc check <plan.yaml> --data <this file> (plan ${plan.id}).`,
    ];
  }
  return [
    '1. Chỉ nhập vào các ô nền vàng (Giá trị, Tử số, Mẫu số, Nguồn/minh chứng, Ghi chú); các ô khác đã khóa. Không sửa Mã chỉ tiêu và Kỳ báo cáo.',
    '2. Tỷ lệ (%): nhập số theo đơn vị phần trăm, ví dụ 95,5 cho 95,5% (không nhập 0,955). Nếu tỷ lệ tính từ số hồ sơ, nhập cả Tử số và Mẫu số; mẫu số bằng 0 nghĩa là "không có số liệu", không phải 0%.',
    '3. Chỉ tiêu định tính: chọn Đạt / Không đạt; mốc hoàn thành: chọn Hoàn thành / Đang thực hiện / Chưa thực hiện; cấp độ: số nguyên từ 1 đến 5; thứ hạng: số nguyên (1 là cao nhất).',
    '4. Chưa có số liệu thì để trống cả dòng: dòng trống được bỏ qua. Ghi rõ nguồn số liệu (hệ thống, văn bản) ở cột Nguồn/minh chứng.',
    `5. Kiểm tra biểu đã nhập: cchc check <kế hoạch.yaml> --data <tệp này> (kế hoạch ${plan.id}).`,
  ];
}

function taskInstructions(lang: Lang): string[] {
  return lang === 'vi'
    ? [
        '1. Chọn Tình trạng của từng nhiệm vụ trong kỳ: Hoàn thành / Đang thực hiện / Chưa thực hiện; ghi kết quả, sản phẩm hoặc vướng mắc ở cột Ghi chú.',
        '2. Nhiệm vụ chưa có báo cáo thì để trống Tình trạng: dòng đó được bỏ qua. Không sửa Mã nhiệm vụ và Kỳ báo cáo.',
      ]
    : [
        '1. Pick the status of each task in the period: Hoàn thành (done) / Đang thực hiện (in progress) / Chưa thực hiện (not started); note results, outputs or obstacles.',
        '2. Leave the status empty when there is nothing to report: the row is skipped. Do not change the task codes or the period.',
      ];
}

async function addIndicatorSheet(
  wb: Workbook,
  name: string,
  plan: Plan,
  period: Period,
  lang: Lang,
  unit?: string,
): Promise<void> {
  const ws = wb.addWorksheet(name);
  const label = periodLabel(period, 'vi');
  const rows: TemplateRow<IndicatorField>[] = plan.indicators.map((ind, i) => {
    const t = targetForPeriod(plan, ind.code, period);
    const isRate = ind.kind === 'percentage';
    return {
      values: {
        stt: i + 1,
        code: ind.code,
        name: ind.name,
        measure: ind.unit,
        ...(t ? { target: targetText(t, ind, lang), deadline: utcDate(t.deadline) } : {}),
        // The period label is written in Vietnamese in both languages: it is data the reader parses.
        period: label,
        ...(unit ? { unit } : {}),
      },
      validations: {
        value: valueValidation(ind.kind, lang, ind.max),
        ...(isRate ? { numerator: countValidation(lang), denominator: countValidation(lang) } : {}),
      },
      // A numerator and a denominator only make sense for a rate.
      ...(isRate ? {} : { locked: ['numerator', 'denominator'] as IndicatorField[] }),
    };
  });
  await writeTemplateSheet(
    ws,
    heading(plan, period, lang, 'indicators', unit),
    indicatorInstructions(plan, lang),
    indicatorColumns(lang, unit !== undefined),
    rows,
    lang,
  );
}

async function addTaskSheet(
  wb: Workbook,
  name: string,
  plan: Plan,
  period: Period,
  lang: Lang,
  unit?: string,
): Promise<void> {
  const ws = wb.addWorksheet(name);
  const label = periodLabel(period, 'vi');
  const unitName = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  const rows: TemplateRow<TaskField>[] = plan.tasks.map((t, i) => ({
    values: {
      stt: i + 1,
      task: t.id,
      content: t.content,
      owner: unitName(t.owner),
      deadline: t.schedule.label,
      period: label,
      ...(unit ? { unit } : {}),
    },
    validations: { status: taskStatusValidation(lang) },
  }));
  await writeTemplateSheet(
    ws,
    heading(plan, period, lang, 'tasks', unit),
    taskInstructions(lang),
    taskColumns(lang, unit !== undefined),
    rows,
    lang,
  );
}
