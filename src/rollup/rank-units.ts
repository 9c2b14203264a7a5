import type { RankEntry, RollupTarget, RollupUnit } from '../model/rollup.js';

/**
 * Units ranked by the share of targets they meet, then by fewer targets missed, then fewer at risk. Units with
 * the same three numbers share a rank (competition ranking: 1, 2=, 2=, 4) and are listed by name. The share
 * is over every target shown, so a unit that reports one target out of ten cannot rank first on it. Units with
 * no data at all are not ranked: they are listed apart.
 */
export function rankUnits(units: readonly RollupUnit[], targets: readonly RollupTarget[]): RankEntry[] {
  const entries: RankEntry[] = [];
  units.forEach((u, r) => {
    if (u.noData) return;
    const e: RankEntry = {
      unit: u.id,
      rank: 0,
      tie: false,
      met: 0,
      targets: targets.length,
      share: 0,
      missed: 0,
      atRisk: 0,
      onTrack: 0,
      noData: 0,
    };
    for (const t of targets) {
      const s = t.cells[r]!.status;
      if (s === 'met') e.met++;
      else if (s === 'missed') e.missed++;
      else if (s === 'at-risk') e.atRisk++;
      else if (s === 'on-track') e.onTrack++;
      else e.noData++;
    }
    e.share = targets.length === 0 ? 0 : (e.met / targets.length) * 100;
    entries.push(e);
  });
  const names = new Map(units.map((u) => [u.id, u.name]));
  // Same denominator for every unit, so comparing met counts is comparing shares, exactly.
  const cmp = (a: RankEntry, b: RankEntry) => b.met - a.met || a.missed - b.missed || a.atRisk - b.atRisk;
  entries.sort((a, b) => cmp(a, b) || (names.get(a.unit) ?? '').localeCompare(names.get(b.unit) ?? '', 'vi'));
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    e.rank = prev && cmp(prev, e) === 0 ? prev.rank : i + 1;
  });
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    e.tie = entries[i - 1]?.rank === e.rank || entries[i + 1]?.rank === e.rank;
  }
  return entries;
}
