/**
 * Matching names as people write them: the same commune as "Xã Phú Trung", "UBND xã Phú Trung",
 * "xa phu trung" or "PHÚ TRUNG". Keys are built after NFC, lower case, diacritics removed (Đ/đ mapped by
 * hand: NFD does not decompose them) and every run of punctuation or space made one space.
 */
import { editDistance, foldWords } from './text.js';

/** Words that name the people's committee rather than the place: "UBND xã X" reports for "xã X". */
const COMMITTEE = /^(?:ubnd|uy ban nhan dan|u b n d)\s+/;
/** Kinds of unit written before the place name; optional when the bare name is unique. */
const KIND = /^(?:xa|phuong|thi tran|dac khu)\s+/;

/** The full key: folded words, the committee prefix dropped ("UBND xã Phú Trung" → "xa phu trung"). */
export function nameKey(s: string): string {
  return foldWords(s).replace(COMMITTEE, '');
}

/** The bare key: also without the kind of unit ("xa phu trung" → "phu trung"). */
export function bareKey(s: string): string {
  return nameKey(s).replace(KIND, '');
}

export interface NamedEntry<T> {
  value: T;
  /** The names it is written under (name first, then aliases). */
  names: readonly string[];
}

export type NameMatch<T> =
  | { kind: 'one'; value: T }
  /** Several entries fit equally well: never pick one. */
  | { kind: 'several'; values: T[] }
  /** Nothing fits; `near` are the closest names as written, nearest first. */
  | { kind: 'none'; near: string[] };

/**
 * Finds the entry a written name stands for: the full key first, then the bare key, which must point at
 * one entry only ("Phú Trung" is refused when both "Xã Phú Trung" and "Phường Phú Trung" exist).
 */
export class NameMatcher<T> {
  private readonly full = new Map<string, T[]>();
  private readonly bare = new Map<string, T[]>();
  /** Keys of every name, with the name its entry is shown under (its first). */
  private readonly shown: { key: string; bare: string; name: string }[] = [];

  constructor(entries: Iterable<NamedEntry<T>>) {
    for (const e of entries) {
      for (const name of e.names) {
        add(this.full, nameKey(name), e.value);
        add(this.bare, bareKey(name), e.value);
        this.shown.push({ key: nameKey(name), bare: bareKey(name), name: e.names[0]! });
      }
    }
  }

  match(text: string): NameMatch<T> {
    const full = this.full.get(nameKey(text));
    if (full) return full.length === 1 ? { kind: 'one', value: full[0]! } : { kind: 'several', values: full };
    const bare = this.bare.get(bareKey(text));
    if (bare) return bare.length === 1 ? { kind: 'one', value: bare[0]! } : { kind: 'several', values: bare };
    return { kind: 'none', near: this.nearest(text) };
  }

  /** Up to `max` entries closest to `text` (by their first name; compared on keys), within a distance that scales with length. */
  nearest(text: string, max = 3): string[] {
    const key = nameKey(text);
    const bare = bareKey(text);
    const limit = Math.max(2, Math.floor(key.length / 3));
    // A name written with its kind ("Xã …") is nearer to the same kind: matching it on the bare name costs one
    // more, so "Xã Giả lập 7" suggests "Xã Giả lập 07" before "Phường Giả lập 07".
    const kindCost = key === bare ? 0 : 1;
    const best = new Map<string, number>();
    for (const s of this.shown) {
      const d = Math.min(editDistance(key, s.key), editDistance(bare, s.bare) + kindCost);
      if (d <= limit && (best.get(s.name) ?? Infinity) > d) best.set(s.name, d);
    }
    return [...best]
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, max)
      .map(([name]) => name);
  }
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
