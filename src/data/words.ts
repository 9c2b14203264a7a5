/** Word-valued cells: assessments, task statuses, levels, ranks, and rows to skip. */
import type { Assessment, TaskProgress } from '../model/observation.js';
import { foldWords } from '../util/text.js';
import { ASSESSMENT_WORDS } from '../words/input/assessment-words.js';
import { LEVEL_WORDS, RANK_OUT_OF, RANK_WORDS, ROMAN_LEVELS } from '../words/input/level-rank-words.js';
import { NO_DATA_MARKS, NO_DATA_WORDS, NOTHING_OCCURRED_WORDS } from '../words/input/no-data-words.js';
import { TOTAL_QUALIFIERS, TOTAL_WORDS } from '../words/input/total-row-words.js';

// Shown in messages by the value and task readers.
export { ASSESSMENT_EXAMPLES, STATUS_EXAMPLES } from '../words/input/assessment-words.js';

export function parseAssessment(text: string): Assessment | null {
  return ASSESSMENT_WORDS[foldWords(text)] ?? null;
}

type TaskStatus = TaskProgress['status'];
const TASK_STATUSES: ReadonlySet<string> = new Set<TaskStatus>(['done', 'in-progress', 'not-started']);
/** Task statuses are the progress words of the assessment vocabulary (not Đạt/Không đạt), so one list serves both. */
const STATUS_WORDS = Object.fromEntries(
  Object.entries(ASSESSMENT_WORDS).filter(([, a]) => TASK_STATUSES.has(a)),
) as Record<string, TaskStatus>;

export function parseTaskStatus(text: string): TaskStatus | null {
  return STATUS_WORDS[foldWords(text)] ?? null;
}

/**
 * "Chưa có số liệu", "Không phát sinh", "N/A", "x", "-": the unit reported that it has no figure (or that no
 * case occurred) — no data, never zero.
 */
export function isNoDataWord(text: string): boolean {
  // Figures start with a digit or a sign: skip folding them, this runs on every value cell.
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  const t = text.trim();
  if (NO_DATA_MARKS.has(t)) return true;
  if (c === 43 || c === 45) return false;
  return NO_DATA_WORDS.has(foldWords(t));
}

/** "Không phát sinh": no case occurred in the period (no dossier to count), as opposed to a figure not yet known. */
export function isNothingOccurred(text: string): boolean {
  return NOTHING_OCCURRED_WORDS.has(foldWords(text));
}

const LEVEL = new RegExp(`^(?:${LEVEL_WORDS.join('|')})?\\s*(\\d+|${Object.keys(ROMAN_LEVELS).join('|')})$`);

/** "Cấp độ 3", "cấp 3", "Mức 3", "Level 3", "3", "Cấp độ III" → 3. */
export function parseLevel(text: string): number | null {
  const m = LEVEL.exec(foldWords(text));
  if (!m) return null;
  const n = ROMAN_LEVELS[m[1]!] ?? Number(m[1]);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

const RANK = new RegExp(`^(?:${RANK_WORDS.join('|')})?\\s*(\\d+)(?:\\s+(?:${RANK_OUT_OF}\\s+)?\\d+)?$`);

/** "Hạng 5", "Xếp hạng 12/95", "thứ 5", "5/95", "5" → the position (5, 12). */
export function parseRank(text: string): number | null {
  const m = RANK.exec(foldWords(text));
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 ? n : null;
}

const SECTION = /^(?:[ivxlc]+|[a-z]|\d+)[.)]\s+\S/;
/**
 * A total row's label: "Tổng cộng", "Tổng số", "Tổng", "Cộng", "Total", optionally "… toàn xã", "Cộng mục I",
 * "Tổng cộng (I+II)", "Tổng số:". Not "Tổng số hồ sơ tiếp nhận" (an indicator's name), which used to fold
 * into the same pattern and so vanish as a "total".
 */
const TOTAL = new RegExp(
  `^(?:${TOTAL_WORDS.join('|')})(?: (?:${TOTAL_QUALIFIERS.join('|')})\\b.*| [ivx0-9 ]+| [a-z])?$`,
);

/** A total row's label ("Tổng cộng", "Tổng số", "Cộng mục I"). */
export function isTotal(text: string): boolean {
  return TOTAL.test(foldWords(text));
}

/** A section heading ("I. Cải cách thủ tục hành chính") or a total row ("Tổng cộng"): not data. */
export function isSectionOrTotal(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  return (
    TOTAL.test(foldWords(t)) ||
    SECTION.test(
      t
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
    )
  );
}
