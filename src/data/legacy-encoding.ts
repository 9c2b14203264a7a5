/**
 * Detecting Vietnamese text in the pre-Unicode encodings TCVN3 (ABC, fonts .VnTime…) and VNI (VNI-Times…).
 * Such text reaches us either as bytes that are not UTF-8 (decoded here as Windows-1252) or as Unicode
 * cells that show the legacy bytes as Latin-1 characters (an XLSX typed in a .VnTime font).
 *
 * TCVN3 puts each Vietnamese letter in one byte, many of them in 0xA1–0xBE: "Việt Nam" is "ViÖt Nam",
 * "Giá trị" is "Gi¸ trÞ", "đơn vị" is "®¬n vÞ". Those characters (¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾) do not
 * occur inside words of real Vietnamese text.
 * VNI writes the base letter then a mark byte: "Việt Nam" is "Vieät Nam", "Hà Nội" is "Haø Noäi",
 * "đ" is "ñ". The mark characters äåæëïñöøûü are not Vietnamese letters at all.
 * Real Vietnamese text, in turn, almost always has letters beyond Latin-1 (ă, đ, ơ, ư, ạ, ế…), which
 * legacy text never has. Text is called legacy when legacy signs (at least 3) outnumber those letters;
 * TCVN3 when its 0xA1–0xBE letters are at least as many as VNI's marks after a/e, else VNI.
 */

export type LegacyEncoding = 'TCVN3' | 'VNI';

// TCVN3 letters in 0xA1–0xBE next to a letter: "Gi¸", "tiªu", "Hµ".
const TCVN3_SIGN = /[A-Za-z][¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾]|[¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾][A-Za-z]/g;
// VNI marks after a or e, which real Vietnamese never follows with an accented vowel: "Giaù", "tieâu".
const VNI_SIGN = /[aeAE][ùøûõïâáàåãäêéèúüëôöÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜËÔÖ]/g;
// Latin-1 letters that are not Vietnamese letters, used by both encodings ("ViÖt", "Kyø").
const FOREIGN = /[ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ]/g;
const VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;

function count(re: RegExp, s: string): number {
  return s.match(re)?.length ?? 0;
}

/** The legacy encoding the text seems to be in, or null for ordinary (Unicode) text. */
export function legacyEncodingOf(text: string): LegacyEncoding | null {
  const tcvn = count(TCVN3_SIGN, text);
  const vni = count(VNI_SIGN, text);
  const signs = tcvn + vni + count(FOREIGN, text);
  if (signs < 3 || signs <= count(VIETNAMESE, text)) return null;
  return tcvn >= vni ? 'TCVN3' : 'VNI';
}
