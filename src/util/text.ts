/** Text helpers for Vietnamese input: compare only after NFC; make ASCII keys with Đ/đ mapped by hand. */

/** NFC-normalise and strip a leading BOM. */
export function nfc(s: string): string {
  const t = s.normalize('NFC');
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
}

/**
 * A matching key: lower case, diacritics removed (Đ/đ → d, which NFD does not decompose),
 * spaces, underscores, hyphens and dots folded away. "Mã chỉ tiêu" and "ma_chi_tieu" both give "machitieu".
 */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_\-./]+/g, '');
}

/** Like foldKey but keeps word boundaries as single spaces: for matching phrases ("quy iii/2026" → "quy iii 2026"). */
export function foldWords(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * How many edits still make a "did you mean": 1 for words of up to 2 letters, else 2 or a third of the length.
 * Two edits on a 2-letter word replace it outright ("id" → "xy"), which is no suggestion; on 4 letters they
 * are still a swapped pair ("vhhx" → "vhxh").
 */
export function suggestionLimit(length: number): number {
  return length <= 2 ? 1 : Math.max(2, Math.floor(length / 3));
}

/** Up to `max` candidates closest to `word`, nearest first, within a distance that scales with length. */
export function nearest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = suggestionLimit(word.length);
  return (
    [...candidates]
      .map((c) => ({ c, d: editDistance(word.toLowerCase(), c.toLowerCase()) }))
      // A candidate must also keep something of the word: fewer edits than the shorter of the two has letters.
      .filter((x) => x.d <= limit && x.d < Math.min(word.length, x.c.length))
      .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
      .slice(0, max)
      .map((x) => x.c)
  );
}
