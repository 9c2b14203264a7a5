/**
 * Words read from value cells that show a text is not a value of the indicator (src/data/value-shape.ts):
 * changes, ranges and bounds, points, the units a province counts. Regular-expression alternatives, lower
 * case; the ones matched on folded text (no diacritics, đ → d) are written so.
 */

/** A change, folded: "tăng 3", "giảm thêm 2", "cải thiện được 5"; and "bậc" (places of a rank). */
export const CHANGE_VERBS = 'tang|giam|len|xuong|tut|cai thien';
export const CHANGE_PARTICLES = 'them|duoc';
export const PLACES_WORD = 'bac';

/** A range or a bound, folded: "50 đến 95", "từ 50 tới 95", "trên 90", "không dưới 80". */
export const RANGE_TO = 'den|toi';
export const RANGE_FROM = 'tu';
export const BOUND_WORDS =
  'tren|duoi|hon|gan|it nhat|toi thieu|toi da|khong duoi|khong qua|khong thap hon|khong cao hon';

/** Points, folded ("8,5 điểm"). */
export const POINTS_WORD = 'diem';

/** The units a province counts ("2/13 sở", "5/95 xã"), with their diacritics ("số" is not "sở") and, for the common ones, typed without. */
export const COUNTED_UNIT_WORDS =
  'sở|ban|ngành|xã|phường|thị trấn|huyện|quận|tỉnh|đơn vị|cơ quan|địa phương|phòng|ubnd|xa|phuong|don vi|co quan';

/** "2 trên 13": a fraction written with a word. */
export const OUT_OF_WORD = 'trên';

/** A score as people write it: "8,5 điểm", with or without diacritics; `POINT_WORD_START` tells a word from a bare number. */
export const POINT_WORDS = 'điểm|diem';
export const POINT_WORD_START = 'đi|di';
