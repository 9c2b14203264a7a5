/**
 * Indicators by name: which plan indicator a written name stands for (its name or one of its `aliases`,
 * compared on keys), and whether a name written beside a code fits that code. Built on first use only, so
 * rows with codes and no name column pay nothing; results are cached by the raw name text.
 */
import type { Indicator } from '../model/plan.js';
import {
  CONFUSABLE_FAMILIES,
  type FamilyMember,
  GENERIC_NAME_WORDS,
  indicatorNameKey,
} from '../words/indicator-families.js';

/** Members of each confusable family that a name (or an indicator) belongs to; families with none are absent. */
export type Members = ReadonlyMap<string, ReadonlySet<string>>;

/** A family in which the row's name and the coded indicator belong to different members. */
export interface FamilyClash {
  family: string;
  /** What the written name says. */
  written: FamilyMember[];
  /** What the indicator's own names say. */
  own: FamilyMember[];
}

export type NameFit =
  | { kind: 'one'; indicator: Indicator }
  /** Two indicators share the key (a plan `validate` refuses, or a cell that is one's code and another's name). */
  | { kind: 'several'; indicators: Indicator[] }
  /** No name or alias has this key; `near` are the closest indicators by shared words, nearest first. */
  | { kind: 'none'; near: Indicator[] };

/** A name beside a code: fits it, fits another one, clashes with it in a family, or fits none. */
export type NameCheck =
  | { kind: 'ok' }
  | { kind: 'other'; other: Indicator; exact: boolean }
  | { kind: 'family'; clashes: FamilyClash[]; other: Indicator | undefined }
  | { kind: 'none' };

/** A near name needs this much in common (Dice coefficient over words) to be shown as a candidate. */
export const NEAR_SIMILARITY = 0.3;
/** A short name is "within" an indicator's name when all its telling words are there, and it has this many. */
export const WITHIN_MIN_WORDS = 2;

interface Known {
  indicator: Indicator;
  keys: string[];
  words: Set<string>[];
  members: Members;
}

interface Written {
  key: string;
  words: Set<string>;
  /** The words that tell indicators apart (GENERIC_NAME_WORDS left out). */
  telling: string[];
  members: Members;
  fit: NameFit;
}

const CACHE_LIMIT = 65536;

export function membersOf(keys: readonly string[], kind?: Indicator['kind']): Members {
  const out = new Map<string, Set<string>>();
  for (const f of CONFUSABLE_FAMILIES) {
    const set = new Set<string>();
    for (const m of f.members) if (keys.some((k) => m.patterns.some((p) => p.test(k)))) set.add(m.id);
    if (set.size === 0 && kind !== undefined)
      for (const m of f.members) if (m.kinds?.includes(kind)) set.add(m.id);
    if (set.size) out.set(f.id, set);
  }
  return out;
}

/** Families where both sides say something and share no member. */
export function clashesOf(written: Members, own: Members): FamilyClash[] {
  const out: FamilyClash[] = [];
  for (const f of CONFUSABLE_FAMILIES) {
    const w = written.get(f.id);
    const o = own.get(f.id);
    if (!w || !o || [...w].some((m) => o.has(m))) continue;
    out.push({
      family: f.id,
      written: f.members.filter((m) => w.has(m.id)),
      own: f.members.filter((m) => o.has(m.id)),
    });
  }
  return out;
}

function wordsOf(key: string): Set<string> {
  return new Set(key.split(' ').filter(Boolean));
}

/** Every telling word of a written name is in one of the indicator's names ("TTHC toàn trình" in the full name). */
function within(telling: readonly string[], k: Known): boolean {
  return telling.length >= WITHIN_MIN_WORDS && k.words.some((s) => telling.every((w) => s.has(w)));
}

/** Dice coefficient over word sets: 1 for the same words, 0 for none in common. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

export class IndicatorNames {
  private readonly known: Known[];
  private readonly byKey = new Map<string, Indicator[]>();
  private readonly byCode = new Map<string, Known>();
  private readonly written = new Map<string, Written>();
  private readonly checks = new Map<string, NameCheck>();

  constructor(indicators: readonly Indicator[]) {
    this.known = indicators.map((indicator) => {
      const keys = [indicator.name, ...(indicator.aliases ?? [])].map(indicatorNameKey).filter(Boolean);
      const k: Known = {
        indicator,
        keys,
        words: keys.map(wordsOf),
        members: membersOf(keys, indicator.kind),
      };
      this.byCode.set(indicator.code, k);
      for (const key of keys) {
        const list = this.byKey.get(key);
        if (!list) this.byKey.set(key, [indicator]);
        else if (!list.includes(indicator)) list.push(indicator);
      }
      return k;
    });
  }

  /** The indicator a written name stands for: exactly one name or alias with the same key, or none/several. */
  fit(name: string): NameFit {
    return this.info(name).fit;
  }

  /** Whether a name written beside a code fits the coded indicator. */
  check(ind: Indicator, name: string): NameCheck {
    const ck = `${ind.code}\u0000${name}`;
    let c = this.checks.get(ck);
    if (c === undefined) {
      c = this.compute(ind, this.info(name));
      if (this.checks.size < CACHE_LIMIT) this.checks.set(ck, c);
    }
    return c;
  }

  /** Members the written name belongs to, for messages. */
  membersOfName(name: string): Members {
    return this.info(name).members;
  }

  private compute(ind: Indicator, w: Written): NameCheck {
    const own = this.byCode.get(ind.code);
    if (!own) return { kind: 'none' };
    if (own.keys.includes(w.key)) return { kind: 'ok' };
    const exactOther = w.fit.kind === 'one' ? w.fit.indicator : undefined;
    if (exactOther) return { kind: 'other', other: exactOther, exact: true };
    const clashes = clashesOf(w.members, own.members);
    if (clashes.length) return { kind: 'family', clashes, other: this.within(w, own) };
    if (within(w.telling, own)) return { kind: 'ok' };
    const other = this.within(w, own);
    return other ? { kind: 'other', other, exact: false } : { kind: 'none' };
  }

  /** The first other indicator (plan order) whose name holds every telling word, with no family clash. */
  private within(w: Written, own: Known): Indicator | undefined {
    for (const k of this.known)
      if (k !== own && within(w.telling, k) && clashesOf(w.members, k.members).length === 0)
        return k.indicator;
    return undefined;
  }

  private info(name: string): Written {
    let w = this.written.get(name);
    if (w !== undefined) return w;
    const key = indicatorNameKey(name);
    const words = wordsOf(key);
    const telling = [...words].filter((x) => !GENERIC_NAME_WORDS.has(x));
    const members = membersOf([key]);
    const hit = this.byKey.get(key);
    let fit: NameFit;
    if (hit?.length === 1) fit = { kind: 'one', indicator: hit[0]! };
    else if (hit) fit = { kind: 'several', indicators: hit };
    else fit = { kind: 'none', near: this.nearest(words, members) };
    w = { key, words, telling, members, fit };
    if (this.written.size < CACHE_LIMIT) this.written.set(name, w);
    return w;
  }

  /** Up to 3 indicators sharing the most words with the name; never one the name clashes with in a family. */
  private nearest(words: Set<string>, members: Members): Indicator[] {
    return this.known
      .filter((k) => clashesOf(members, k.members).length === 0)
      .map((k) => ({ k, sim: Math.max(0, ...k.words.map((s) => similarity(words, s))) }))
      .filter((x) => x.sim >= NEAR_SIMILARITY)
      .sort((a, b) => b.sim - a.sim || (a.k.indicator.code < b.k.indicator.code ? -1 : 1))
      .slice(0, 3)
      .map((x) => x.k.indicator);
  }
}
