import type { Lang } from '../model/diagnostic.js';
import type { RunReport, Tally } from '../model/report.js';
import { formatDate } from '../util/date.js';
import { formatNumber } from '../util/number.js';
import { completionWords, NO_TARGETS, tallyWords } from '../words/view-phrases.js';
import { areaTitle, unitName, unitShortName } from './view-cells.js';

/** Task completion and the no-target notice, in the same words in every view. */

/** "12/43 nhiệm vụ hoàn thành (27,91%)"; a tally of nothing says so rather than 0%. */
export function tallyText(t: Tally, lang: Lang): string {
  const rate = t.rate === null ? '—' : `${formatNumber(t.rate, lang)}%`;
  return tallyWords(t.done, t.total, rate, lang);
}

/**
 * The headline over every task of the report (what CCHC reports write), then the same over the tasks due by
 * the as-of date, each with its denominator named.
 */
export function completionHeadline(report: RunReport, lang: Lang): string {
  const c = report.summary.taskCompletion;
  const asOf = formatDate(report.asOf);
  return completionWords(tallyText(c.all, lang), tallyText(c.due, lang), asOf, lang);
}

/** One row per area and per owner: [who, tally text], areas first, in plan order of appearance. */
export function completionRows(
  report: RunReport,
  lang: Lang,
  short = false,
): { group: 'area' | 'owner'; name: string; tally: Tally }[] {
  const c = report.summary.taskCompletion;
  return [
    ...c.byArea.map((a) => ({
      group: 'area' as const,
      name: areaTitle(report, a.area ?? undefined, lang),
      tally: a,
    })),
    ...c.byOwner.map((o) => ({
      group: 'owner' as const,
      name: short ? unitShortName(report, o.owner) : unitName(report, o.owner),
      tally: o,
    })),
  ];
}

/** What to say when the report has no targets: a plan of tasks only is not "nothing matches the filters". */
export function noTargetsText(report: RunReport, lang: Lang): string {
  return NO_TARGETS[report.plan.targetCount === 0 ? 'tasksOnly' : 'filtered'][lang];
}
