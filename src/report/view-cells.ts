import type { Lang } from '../model/diagnostic.js';
import type { Period } from '../model/period.js';
import type { RunReport, TargetEvaluation, TaskEvaluation } from '../model/report.js';
import { formatDate } from '../util/date.js';
import { ASSESSMENT_LABELS, STATUS_LABELS, TASK_STATUS_LABELS } from '../words/labels.js';
import { periodLabel, periodWithWindow } from '../words/period.js';
import { revisionName } from '../words/revision.js';
import { targetText, valueText as wordsValueText } from '../words/value.js';
import {
  ASPIRATION_MARK,
  FILTER_WORDS,
  filterLine,
  NO_GROUP,
  PROJECTED_MARK,
  periodLine,
  planLine,
  STALE_MARK,
  saysAspiration,
  subTargetTitle,
  summaryCounts,
  unitPrefix,
} from '../words/view-phrases.js';

/** The words and figures shared by the table and Markdown views, so both say exactly the same thing. */

/** A value as a table cell, from the vocabulary: "55%", "Cấp độ 3", "Hạng 5". */
export function valueText(e: Pick<TargetEvaluation, 'kind' | 'unit'>, v: number, lang: Lang): string {
  return wordsValueText(e.kind, e.unit, v, lang, true);
}

/** The plan's target in the vocabulary's one wording: "≥ 95%", "Hoàn thành", "Không thấp hơn hạng 12". */
export function planValueText(e: TargetEvaluation, lang: Lang): string {
  return targetText(e, lang);
}

/** "55% (Quý III/2026)", "Đang thực hiện (Quý III/2026)", or a dash. */
export function actualText(e: TargetEvaluation, lang: Lang): string {
  const p = actualParts(e, lang);
  return p.when ? `${p.what} ${p.when}` : p.what;
}

/** The actual figure and, apart, the period it is for ("(Quý II/2026) – cũ"), so a narrow column breaks there. */
export function actualParts(e: TargetEvaluation, lang: Lang): { what: string; when: string } {
  const a = e.actual;
  if (!a) return { what: '—', when: '' };
  const what =
    a.assessment !== undefined && a.value === null
      ? ASSESSMENT_LABELS[a.assessment][lang]
      : a.value === null
        ? '—'
        : valueText(e, a.value, lang);
  return {
    what,
    when: `(${periodText(a.period, lang)})${e.stale ? STALE_MARK[lang] : ''}`,
  };
}

export function expectedText(e: TargetEvaluation, lang: Lang): string {
  if (e.expected === null) return '—';
  return valueText(e, e.expected, lang) + (e.method === 'trend' ? PROJECTED_MARK[lang] : '');
}

export function statusText(e: TargetEvaluation, lang: Lang): string {
  return STATUS_LABELS[e.status][lang];
}

export function taskStatusText(t: TaskEvaluation, lang: Lang): string {
  return TASK_STATUS_LABELS[t.status][lang];
}

export function unitName(report: RunReport, id: string): string {
  return report.names.units[id] ?? id;
}

/** The plan's short name for a unit ("VHXH") where it has one: the terminal table has little room. */
export function unitShortName(report: RunReport, id: string): string {
  return report.names.unitShortNames?.[id] ?? unitName(report, id);
}

/** A period's one label (the vocabulary's periodLabel), for views that hold a full period. */
export function periodText(p: Period, lang: Lang): string {
  return periodLabel(p, lang);
}

/** The lines above every view: plan, period with its data window, as-of date, filters. */
export function headerLines(
  report: Pick<RunReport, 'plan' | 'period' | 'asOf'> & { filters: Partial<RunReport['filters']> },
  lang: Lang,
): string[] {
  // As on the Excel appendix: only a real amendment is named (the original plan is revision 1).
  const revision = report.plan.revision > 1 ? `, ${revisionName(report.plan.revision, lang)}` : '';
  const lines = [
    planLine(report.plan.title, `${report.plan.id}${revision}`, lang),
    periodLine(periodWithWindow(report.period, lang), formatDate(report.asOf), lang),
  ];
  const f = report.filters;
  const sel = (['owner', 'phase', 'area', 'unit'] as const).flatMap((k) =>
    f[k] ? [`${FILTER_WORDS[k][lang]} ${f[k]}`] : [],
  );
  if (sel.length) lines.push(filterLine(sel, lang));
  return lines;
}

/** "Chỉ tiêu: Đạt 3 · Đúng tiến độ 5 · …" — every status named, zeros included. */
export function summaryLine(report: RunReport, lang: Lang, what: 'targets' | 'tasks'): string {
  if (what === 'targets') {
    const c = report.summary.targets;
    const total = Object.values(c).reduce((s, n) => s + n, 0);
    const parts = (Object.keys(c) as (keyof typeof c)[]).map((s) => `${STATUS_LABELS[s][lang]} ${c[s]}`);
    return summaryCounts('targets', total, parts, lang);
  }
  const c = report.summary.tasks;
  const total = Object.values(c).reduce((s, n) => s + n, 0);
  const parts = (Object.keys(c) as (keyof typeof c)[]).map((s) => `${TASK_STATUS_LABELS[s][lang]} ${c[s]}`);
  return summaryCounts('tasks', total, parts, lang);
}

export type GroupBy = 'area' | 'phase';
export interface Group<T> {
  title: string;
  items: T[];
}

/**
 * Rows grouped in plan order of first appearance: by reporting unit first when there are several, then by
 * area (or phase). Items without an area/phase go to a last group.
 */
export function groupTargets(report: RunReport, by: GroupBy | 'auto', lang: Lang): Group<TargetEvaluation>[] {
  const mode: GroupBy = by === 'auto' ? (report.targets.some((t) => t.area) ? 'area' : 'phase') : by;
  const title = (id: string | undefined) =>
    mode === 'area' ? areaTitle(report, id, lang) : phaseTitle(report, id, lang);
  const key = (t: TargetEvaluation) => (mode === 'area' ? t.area : t.phase);
  const order = Object.keys(mode === 'area' ? report.names.areas : report.names.phases);
  return groupBy(report.targets, (t) => t.reportingUnit, key, title, lang, order);
}

export function groupTasks(report: RunReport, lang: Lang): Group<TaskEvaluation>[] {
  return groupBy(
    report.tasks,
    (t) => t.reportingUnit,
    (t) => t.area,
    (id) => areaTitle(report, id, lang),
    lang,
    Object.keys(report.names.areas),
  );
}

export function areaTitle(report: RunReport, id: string | undefined, lang: Lang): string {
  if (id === undefined) return NO_GROUP.area[lang];
  const a = report.names.areas[id];
  if (!a) return id;
  return a.code ? `${a.code}. ${a.name}` : a.name;
}

function phaseTitle(report: RunReport, id: string | undefined, lang: Lang): string {
  if (id === undefined) return NO_GROUP.phase[lang];
  return report.names.phases[id] ?? id;
}

function groupBy<T>(
  items: T[],
  unitOf: (t: T) => string | undefined,
  keyOf: (t: T) => string | undefined,
  title: (id: string | undefined) => string,
  lang: Lang,
  order: string[],
): Group<T>[] {
  // Groups follow the plan's order of areas/phases (names keep it); unknown or missing keys go last.
  const rank = (k: string | undefined) => {
    const i = k === undefined ? -1 : order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  // One pass (units in order of first appearance, keys likewise within a unit): filtering the items once per
  // unit and key was O(units × items), minutes for the 100k results of a national file.
  const byUnit = new Map<string | undefined, Map<string | undefined, T[]>>();
  for (const t of items) {
    const unit = unitOf(t);
    let keys = byUnit.get(unit);
    if (!keys) {
      keys = new Map();
      byUnit.set(unit, keys);
    }
    const k = keyOf(t);
    const list = keys.get(k);
    if (list) list.push(t);
    else keys.set(k, [t]);
  }
  const many = byUnit.size > 1 || !byUnit.has(undefined);
  const groups: Group<T>[] = [];
  for (const [unit, keys] of byUnit) {
    // Array.prototype.sort is stable: keys of equal rank keep their order of first appearance.
    for (const k of [...keys.keys()].sort((a, b) => rank(a) - rank(b))) {
      const head = many ? unitPrefix(unit ?? '—', lang) : '';
      groups.push({ title: head + title(k), items: keys.get(k) as T[] });
    }
  }
  return groups;
}

/** A sub-target's title is shown under its parent as "– trong đó: …". */
export function targetTitle(e: TargetEvaluation, lang: Lang): string {
  const title = markAspiration(e, lang);
  return e.parent ? subTargetTitle(e.title, title, lang) : title;
}

/** "[Phấn đấu]": an aspiration is marked wherever its title is shown, so nobody reads it as binding. */
export function aspirationMark(lang: Lang): string {
  return ASPIRATION_MARK[lang];
}

/** The title with the mark, unless a Vietnamese title already says "Phấn đấu …" itself. */
export function markAspiration(e: Pick<TargetEvaluation, 'title' | 'aspirational'>, lang: Lang): string {
  if (!e.aspirational || saysAspiration(e.title, lang)) return e.title;
  return `${aspirationMark(lang)} ${e.title}`;
}
