import type { Msg } from '../model/diagnostic.js';
import type { TargetEvaluation, TaskEvaluation } from '../model/report.js';
import { STATUS_LABELS, TASK_STATUS_LABELS } from './labels.js';

/** The sentences of CI annotations (check --format github|sarif|gitlab), in both languages. */
export const CI_WORDS = {
  target(t: TargetEvaluation): Msg {
    const unit = t.reportingUnit;
    return {
      vi: `Chỉ tiêu ${t.id}${unit ? ` (${unit})` : ''}: ${STATUS_LABELS[t.status].vi}. ${sentence(t.title)} ${t.reason.vi}`,
      en: `Target ${t.id}${unit ? ` (${unit})` : ''}: ${STATUS_LABELS[t.status].en}. ${sentence(t.title)} ${t.reason.en}`,
    };
  },
  task(t: TaskEvaluation): Msg {
    const unit = t.reportingUnit;
    return {
      vi: `Nhiệm vụ ${t.id}${unit ? ` (${unit})` : ''}: ${TASK_STATUS_LABELS[t.status].vi}. ${sentence(t.content)} ${t.reason.vi}`,
      en: `Task ${t.id}${unit ? ` (${unit})` : ''}: ${TASK_STATUS_LABELS[t.status].en}. ${sentence(t.content)} ${t.reason.en}`,
    };
  },
  /** Where in a workbook, for a data problem GitHub cannot place at a line. */
  cell(sheet: string | undefined, row: number | undefined, col: string | undefined): Msg {
    const at = `${sheet ? `${sheet}!` : ''}${col ?? ''}${row ?? ''}`;
    return { vi: at ? `[${at}] ` : '', en: at ? `[${at}] ` : '' };
  },
  noFile: { vi: '(không gắn với tệp nào)', en: '(not tied to a file)' },
};

/** Text as a sentence: one full stop at the end, whether the plan wrote one or not. */
const sentence = (s: string) => `${s.trim().replace(/[.。]+$/, '')}.`;
