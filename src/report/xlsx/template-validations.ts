import type { DataValidation } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import type { IndicatorKind } from '../../model/plan.js';
import {
  type CheckWords,
  COUNT_CHECK_WORDS,
  LIST_PROMPTS,
  listCheckWords,
  QUALITATIVE_WORDS,
  rangeCheckWords,
  scoreCheckWords,
  TASK_STATUS_WORDS,
} from '../../words/template-validations.js';

const list = (words: readonly string[], prompt: string, lang: Lang): DataValidation => {
  const w = listCheckWords(words, lang);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${words.join(',')}"`],
    showInputMessage: true,
    promptTitle: w.title,
    prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: w.errorTitle,
    error: w.error,
  };
};

const range = (
  type: 'whole' | 'decimal',
  formulae: number[],
  operator: 'between' | 'greaterThanOrEqual',
  words: CheckWords,
): DataValidation => ({
  type,
  operator,
  allowBlank: true,
  formulae,
  showInputMessage: true,
  promptTitle: words.title,
  prompt: words.prompt,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: words.title,
  error: words.error,
});

/** Validation of the "Giá trị" cell by indicator kind: where it helps, never where it would guess. */
export function valueValidation(kind: IndicatorKind, lang: Lang, max?: number): DataValidation {
  switch (kind) {
    case 'percentage':
      return range('decimal', [0, 100], 'between', rangeCheckWords(kind, lang));
    case 'level':
      return range('whole', [1, 5], 'between', rangeCheckWords(kind, lang));
    case 'rank':
      return range('whole', [1], 'greaterThanOrEqual', rangeCheckWords(kind, lang));
    case 'score':
      return range('decimal', [0, max ?? 100], 'between', scoreCheckWords(max ?? 100, lang));
    case 'count':
      return range('decimal', [0], 'greaterThanOrEqual', rangeCheckWords(kind, lang));
    case 'milestone':
      return list(TASK_STATUS_WORDS, LIST_PROMPTS.milestone[lang], lang);
    case 'qualitative':
      return list(QUALITATIVE_WORDS, LIST_PROMPTS.qualitative[lang], lang);
  }
}

/** Numerator and denominator are counts of dossiers or procedures: whole numbers, zero allowed. */
export function countValidation(lang: Lang): DataValidation {
  return range('whole', [0], 'greaterThanOrEqual', COUNT_CHECK_WORDS[lang]);
}

export function taskStatusValidation(lang: Lang): DataValidation {
  return list(TASK_STATUS_WORDS, LIST_PROMPTS.task[lang], lang);
}
