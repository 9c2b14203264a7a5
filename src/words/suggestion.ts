import type { Msg } from '../model/diagnostic.js';

/**
 * " Có phải ý bạn là "x"?" after a message whose unknown word is close to a known one; empty when nothing is
 * close enough (the caller gives the nearest words, closest first). Several read "x" hay "y" / "x" or "y".
 */
export function didYouMeanText(near: readonly string[]): Msg {
  if (!near.length) return { vi: '', en: '' };
  const quoted = near.map((n) => `"${n}"`);
  return { vi: ` Có phải ý bạn là ${quoted.join(' hay ')}?`, en: ` Did you mean ${quoted.join(' or ')}?` };
}

/**
 * Comparators typed in the other order ("=>" for ">="): the nearest by edit distance is "=", which would
 * change the target's meaning, so the reversed pair is suggested instead. Also "đạt", which is not accepted
 * because it reads two ways: both readings are suggested.
 */
export const LIKELY_COMPARATORS: Record<string, string[]> = {
  '=>': ['>='],
  '=<': ['<='],
  '==': ['='],
  '>>': ['>'],
  '<<': ['<'],
  '≧': ['>='],
  '≦': ['<='],
  đạt: ['tối thiểu', 'đạt đúng'],
  'ít nhất': ['tối thiểu'],
  'tối đa': ['không quá'],
};
