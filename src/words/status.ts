import type { Lang } from '../model/diagnostic.js';
import type { Status, TaskStatus } from '../model/report.js';
import { STATUS_LABELS, TASK_STATUS_LABELS } from './labels.js';

export { ASSESSMENT_LABELS, KIND_LABELS, STATUS_LABELS, TASK_STATUS_LABELS } from './labels.js';

/** Status word in running text: "có nguy cơ không đạt" / "at risk". */
export function statusWord(s: Status, lang: Lang): string {
  return lowerFirst(STATUS_LABELS[s][lang]);
}

export function taskStatusWord(s: TaskStatus, lang: Lang): string {
  return lowerFirst(TASK_STATUS_LABELS[s][lang]);
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
