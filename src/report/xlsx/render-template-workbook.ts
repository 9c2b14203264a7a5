import type { Workbook } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { Period } from '../../model/period.js';
import type { Plan } from '../../model/plan.js';
import { periodLabel, periodWithWindow } from '../../periods/index.js';
import { revisionName } from '../../words/revision.js';
import { TEMPLATE_SHEETS, TEMPLATE_TITLES, templatePeriodLine } from '../../words/template-form.js';
import { unitText } from '../../words/value.js';
import { fixZipTimes } from './fixed-zip-times.js';
import { loadExcelJs } from './load-exceljs.js';
import { type IndicatorField, indicatorColumns, type TaskField, taskColumns } from './template-columns.js';
import {
  indicatorInstructions,
  reportingUnitName,
  type SendBack,
  taskInstructions,
} from './template-instructions.js';
import { type TemplateRow, writeTemplateSheet } from './template-sheet.js';
import { targetForPeriod, targetText } from './template-target.js';
import { countValidation, taskStatusValidation, valueValidation } from './template-validations.js';

export interface TemplateWorkbookOptions {
  lang: Lang;
  /** Reporting units (communes): one indicator sheet and one task sheet each, with "Đơn vị" filled in. */
  units?: string[];
  /** Whom the units send the filled workbook to, and by when (the instructions say it). */
  send?: SendBack;
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
    const send = opts.send ?? {};
    await addIndicatorSheet(wb, names[i]![0], plan, period, opts.lang, send, unit);
    // A plan of targets only gets no empty task form.
    if (plan.tasks.length > 0) await addTaskSheet(wb, names[i]![1], plan, period, opts.lang, send, unit);
  }
  return fixZipTimes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique even when unit ids share a prefix. */
export function sheetNames(lang: Lang, units: string[]): [string, string][] {
  const base = [TEMPLATE_SHEETS.indicators[lang], TEMPLATE_SHEETS.tasks[lang]];
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
  // The amendment is named only for a real one: the original plan is revision 1.
  const rev = plan.revision.number > 1 ? `, ${revisionName(plan.revision.number, lang)}` : '';
  const name = unit ? reportingUnitName(plan, unit) : undefined;
  return [
    TEMPLATE_TITLES[what][lang],
    `${plan.issuer.name}: ${plan.title} (${plan.id}${rev})`,
    templatePeriodLine(periodWithWindow(period, lang), name, lang),
  ];
}

async function addIndicatorSheet(
  wb: Workbook,
  name: string,
  plan: Plan,
  period: Period,
  lang: Lang,
  send: SendBack,
  unit?: string,
): Promise<void> {
  const ws = wb.addWorksheet(name);
  const label = periodLabel(period, 'vi');
  const unitName = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  const rows: TemplateRow<IndicatorField>[] = plan.indicators.map((ind, i) => {
    const t = targetForPeriod(plan, ind.code, period);
    const isRate = ind.kind === 'percentage';
    return {
      values: {
        stt: i + 1,
        code: ind.code,
        name: ind.name,
        // In the workbook's language, as the appendix writes it ('level' and 'rank' in English).
        measure: unitText(ind.kind, ind.unit, lang),
        ...(t
          ? { target: targetText(t, ind, lang), deadline: utcDate(t.deadline), owner: unitName(t.owner) }
          : {}),
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
    indicatorInstructions(plan, period, send, lang, unit),
    indicatorColumns(lang, unit !== undefined),
    rows,
    lang,
    plan.issuer.place,
  );
}

async function addTaskSheet(
  wb: Workbook,
  name: string,
  plan: Plan,
  period: Period,
  lang: Lang,
  send: SendBack,
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
    taskInstructions(plan, period, send, lang, unit),
    taskColumns(lang, unit !== undefined),
    rows,
    lang,
    plan.issuer.place,
  );
}
