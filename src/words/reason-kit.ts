import type { Lang, Msg } from '../model/diagnostic.js';
import type { Period } from '../model/period.js';
import { periodLabel } from './period.js';

/** Small builders for the reasons: every phrase is made in both languages at once so they cannot drift apart. */

/** Build a Msg by running the same template for each language. */
export function both(f: (lang: Lang) => string): Msg {
  return { vi: f('vi'), en: f('en') };
}

/** Join non-empty Msg parts with a separator, language by language. */
export function joinMsg(parts: (Msg | undefined | null | false)[], sep = '; '): Msg {
  const kept = parts.filter((p): p is Msg => typeof p === 'object' && p !== null);
  return both((l) => kept.map((p) => p[l]).join(sep));
}

/** "Quý III/2026" / "Q3 2026": the period's one label (periodLabel). */
export function fmtPeriod(p: Period, lang: Lang): string {
  return periodLabel(p, lang);
}
