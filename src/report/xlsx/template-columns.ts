import type { Lang } from '../../model/diagnostic.js';
import type { Column } from './sheet-kit.js';

/**
 * Template columns. Headers the data reader matches (after folding) are the contract names exactly:
 * vi "Mã chỉ tiêu", "Kỳ báo cáo", "Đơn vị", "Giá trị", "Tử số", "Mẫu số", "Nguồn/minh chứng", "Ghi chú",
 * "Mã nhiệm vụ", "Tình trạng"; en their English aliases. "Tên chỉ tiêu" / "Indicator name" is read too and
 * checked against the code (it holds the plan's name, so it always fits); other descriptive columns ("Đơn vị
 * tính", …) fold to keys the reader does not know, so it ignores them.
 */
export type IndicatorField =
  | 'stt'
  | 'code'
  | 'name'
  | 'owner'
  | 'measure'
  | 'target'
  | 'deadline'
  | 'period'
  | 'unit'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'source'
  | 'note';

export type TaskField =
  | 'stt'
  | 'task'
  | 'content'
  | 'owner'
  | 'deadline'
  | 'period'
  | 'unit'
  | 'status'
  | 'note';

export interface TemplateColumn<F> extends Column {
  field: F;
  /** Users type here: unlocked, pale yellow. */
  input?: boolean;
}

const H: Record<IndicatorField | TaskField, Record<Lang, string>> = {
  stt: { vi: 'STT', en: 'No.' },
  code: { vi: 'Mã chỉ tiêu', en: 'indicator' },
  name: { vi: 'Tên chỉ tiêu', en: 'Indicator name' },
  measure: { vi: 'Đơn vị tính', en: 'Unit of measure' },
  target: { vi: 'Chỉ tiêu kế hoạch', en: 'Planned target' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  period: { vi: 'Kỳ báo cáo', en: 'period' },
  unit: { vi: 'Đơn vị', en: 'unit' },
  value: { vi: 'Giá trị', en: 'value' },
  numerator: { vi: 'Tử số', en: 'numerator' },
  denominator: { vi: 'Mẫu số', en: 'denominator' },
  source: { vi: 'Nguồn/minh chứng', en: 'source' },
  note: { vi: 'Ghi chú', en: 'note' },
  task: { vi: 'Mã nhiệm vụ', en: 'task' },
  content: { vi: 'Nội dung nhiệm vụ', en: 'Task description' },
  owner: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  status: { vi: 'Tình trạng', en: 'status' },
};

const col = <F extends IndicatorField | TaskField>(
  field: F,
  width: number,
  lang: Lang,
  input = false,
): TemplateColumn<F> => ({
  field,
  header: H[field][lang],
  width,
  ...(input ? { input } : {}),
});

export function indicatorColumns(lang: Lang, withUnit: boolean): TemplateColumn<IndicatorField>[] {
  return [
    col('stt', 5, lang),
    col('code', 26, lang),
    col('name', 42, lang),
    col('owner', 22, lang),
    col('measure', 9, lang),
    col('target', 14, lang),
    col('deadline', 12, lang),
    col('period', 14, lang),
    ...(withUnit ? [col('unit', 14, lang)] : []),
    col('value', 14, lang, true),
    // "numerator"/"denominator" would break mid-word at the width "Tử số"/"Mẫu số" need.
    col('numerator', lang === 'en' ? 13 : 10, lang, true),
    col('denominator', lang === 'en' ? 13 : 10, lang, true),
    // Narrower than the texts they may hold (they wrap): the sheet is printed one page wide for signing.
    col('source', 24, lang, true),
    col('note', 24, lang, true),
  ];
}

export function taskColumns(lang: Lang, withUnit: boolean): TemplateColumn<TaskField>[] {
  return [
    col('stt', 5, lang),
    col('task', 24, lang),
    col('content', 58, lang),
    col('owner', 24, lang),
    col('deadline', 16, lang),
    col('period', 14, lang),
    ...(withUnit ? [col('unit', 14, lang)] : []),
    col('status', 18, lang, true),
    col('note', 30, lang, true),
  ];
}
