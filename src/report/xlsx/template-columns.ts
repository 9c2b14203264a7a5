import type { Lang } from '../../model/diagnostic.js';
import { TEMPLATE_HEADERS } from '../../words/template-form.js';
import type { Column } from './sheet-kit.js';

/**
 * Template columns: field, width, whether users type there. Their headers are the data-file contract's names
 * (src/words/template-form.ts), so `cchc check --data` reads a filled template back unedited.
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

const H: Record<IndicatorField | TaskField, Record<Lang, string>> = TEMPLATE_HEADERS;

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
