import type { ChalkInstance } from 'chalk';
import type { Lang } from '../model/diagnostic.js';
import type { RunReport, TargetEvaluation } from '../model/report.js';
import { DIGEST_WORDS as W } from '../words/note-words.js';
import { saysAspiration } from '../words/view-phrases.js';
import { markedStatus, markedTaskStatus, statusStyle, taskStatusStyle } from './status-marks.js';
import { targetNote } from './target-note.js';
import { targetNumbers } from './target-numbers.js';
import { taskNote } from './task-note.js';
import { clip, displayWidth, wrap } from './text-layout.js';
import { statusText, taskStatusText, unitName } from './view-cells.js';

/**
 * What needs action, first thing under the header: missed and at-risk targets and overdue tasks, grouped by
 * owning unit (full names, in the plan's order of units), each with its one-line note — the lines an officer
 * copies into the cover report. Always at the start, so the counts at the end stay where they were.
 */
export function renderDigest(report: RunReport, lang: Lang, c: ChalkInstance, width: number): string[] {
  const numbers = targetNumbers(report);
  const targets = report.targets.filter((t) => t.status === 'missed' || t.status === 'at-risk');
  const tasks = report.tasks.filter((t) => t.status === 'overdue');
  if (targets.length === 0 && tasks.length === 0) return wrap(W.nothing(lang), width).map((l) => c.bold(l));
  const counts = [
    ['missed', targets.filter((t) => t.status === 'missed').length],
    ['at-risk', targets.filter((t) => t.status === 'at-risk').length],
    ['overdue', tasks.length],
  ] as const;
  const what = counts.filter(([, n]) => n > 0).map(([k, n]) => W.count(n, k, lang));
  const out = wrap(`${W.title(lang)}: ${what.join(' · ')}`, width).map((l) => c.bold(l));
  const order = Object.keys(report.names.units);
  const owners = [...new Set([...targets.map((t) => t.owner), ...tasks.map((t) => t.owner)])].sort(
    (a, b) => rank(order, a) - rank(order, b),
  );
  for (const owner of owners) {
    out.push('', c.bold(clip(unitName(report, owner), width, 1)[0] as string));
    for (const t of targets.filter((x) => x.owner === owner)) {
      const { label, title } = targetLabel(t, report, numbers, lang);
      out.push(
        ...item(
          markedStatus(statusText(t, lang), t.status),
          statusStyle(t.status, c),
          `${label}${t.reportingUnit ? ` (${t.reportingUnit})` : ''}`,
          title,
          targetNote(t, report, lang),
          width,
          c,
        ),
      );
    }
    for (const t of tasks.filter((x) => x.owner === owner)) {
      out.push(
        ...item(
          markedTaskStatus(taskStatusText(t, lang), t.status),
          taskStatusStyle(t.status, c),
          `${W.task(lang)} ${t.id}`,
          t.content,
          taskNote(t, lang),
          width,
          c,
        ),
      );
    }
  }
  return out;
}

/**
 * A digest line stands alone, away from the table's indentation: a sub-target is "Chỉ tiêu 5.1 (thuộc chỉ
 * tiêu 5): Mức độ hài lòng …" (its own words, without the table's "– " and the plan's "Trong đó"), and an
 * aspiration says so in its label ("Chỉ tiêu phấn đấu 7: …"), not as "[Phấn đấu]" inside the title.
 */
function targetLabel(
  t: TargetEvaluation,
  report: RunReport,
  numbers: Map<TargetEvaluation, string>,
  lang: Lang,
): { label: string; title: string } {
  const n = numbers.get(t) ?? '';
  const aspiration = t.aspirational === true && !saysAspiration(t.title, lang);
  const label = aspiration ? W.aspiration(n, lang) : W.target(n, lang);
  if (t.parent === undefined) return { label, title: t.title };
  const parent = report.targets.find((p) => p.id === t.parent && p.reportingUnit === t.reportingUnit);
  const parentNumber = (parent && numbers.get(parent)) ?? t.parent;
  return { label: W.partOf(label, parentNumber, lang), title: W.ownWords(t.title) };
}

/**
 * "  !! Không đạt · Chỉ tiêu 2: 100% thủ tục hành chính…" (one line, the title clipped), then the note
 * wrapped under it. The status word is laid out whole before the title, so it is never cut.
 */
function item(
  status: string,
  style: (s: string) => string,
  label: string,
  title: string,
  note: string,
  width: number,
  c: ChalkInstance,
): string[] {
  const lead = `  ${status} · ${label}: `;
  const room = width - displayWidth(lead);
  const first =
    room >= 12
      ? [`  ${style(status)} · ${label}: ${clip(title, room, 1)[0]}`]
      : [`  ${style(status)}`, ...clip(`${label}: ${title}`, width - 4, 1).map((l) => `    ${l}`)];
  return [...first, ...wrap(note, width - 4).map((l) => `    ${c.dim(l)}`)];
}

function rank(order: string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
