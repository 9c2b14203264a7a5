/**
 * The labels of a total row, folded (src/util/text.ts foldWords): "Tổng cộng", "Tổng số", "Tổng", "Cộng",
 * "Total", optionally followed by what is totalled ("… toàn xã", "Cộng mục I", "Tổng cộng (I+II)"). Read by
 * src/data/words.ts; "Tổng số hồ sơ tiếp nhận" (an indicator's name) is no total.
 */
export const TOTAL_WORDS = [
  'tong cong',
  'tong so',
  'tong',
  'cong',
  'total',
  'grand total',
  'subtotal',
  'sum',
] as const;
/** Words that may follow a total's label ("mục", "phần", "toàn", "các", "cả"), with anything after them. */
export const TOTAL_QUALIFIERS = ['muc', 'phan', 'nhom', 'khoi', 'toan', 'cac', 'ca'] as const;
