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

/** Up to `max` candidates closest to `word`, nearest first, within a distance that scales with length. */
export function nearest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return [...candidates]
    .map((c) => ({ c, d: editDistance(word.toLowerCase(), c.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map((x) => x.c);
}
