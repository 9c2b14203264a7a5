/**
 * What a data cell was expected to hold, as the value findings say it after "cần" / "expected": one phrase per
 * kind of indicator and per special case (a rank of 0, a lone "x", a score over the maximum, half a ratio).
 * `examples` is the list of accepted words, as src/data reads them.
 */
import type { Msg } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';

export function expectedValue(kind: IndicatorKind, examples: string): Msg {
  switch (kind) {
    case 'percentage':
      return {
        vi: 'một tỷ lệ phần trăm từ 0 đến 100, ví dụ "95,5%" hoặc "95,5"',
        en: 'a percentage from 0 to 100, e.g. "95,5%" or "95.5"',
      };
    case 'count':
      return {
        vi: 'một số nguyên không âm, ví dụ "12" hoặc "1.245"',
        en: 'a non-negative whole number, e.g. "12" or "1.245"',
      };
    case 'level':
      return { vi: 'một cấp độ, ví dụ "Cấp độ 3" hoặc "3"', en: 'a level, e.g. "Cấp độ 3" or "3"' };
    case 'rank':
      return { vi: 'một thứ hạng, ví dụ "5" hoặc "Hạng 5/95"', en: 'a rank, e.g. "5" or "Hạng 5/95"' };
    case 'score':
      return { vi: 'một số điểm, ví dụ "85,5"', en: 'a score, e.g. "85.5"' };
    case 'milestone':
    case 'qualitative':
      return { vi: `một trong các từ: ${examples}`, en: `one of the words: ${examples}` };
  }
}

/** A rank of 0 or below. */
export const RANK_FROM_ONE: Msg = {
  vi: 'một thứ hạng từ 1 trở lên (hạng 1 là cao nhất)',
  en: 'a rank of 1 or more (1 is the top)',
};

/** A lone "x" for a milestone: a tick, or the common "no data" mark? */
export const tickOrWord = (examples: string): Msg => ({
  vi: `một trong các từ: ${examples} (dấu "x" có thể là "đã đánh dấu" hoặc "không có số liệu")`,
  en: `one of the words: ${examples} (an "x" could be a tick or "no data")`,
});

/** A score above the indicator's maximum (or below 0). */
export const scoreUpTo = (max: number | undefined): Msg => ({
  vi: `một số điểm từ 0 đến ${max} (điểm tối đa của chỉ số)`,
  en: `a score from 0 to ${max} (the indicator's maximum)`,
});

/** A numerator without its denominator (or the reverse) and no value. */
export const BOTH_COUNTS_OR_VALUE: Msg = {
  vi: 'cả tử số và mẫu số, hoặc một giá trị',
  en: 'both numerator and denominator, or a value',
};
