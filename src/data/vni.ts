/**
 * VNI Windows text (fonts VNI-Times…) read as Latin-1, put back into Unicode — for recognising VNI only:
 * cchc refuses VNI files (iconv-lite has no VNI codec, and a table of our own would be checked by no one
 * else), but it must tell them from Windows-1258 and TCVN3. VNI writes a base letter then a mark byte:
 * "Việt" is "Vieät", "báo" is "baùo"; ơ ư đ ỉ ĩ ị ỵ are single bytes (ô ö ñ æ ó ò î).
 */

const TONE: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const CIRCUMFLEX: Record<string, string> = {
  â: '\u0302',
  á: '\u0302\u0301',
  à: '\u0302\u0300',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
};
const BREVE: Record<string, string> = {
  ê: '\u0306',
  é: '\u0306\u0301',
  è: '\u0306\u0300',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323',
};
const SINGLE: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };
const VOWEL = /[aeiouyơư]/;

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
    if (single === 'ơ' || single === 'ư') base = single;
    marked = /[\u0300\u0301\u0303\u0309\u0323]/.test(letter.normalize('NFD'));
  }
  return out.normalize('NFC');
}
