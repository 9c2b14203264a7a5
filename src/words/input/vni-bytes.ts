/**
 * The VNI Windows byte table (fonts VNI-Times…), the bytes as Latin-1 letters: a base letter then a mark byte
 * ("Việt" is "Vieät", "báo" is "baùo"); ơ ư đ ỉ ĩ ị ỵ are single bytes (ô ö ñ æ ó ò î). Read by src/data/vni.ts
 * to recognise VNI files only (cchc refuses them): spellings read from input, never shown.
 */

/** Tone-mark bytes → the combining tone. */
export const VNI_TONE: Readonly<Record<string, string>> = {
  ù: '\u0301',
  ø: '\u0300',
  û: '\u0309',
  õ: '\u0303',
  ï: '\u0323',
};
/** Circumflex bytes (with or without a tone) on a, e, o. */
export const VNI_CIRCUMFLEX: Readonly<Record<string, string>> = {
  â: '\u0302',
  á: '\u0302\u0301',
  à: '\u0302\u0300',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
};
/** Breve bytes (with or without a tone) on a. */
export const VNI_BREVE: Readonly<Record<string, string>> = {
  ê: '\u0306',
  é: '\u0306\u0301',
  è: '\u0306\u0300',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323',
};
/** Letters VNI writes as one byte. */
export const VNI_SINGLE: Readonly<Record<string, string>> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};
/** The single-byte letters a following mark byte attaches to as they are (ơ, ư take a tone byte). */
export const VNI_MARKABLE_SINGLE: ReadonlySet<string> = new Set(['ơ', 'ư']);
/** Base letters a tone byte may follow. */
export const VNI_VOWEL = /[aeiouyơư]/;
