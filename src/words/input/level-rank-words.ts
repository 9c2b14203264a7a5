/**
 * The words before a level ("Cấp độ 3", "Mức 3", "Level 3") and a rank ("Hạng 5", "Xếp hạng 12/95", "thứ 5"),
 * folded (src/util/text.ts foldWords), as src/data/words.ts reads them. Longer spellings first.
 */
export const LEVEL_WORDS = ['cap do', 'cap', 'muc do', 'muc', 'level'] as const;
/** Roman numerals a level may be written in ("Cấp độ III"). */
export const ROMAN_LEVELS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
export const RANK_WORDS = ['xep hang', 'hang', 'thu hang', 'thu', 'rank', 'no'] as const;
/** "12 trên 95": the word between a rank and the number ranked. */
export const RANK_OUT_OF = 'tren';
