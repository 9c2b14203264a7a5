import type { DataValidation } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { IndicatorKind } from '../../model/plan.js';

/** Word lists the data reader understands; they stay Vietnamese in an English template too. */
export const TASK_STATUS_WORDS = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] as const;
export const QUALITATIVE_WORDS = ['Đạt', 'Không đạt'] as const;

const list = (words: readonly string[], prompt: string, lang: Lang): DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${words.join(',')}"`],
  showInputMessage: true,
  promptTitle: lang === 'vi' ? 'Chọn trong danh sách' : 'Pick from the list',
  prompt,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: lang === 'vi' ? 'Giá trị không hợp lệ' : 'Invalid value',
  error: lang === 'vi' ? `Chỉ chọn: ${words.join(', ')}.` : `Choose one of: ${words.join(', ')}.`,
});

const range = (
  type: 'whole' | 'decimal',
  formulae: number[],
  operator: 'between' | 'greaterThanOrEqual',
  title: string,
  prompt: string,
  error: string,
): DataValidation => ({
  type,
  operator,
  allowBlank: true,
  formulae,
  showInputMessage: true,
  promptTitle: title,
  prompt,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: title,
  error,
});

/** Validation of the "Giá trị" cell by indicator kind: where it helps, never where it would guess. */
export function valueValidation(kind: IndicatorKind, lang: Lang, max?: number): DataValidation {
  const vi = lang === 'vi';
  switch (kind) {
    case 'percentage':
      return range(
        'decimal',
        [0, 100],
        'between',
        vi ? 'Tỷ lệ (%)' : 'Percentage',
        vi
          ? 'Nhập số phần trăm từ 0 đến 100: nhập 95,5 cho 95,5% (không nhập 0,955).'
          : 'Enter the percentage from 0 to 100: 95.5 for 95.5% (not 0.955).',
        vi ? 'Tỷ lệ phải từ 0 đến 100, ví dụ 95,5.' : 'A percentage is between 0 and 100, e.g. 95.5.',
      );
    case 'level':
      return range(
        'whole',
        [1, 5],
        'between',
        vi ? 'Cấp độ' : 'Level',
        vi ? 'Nhập cấp độ là số nguyên từ 1 đến 5.' : 'Enter the level, a whole number from 1 to 5.',
        vi ? 'Cấp độ là số nguyên từ 1 đến 5.' : 'The level is a whole number from 1 to 5.',
      );
    case 'rank':
      return range(
        'whole',
        [1],
        'greaterThanOrEqual',
        vi ? 'Thứ hạng' : 'Rank',
        vi ? 'Nhập thứ hạng (số nguyên, 1 là cao nhất).' : 'Enter the rank (a whole number, 1 is best).',
        vi ? 'Thứ hạng là số nguyên từ 1 trở lên.' : 'The rank is a whole number from 1 up.',
      );
    case 'score':
      return range(
        'decimal',
        [0, max ?? 100],
        'between',
        vi ? 'Điểm' : 'Score',
        vi ? `Nhập số điểm từ 0 đến ${max ?? 100}.` : `Enter the score, from 0 to ${max ?? 100}.`,
        vi ? `Điểm phải từ 0 đến ${max ?? 100}.` : `A score is between 0 and ${max ?? 100}.`,
      );
    case 'count':
      return range(
        'decimal',
        [0],
        'greaterThanOrEqual',
        vi ? 'Số lượng' : 'Count',
        vi ? 'Nhập số lượng (không âm).' : 'Enter the count (not negative).',
        vi ? 'Số lượng không được âm.' : 'A count cannot be negative.',
      );
    case 'milestone':
      return list(TASK_STATUS_WORDS, vi ? 'Tình trạng thực hiện mốc.' : 'State of the milestone.', lang);
    case 'qualitative':
      return list(
        QUALITATIVE_WORDS,
        vi ? 'Đánh giá Đạt hoặc Không đạt.' : 'Assessed Đạt (achieved) or Không đạt (not achieved).',
        lang,
      );
  }
}

/** Numerator and denominator are counts of dossiers or procedures: whole numbers, zero allowed. */
export function countValidation(lang: Lang): DataValidation {
  const vi = lang === 'vi';
  return range(
    'whole',
    [0],
    'greaterThanOrEqual',
    vi ? 'Tử số, mẫu số' : 'Numerator, denominator',
    vi
      ? 'Số hồ sơ hoặc thủ tục (số nguyên). Mẫu số bằng 0 nghĩa là không có số liệu, không phải 0%.'
      : 'Number of dossiers or procedures (whole). A zero denominator means no data, not 0%.',
    vi ? 'Nhập số nguyên không âm.' : 'Enter a whole number, zero or more.',
  );
}

export function taskStatusValidation(lang: Lang): DataValidation {
  return list(
    TASK_STATUS_WORDS,
    lang === 'vi' ? 'Tình trạng thực hiện nhiệm vụ trong kỳ.' : 'State of the task in this period.',
    lang,
  );
}
