import type { Lang } from '../model/diagnostic.js';
import type { TaskEvaluation } from '../model/report.js';
import { formatDate } from '../util/date.js';
import { ASSESSMENT_LABELS } from '../words/labels.js';
import { DIGEST_WORDS as W } from '../words/note-words.js';
import { displayWidth } from './text-layout.js';
import { periodText } from './view-cells.js';

/** "Báo cáo Quý III/2026: chưa thực hiện (nhiệm vụ báo cáo mỗi kỳ)": a task's state in a person's words. */
export function taskNote(t: TaskEvaluation, lang: Lang): string {
  const due = t.due !== undefined ? W.due(formatDate(t.due), lang) : '';
  if (!t.latest) return [W.noReport(lang), due].filter(Boolean).join('; ');
  const when = periodText(t.latest.period, lang);
  const said = W.reported(when, ASSESSMENT_LABELS[t.latest.status][lang], lang);
  const extra = t.due === undefined ? ` (${W.recurring(lang)})` : `; ${due}`;
  return said + extra;
}

/**
 * A task's short title: the plan's content up to the first clause break, at most `max` columns, cut at a
 * word with "…" ("Tiếp tục kiểm soát chặt chẽ việc ban hành…"). Plans carry no separate short title.
 */
export function taskShortTitle(t: TaskEvaluation, max: number): string {
  const text = t.content.replace(/\s+/g, ' ').trim();
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const word of text.split(' ')) {
    const next = out ? `${out} ${word}` : word;
    if (displayWidth(next) + 1 > max) break;
    out = next;
  }
  return `${(out || [...text].slice(0, max - 1).join('')).replace(/[,;:.]$/, '')}…`;
}
