import type { Lang } from '../../model/diagnostic.js';
import type { Period } from '../../model/period.js';
import type { Plan } from '../../model/plan.js';
import { foldKey } from '../../util/text.js';
import { placeOfIssuer } from '../../words/agency.js';
import {
  INDICATOR_INSTRUCTIONS,
  sendBackLine,
  TASK_INSTRUCTIONS,
  TEMPLATE_UNIT_WORDS,
} from '../../words/template-instructions.js';

/** Whom the filled workbook goes back to, and by when: what the unit needs to know, not a command to run. */
export interface SendBack {
  /** "công chức phụ trách CCHC, Phòng Văn hóa - Xã hội" (`--send-to`); default: the plan issuer's CCHC officer. */
  to?: string;
  /** ISO date the workbook is due back (`--due`); without it, the instructions say "after the window closes". */
  due?: string;
}

/**
 * A reporting unit's display name for the heading ("UBND xã Phú Trung" for `phu-trung`): the plan's own list of
 * reporting units when it has one, an owning unit of that id, or the issuer when the id spells its place.
 * The id itself stays in the "Đơn vị" column, where the reader matches it.
 */
export function reportingUnitName(plan: Plan, id: string): string {
  const list = (plan as { reportingUnits?: { list?: { id: string; name: string }[] } }).reportingUnits?.list;
  const listed = list?.find((u) => u.id === id) ?? plan.units.find((u) => u.id === id);
  if (listed) return listed.name;
  const place = plan.issuer.place ?? placeOfIssuer(plan.issuer.name);
  return foldKey(place) === foldKey(id) ? plan.issuer.name : id;
}

function sendLine(plan: Plan, period: Period, send: SendBack, lang: Lang, n: number): string {
  const due = send.due === undefined ? {} : { due: send.due };
  const to = send.to === undefined ? {} : { to: send.to };
  return sendBackLine(n, { issuer: plan.issuer.name, windowEnd: period.end, ...to, ...due }, lang);
}

/** The name of `unit` when it is one of the plan's listed reporting units (not the issuer, not an owning office). */
function listedUnit(plan: Plan, unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  return plan.reportingUnits?.list.find((u) => u.id === unit)?.name;
}

/** A template for one listed reporting unit says so in its first line: all rows are the unit's. */
function forUnit(
  lines: string[],
  plan: Plan,
  unit: string | undefined,
  what: 'indicators' | 'tasks',
  lang: Lang,
) {
  const name = listedUnit(plan, unit);
  return name === undefined ? lines : [TEMPLATE_UNIT_WORDS[what](name, lang), ...lines.slice(1)];
}

export function indicatorInstructions(
  plan: Plan,
  period: Period,
  send: SendBack,
  lang: Lang,
  unit?: string,
): string[] {
  return forUnit(indicatorLines(plan, period, send, lang), plan, unit, 'indicators', lang);
}

function indicatorLines(plan: Plan, period: Period, send: SendBack, lang: Lang): string[] {
  return [...INDICATOR_INSTRUCTIONS[lang], sendLine(plan, period, send, lang, 5)];
}

export function taskInstructions(
  plan: Plan,
  period: Period,
  send: SendBack,
  lang: Lang,
  unit?: string,
): string[] {
  return forUnit(taskLines(plan, period, send, lang), plan, unit, 'tasks', lang);
}

function taskLines(plan: Plan, period: Period, send: SendBack, lang: Lang): string[] {
  return [...TASK_INSTRUCTIONS[lang], sendLine(plan, period, send, lang, 3)];
}
