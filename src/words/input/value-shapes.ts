/**
 * Words read from value cells that show a text is not a rate (src/data/value-shape.ts): the units a province
 * counts ("2/13 sở", "5/95 xã"), matched with their diacritics ("số" is not "sở") and, for the common ones,
 * typed without; and "trên" of "2 trên 13". Regular-expression alternatives, lower case, NFC.
 */
export const COUNTED_UNIT_WORDS =
  'sở|ban|ngành|xã|phường|thị trấn|huyện|quận|tỉnh|đơn vị|cơ quan|địa phương|phòng|ubnd|xa|phuong|don vi|co quan';

/** "2 trên 13": a fraction written with a word. */
export const OUT_OF_WORD = 'trên';

/** A score as people write it: "8,5 điểm", with or without diacritics; `POINT_WORD_START` tells a word from a bare number. */
export const POINT_WORDS = 'điểm|diem';
export const POINT_WORD_START = 'đi|di';
