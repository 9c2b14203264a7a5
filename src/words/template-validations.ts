import type { Lang } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';
import { KIND_LABELS } from './labels.js';

/**
 * The choices a template's drop-down lists offer. They are what the data reader understands, so they stay
 * Vietnamese in an English template too (the English prompts gloss them).
 */
export const TASK_STATUS_WORDS = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] as const;
export const QUALITATIVE_WORDS = ['Đạt', 'Không đạt'] as const;

/** What an Excel data validation says: the title over its prompt and its error, the prompt, the error. */
export interface CheckWords {
  title: string;
  prompt: string;
  error: string;
}

/** The titles and error of a drop-down list (`words` are its choices); its prompt is in LIST_PROMPTS. */
export function listCheckWords(
  words: readonly string[],
  lang: Lang,
): { title: string; errorTitle: string; error: string } {
  return lang === 'vi'
    ? {
        title: 'Chọn trong danh sách',
        errorTitle: 'Giá trị không hợp lệ',
        error: `Chỉ chọn: ${words.join(', ')}.`,
      }
    : {
        title: 'Pick from the list',
        errorTitle: 'Invalid value',
        error: `Choose one of: ${words.join(', ')}.`,
      };
}

type Range = 'percentage' | 'level' | 'rank' | 'count';

/** Prompt and error of the "Giá trị" cell of a numeric kind; the title is the kind's name. */
const RANGE: Record<Range, Record<Lang, Omit<CheckWords, 'title'>>> = {
  percentage: {
    vi: {
      prompt: 'Nhập số phần trăm từ 0 đến 100: nhập 95,5 cho 95,5% (không nhập 0,955).',
      error: 'Tỷ lệ phải từ 0 đến 100, ví dụ 95,5.',
    },
    en: {
      prompt: 'Enter the percentage from 0 to 100: 95.5 for 95.5% (not 0.955).',
      error: 'A percentage is between 0 and 100, e.g. 95.5.',
    },
  },
  level: {
    vi: { prompt: 'Nhập cấp độ là số nguyên từ 1 đến 5.', error: 'Cấp độ là số nguyên từ 1 đến 5.' },
    en: {
      prompt: 'Enter the level, a whole number from 1 to 5.',
      error: 'The level is a whole number from 1 to 5.',
    },
  },
  rank: {
    vi: { prompt: 'Nhập thứ hạng (số nguyên, 1 là cao nhất).', error: 'Thứ hạng là số nguyên từ 1 trở lên.' },
    en: {
      prompt: 'Enter the rank (a whole number, 1 is best).',
      error: 'The rank is a whole number from 1 up.',
    },
  },
  count: {
    vi: { prompt: 'Nhập số lượng (không âm).', error: 'Số lượng không được âm.' },
    en: { prompt: 'Enter the count (not negative).', error: 'A count cannot be negative.' },
  },
};

export function rangeCheckWords(kind: Range, lang: Lang): CheckWords {
  return { title: KIND_LABELS[kind][lang], ...RANGE[kind][lang] };
}

export function scoreCheckWords(max: number, lang: Lang): CheckWords {
  return lang === 'vi'
    ? {
        title: KIND_LABELS.score.vi,
        prompt: `Nhập số điểm từ 0 đến ${max}.`,
        error: `Điểm phải từ 0 đến ${max}.`,
      }
    : {
        title: KIND_LABELS.score.en,
        prompt: `Enter the score, from 0 to ${max}.`,
        error: `A score is between 0 and ${max}.`,
      };
}

/** Numerator and denominator: counts of dossiers or procedures. */
export const COUNT_CHECK_WORDS: Record<Lang, CheckWords> = {
  vi: {
    title: 'Tử số, mẫu số',
    prompt: 'Số hồ sơ hoặc thủ tục (số nguyên). Mẫu số bằng 0 nghĩa là không có số liệu, không phải 0%.',
    error: 'Nhập số nguyên không âm.',
  },
  en: {
    title: 'Numerator, denominator',
    prompt: 'Number of dossiers or procedures (whole). A zero denominator means no data, not 0%.',
    error: 'Enter a whole number, zero or more.',
  },
};

/** The prompt of each drop-down list. */
export const LIST_PROMPTS: Record<
  Extract<IndicatorKind, 'milestone' | 'qualitative'> | 'task',
  Record<Lang, string>
> = {
  milestone: { vi: 'Tình trạng thực hiện mốc.', en: 'State of the milestone.' },
  qualitative: {
    vi: 'Đánh giá Đạt hoặc Không đạt.',
    en: 'Assessed Đạt (achieved) or Không đạt (not achieved).',
  },
  task: { vi: 'Tình trạng thực hiện nhiệm vụ trong kỳ.', en: 'State of the task in this period.' },
};
