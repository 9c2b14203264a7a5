import type { ChalkInstance } from 'chalk';
import type { Lang } from '../model/diagnostic.js';
import type { RunReport, TargetEvaluation, TaskEvaluation } from '../model/report.js';
import { DIGEST_WORDS as W } from '../words/note-words.js';
import { markedStatus, markedTaskStatus, statusStyle, taskStatusStyle } from './status-marks.js';
import { targetNote } from './target-note.js';
import { targetNumbers } from './target-numbers.js';
import { taskNote } from './task-note.js';
import { clip, displayWidth, wrap } from './text-layout.js';
import { statusText, targetTitle, taskStatusText, unitName } from './view-cells.js';

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
      const label = `${W.target(numbers.get(t) ?? '', lang)}${t.reportingUnit ? ` (${t.reportingUnit})` : ''}`;
      out.push(
        ...item(
          markedStatus(statusText(t, lang), t.status),
          statusStyle(t.status, c),
          label,
          titleOf(t, lang),
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

function titleOf(t: TargetEvaluation | TaskEvaluation, lang: Lang): string {
  return 'title' in t ? targetTitle(t, lang) : t.content;
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
