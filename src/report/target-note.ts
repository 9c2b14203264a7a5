import type { Lang } from '../model/diagnostic.js';
import type { RunReport, TargetEvaluation } from '../model/report.js';
import { compareIso, formatDate } from '../util/date.js';
import { ASSESSMENT_LABELS } from '../words/labels.js';
import { NOTE_WORDS as W } from '../words/note-words.js';
import { formatNumber } from '../words/number.js';
import { periodText, planValueText, valueText } from './view-cells.js';

/**
 * The note a person would write beside a target ("Chậm 4,0 điểm % so với lộ trình; cần 100% vào 31/12/2027"),
 * built from the evaluation's fields (status, figures, dates), never by reading its reason sentence. The
 * reason (the arithmetic) stays in `cchc check` and on the appendix's explanation sheet.
 */
export function targetNote(e: TargetEvaluation, report: RunReport, lang: Lang): string {
  const date = formatDate(e.deadline);
  const needs = W.needs(planValueText(e, lang).replace(/^= /, ''), date, lang);
  const a = e.actual;
  const parts: string[] = [];
  if (e.status === 'no-data') {
    if (a && a.value !== null) return W.noTargetValue(lang);
    const zero = zeroDenominator(e, report);
    return zero ? W.zeroDenominator(periodText(zero, lang), lang) : W.noFigure(lang);
  }
  if (!a) return '';
  const passed = compareIso(report.asOf, e.deadline) > 0;
  if (e.method === 'assessment') {
    if (e.status === 'met') parts.push(passed ? W.metAtDeadline(date, lang) : W.metEarly(date, lang));
    else if (passed) parts.push(W.missedAtDeadline(date, shown(e, lang), lang));
    else
      parts.push(
        `${a.assessment === 'in-progress' ? W.inProgress(lang) : W.notStarted(lang)}; ${W.due(date, lang)}`,
      );
  } else if (e.comparator === 'maintain-or-improve' && e.targetValue !== undefined && a.value !== null) {
    const ref = valueText(e, e.targetValue, lang).toLowerCase();
    parts.push(
      e.status === 'met' ? W.rankKept(shown(e, lang), ref, lang) : W.rankLost(shown(e, lang), ref, lang),
    );
  } else if (e.status === 'met') {
    parts.push(passed ? W.metAtDeadline(date, lang) : W.metEarly(date, lang));
  } else if (passed) {
    parts.push(W.missedAtDeadline(date, shown(e, lang), lang));
  } else if (e.expected !== null && a.value !== null) {
    parts.push(pathNote(e, a.value, e.expected, lang), needs);
  } else if (e.start !== undefined && compareIso(report.asOf, e.start) < 0) {
    const phase = (e.phase && report.names.phases[e.phase]) || formatDate(e.start);
    parts.push(W.phaseNotBegun(phase, lang), needs);
  } else {
    parts.push(e.status === 'at-risk' ? W.littleTime(lang) : W.oneFigure(lang), needs);
  }
  if (e.stale) parts.push(W.staleFigure(periodText(report.period, lang), lang));
  return sentence(parts.join('; '));
}

/** "Chậm 4,0 điểm %" / "Vượt lộ trình 1,5 điểm %": the distance to the path in the target's own unit. */
function pathNote(e: TargetEvaluation, actual: number, expected: number, lang: Lang): string {
  // Lower is better for "≤" targets and ranks: behind means above the path there.
  const lowerBetter = e.comparator === '<=' || e.kind === 'rank';
  const behind = lowerBetter ? actual - expected : expected - actual;
  const size = Math.abs(behind);
  if (size < 0.05) return W.onPath(lang);
  const gap = `${oneDecimal(size, lang)} ${gapUnit(e, lang)}`.trim();
  let text = behind > 0 ? W.behind(gap, lang) : W.ahead(gap, lang);
  if (behind > 0 && e.status === 'on-track') text += ` (${W.withinTolerance(lang)})`;
  if (e.method === 'trend') text += ` (${W.projected(lang)})`;
  return text;
}

function gapUnit(e: TargetEvaluation, lang: Lang): string {
  if (e.kind === 'percentage') return W.points(lang);
  if (e.kind === 'level') return W.levels(lang);
  if (e.kind === 'rank') return W.ranks(lang);
  return e.unit;
}

/** "4,0": a gap always with one decimal, as officers write differences of percentages. */
function oneDecimal(n: number, lang: Lang): string {
  return formatNumber(n, lang, 1, 1);
}

function shown(e: TargetEvaluation, lang: Lang): string {
  const a = e.actual;
  if (!a) return '—';
  if (a.value === null) return a.assessment ? ASSESSMENT_LABELS[a.assessment][lang] : '—';
  return valueText(e, a.value, lang);
}

/** The latest period up to the as-of date whose figure had a zero denominator, from the observations used. */
function zeroDenominator(e: TargetEvaluation, report: RunReport) {
  const hits = report.observations.filter(
    (o) =>
      o.indicator === e.indicator &&
      o.denominator === 0 &&
      (o.unit === undefined || e.reportingUnit === undefined || o.unit === e.reportingUnit) &&
      compareIso(o.period.end, report.asOf) <= 0,
  );
  return hits.at(-1)?.period;
}

function sentence(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s;
}
