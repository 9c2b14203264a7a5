import type { Msg } from '../model/diagnostic.js';

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
