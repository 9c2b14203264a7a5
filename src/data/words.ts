/** Word-valued cells: assessments, task statuses, levels, ranks, and rows to skip. */
import type { Assessment, TaskProgress } from '../model/observation.js';
import { foldWords } from '../util/text.js';

const ASSESSMENT_WORDS: Record<string, Assessment> = {
  dat: 'achieved',
  co: 'achieved',
  'da dat': 'achieved',
  achieved: 'achieved',
  yes: 'achieved',
  'khong dat': 'not-achieved',
  'chua dat': 'not-achieved',
  khong: 'not-achieved',
  'not achieved': 'not-achieved',
  no: 'not-achieved',
  'hoan thanh': 'done',
  'da hoan thanh': 'done',
  done: 'done',
  completed: 'done',
  'dang thuc hien': 'in-progress',
  'dang trien khai': 'in-progress',
  'in progress': 'in-progress',
  'chua thuc hien': 'not-started',
  'chua trien khai': 'not-started',
  'not started': 'not-started',
};

/** The words accepted for milestone and qualitative indicators, as shown in messages. */
export const ASSESSMENT_EXAMPLES = 'Đạt, Không đạt, Hoàn thành, Đang thực hiện, Chưa thực hiện, Có, Không';

export function parseAssessment(text: string): Assessment | null {
  return ASSESSMENT_WORDS[foldWords(text)] ?? null;
}

type TaskStatus = TaskProgress['status'];
const TASK_STATUSES: ReadonlySet<string> = new Set<TaskStatus>(['done', 'in-progress', 'not-started']);
/** Task statuses are the progress words of the assessment vocabulary (not Đạt/Không đạt), so one list serves both. */
const STATUS_WORDS = Object.fromEntries(
  Object.entries(ASSESSMENT_WORDS).filter(([, a]) => TASK_STATUSES.has(a)),
) as Record<string, TaskStatus>;

export const STATUS_EXAMPLES = 'Hoàn thành, Đang thực hiện, Chưa thực hiện';

export function parseTaskStatus(text: string): TaskStatus | null {
  return STATUS_WORDS[foldWords(text)] ?? null;
}

const NO_DATA = new Set([
  'chua co so lieu',
  'khong co so lieu',
  'khong phat sinh',
  'chua phat sinh',
  'n a',
  'na',
  'no data',
  'x',
]);
// A lone dash or dots: what statistical tables print where there is no figure ("-", "—", "…").
const NO_DATA_MARKS = new Set(['-', '\u2013', '\u2014', '\u2212', '--', '...', '\u2026']);

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
  return NO_DATA.has(foldWords(t));
}

/** "Không phát sinh": no case occurred in the period (no dossier to count), as opposed to a figure not yet known. */
export function isNothingOccurred(text: string): boolean {
  const f = foldWords(text);
  return f === 'khong phat sinh' || f === 'chua phat sinh';
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const LEVEL = /^(?:cap do|cap|muc do|muc|level)?\s*(\d+|i|ii|iii|iv|v)$/;

/** "Cấp độ 3", "cấp 3", "Mức 3", "Level 3", "3", "Cấp độ III" → 3. */
export function parseLevel(text: string): number | null {
  const m = LEVEL.exec(foldWords(text));
  if (!m) return null;
  const n = ROMAN[m[1]!] ?? Number(m[1]);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

const RANK = /^(?:xep hang|hang|thu hang|thu|rank|no)?\s*(\d+)(?:\s+(?:tren\s+)?\d+)?$/;

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
const TOTAL =
  /^(?:tong cong|tong so|tong|cong|total|grand total|subtotal|sum)(?: (?:muc|phan|nhom|khoi|toan|cac|ca)\b.*| [ivx0-9 ]+| [a-z])?$/;

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
