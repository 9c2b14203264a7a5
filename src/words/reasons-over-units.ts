import type { Msg } from '../model/diagnostic.js';
import type { OverUnitsDecision } from '../model/rollup.js';
import { NO_DATA_RULE_WORDS, STATUS_COUNT_WORDS } from './labels.js';
import { formatNumber } from './number.js';
import { both } from './reason-kit.js';
import { statusWord } from './status.js';

/** The noun for units in counts when the plan's list names none more precise ("xã", "sở"). */
export const UNITS_NOUN: Msg = { vi: 'đơn vị', en: 'units' };

/** "40/95 đơn vị đạt": the head of a target's counts in the rollup views. */
export const unitsMetWords = (met: number, total: number, noun: Msg): Msg => ({
  vi: `${met}/${total} ${noun.vi} đạt`,
  en: `${met}/${total} ${noun.en} met`,
});

/** A rollup cell of a unit that sent no figure for the target at all (no evaluation to word). */
export const NO_FIGURE_FROM_UNIT: Msg = {
  vi: 'đơn vị không gửi số liệu của chỉ tiêu này',
  en: 'the unit sent no figure for this target',
};

/** "9/13 sở đạt (69,2%), 2 không đạt, 2 chưa có số liệu; cần ≥ 80%; đơn vị chưa có số liệu tính là chưa đạt → không đạt". */
export function overUnitsReason(r: OverUnitsDecision, noun: Msg): Msg {
  if (r.units === 0 || (r.denominator === 0 && r.noData === 'exclude')) {
    return both((l) =>
      l === 'vi'
        ? `chưa có ${noun.vi} nào có số liệu${r.units > 0 ? ` (${r.units} ${noun.vi} chưa có số liệu)` : ''} → ${statusWord(r.status, l)}`
        : `no ${noun.en} with data${r.units > 0 ? ` (${r.units} without data)` : ''} → ${statusWord(r.status, l)}`,
    );
  }
  return both((l) => {
    const vi = l === 'vi';
    const pct = r.share === null ? '' : ` (${formatNumber(r.share, l, 1)}%)`;
    const head =
      r.noData === 'exclude' && r.noDataUnits > 0
        ? vi
          ? `${r.met}/${r.denominator} ${noun[l]} có số liệu đạt${pct}`
          : `${r.met}/${r.denominator} ${noun[l]} with data met it${pct}`
        : vi
          ? `${r.met}/${r.denominator} ${noun[l]} đạt${pct}`
          : `${r.met}/${r.denominator} ${noun[l]} met it${pct}`;
    const rest = (
      [
        ['on-track', r.onTrack],
        ['at-risk', r.atRisk],
        ['missed', r.missed],
        ['no-data', r.noDataUnits],
      ] as const
    )
      .filter(([, k]) => k > 0)
      .map(([s, k]) => `${k} ${STATUS_COUNT_WORDS[s][l]}`);
    const need =
      r.need.kind === 'share'
        ? `${vi ? 'cần' : 'needs'} ≥ ${formatNumber(r.need.value, l)}%`
        : vi
          ? `cần ít nhất ${r.need.value}${r.need.of !== undefined ? `/${r.need.of}` : ''} ${noun[l]}`
          : `needs at least ${r.need.value}${r.need.of !== undefined ? `/${r.need.of}` : ''} ${noun[l]}`;
    const rule = r.noDataUnits > 0 ? `; ${NO_DATA_RULE_WORDS[r.noData][l]}` : '';
    return `${[head, ...rest].join(', ')}; ${need}${rule} → ${statusWord(r.status, l)}`;
  });
}
