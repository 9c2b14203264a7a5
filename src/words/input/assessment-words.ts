import type { Assessment } from '../../model/observation.js';

/**
 * The words a return writes for a milestone or qualitative indicator and for a task's progress, folded
 * (src/util/text.ts foldWords: no marks, lower case, single spaces) → what they mean. Read by
 * src/data/words.ts; task statuses are the progress words of this one list (not Đạt/Không đạt).
 */
export const ASSESSMENT_WORDS: Readonly<Record<string, Assessment>> = {
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

/** The words accepted for a task's progress, as shown in messages. */
export const STATUS_EXAMPLES = 'Hoàn thành, Đang thực hiện, Chưa thực hiện';

/** "Có"/"Không" (folded): too common in a Ghi chú to be taken for an assessment typed there. */
export const PLAIN_NOTE_WORDS: ReadonlySet<string> = new Set(['co', 'khong', 'yes', 'no']);
