import type { Msg } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';

/** Schema type names in words people use. */
export const TYPE_WORDS: Record<string, Msg> = {
  string: { vi: 'một đoạn chữ', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách (các dòng bắt đầu bằng "- ")', en: 'a list (lines starting with "- ")' },
  object: { vi: 'một nhóm các mục "khóa: giá trị"', en: 'a mapping of "key: value" entries' },
};

/** What the file actually holds, in words. */
export function typeOf(v: unknown): Msg {
  if (v === null) return { vi: 'để trống', en: 'empty' };
  if (Array.isArray(v)) return TYPE_WORDS.array!;
  if (typeof v === 'number') return Number.isInteger(v) ? TYPE_WORDS.integer! : TYPE_WORDS.number!;
  return TYPE_WORDS[typeof v] ?? { vi: typeof v, en: typeof v };
}

/** The one pattern failure per kind of string (id, full date, partial date), said as a rule to follow. */
export function patternMessage(pattern: string, value: string, where: Msg): Msg {
  if (pattern.startsWith('^[a-z0-9]'))
    return msg(
      `Mã "${value}" tại ${where.vi} không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang (ví dụ "hai-long-tthc").`,
      `The id "${value}" in ${where.en} is not valid: use lower-case ASCII letters, digits and hyphens (e.g. "hai-long-tthc").`,
    );
  if (pattern.includes('(-'))
    return msg(
      `Ngày "${value}" tại ${where.vi} phải viết dạng YYYY-MM-DD (hoặc YYYY-MM, YYYY khi chưa biết ngày).`,
      `The date "${value}" in ${where.en} must be written YYYY-MM-DD (or YYYY-MM, YYYY when the day is not known).`,
    );
  return msg(
    `Ngày "${value}" tại ${where.vi} phải viết dạng YYYY-MM-DD, ví dụ 2027-12-31.`,
    `The date "${value}" in ${where.en} must be written YYYY-MM-DD, e.g. 2027-12-31.`,
  );
}
