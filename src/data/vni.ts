/**
 * VNI Windows text (fonts VNI-Times…) read as Latin-1, put back into Unicode — for recognising VNI only:
 * cchc refuses VNI files (iconv-lite has no VNI codec, and a table of our own would be checked by no one
 * else), but it must tell them from Windows-1258 and TCVN3. VNI writes a base letter then a mark byte:
 * "Việt" is "Vieät", "báo" is "baùo"; ơ ư đ ỉ ĩ ị ỵ are single bytes (ô ö ñ æ ó ò î).
 */

import {
  VNI_BREVE as BREVE,
  VNI_CIRCUMFLEX as CIRCUMFLEX,
  VNI_SINGLE as SINGLE,
  VNI_TONE as TONE,
  VNI_MARKABLE_SINGLE,
  VNI_VOWEL as VOWEL,
} from '../words/input/vni-bytes.js';

/** VNI bytes (as Latin-1 text) → Unicode (NFC). Mark bytes that follow no letter they can mark stay as they are. */
export function vniToUnicode(latin1: string): string {
  let out = '';
  let base = ''; // the lower-case base letter the next mark byte would attach to, '' if none
  let marked = false;
  for (const c of latin1) {
    const lc = c.toLowerCase();
    const upper = c !== lc;
    let mark: string | undefined;
    if (base && !marked) {
      if (TONE[lc] && VOWEL.test(base)) mark = TONE[lc];
      else if (CIRCUMFLEX[lc] && /[aeo]/.test(base)) mark = CIRCUMFLEX[lc];
      else if (BREVE[lc] && base === 'a') mark = BREVE[lc];
    }
    if (mark) {
      out += mark;
      marked = true;
      continue;
    }
    const single = SINGLE[lc];
    const letter = single ? (upper ? single.toUpperCase() : single) : c;
    out += letter;
    base = /\p{L}/u.test(letter) ? letter.toLowerCase().normalize('NFD')[0]! : '';
    if (single && VNI_MARKABLE_SINGLE.has(single)) base = single;
    marked = /[\u0300\u0301\u0303\u0309\u0323]/.test(letter.normalize('NFD'));
  }
  return out.normalize('NFC');
}
