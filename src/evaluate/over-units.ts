import type { Msg } from '../model/diagnostic.js';
import type { Status } from '../model/report.js';
import type { NoDataRule, OverUnitsResult, UnitNeed } from '../model/rollup.js';
import { formatNumber } from '../util/number.js';
import { NO_DATA_RULE_WORDS, STATUS_COUNT_WORDS } from '../words/labels.js';
import { both, statusWord } from './words.js';

/** What a target over units asks for (from the plan). */
export interface OverUnitsSpec {
  need: UnitNeed;
  noData: NoDataRule;
  group?: string;
}

/**
 * The status of a target over units from its units' own statuses. Units without data are never counted as
 * meeting or missing; the plan's rule says whether they leave the denominator or count against the target.
 * Before the deadline the target is met once enough units are, on track if enough are met or on track, else
 * at risk; after it, met or missed. Pure: the same statuses always give the same result.
 */
export function evaluateOverUnits(
  spec: OverUnitsSpec,
  statuses: readonly Status[],
  deadlinePassed: boolean,
  noun: Msg,
): OverUnitsResult {
  const n: Record<Status, number> = { met: 0, 'on-track': 0, 'at-risk': 0, missed: 0, 'no-data': 0 };
  for (const s of statuses) n[s]++;
  const units = statuses.length;
  const denominator = spec.noData === 'exclude' ? units - n['no-data'] : units;
  const share = denominator === 0 ? null : (n.met / denominator) * 100;
  const enough = (k: number): boolean =>
    spec.need.kind === 'count'
      ? k >= spec.need.value
      : // Compare k/d ≥ v/100 without dividing: 9/13 against 69.2 must not hinge on float rounding.
        k * 100 >= spec.need.value * denominator - 1e-9;
  let status: Status;
  if (denominator === 0) status = 'no-data';
  else if (enough(n.met)) status = 'met';
  else if (deadlinePassed) status = 'missed';
  else if (enough(n.met + n['on-track'])) status = 'on-track';
  else status = 'at-risk';
  const result: OverUnitsResult = {
    need: spec.need,
    noData: spec.noData,
    units,
    met: n.met,
    onTrack: n['on-track'],
    atRisk: n['at-risk'],
    missed: n.missed,
    noDataUnits: n['no-data'],
    denominator,
    share,
    status,
    reason: { vi: '', en: '' },
  };
  if (spec.group !== undefined) result.group = spec.group;
  result.reason = overUnitsReason(result, noun);
  return result;
}

/** "9/13 sở đạt (69,2%), 2 không đạt, 2 chưa có số liệu; cần ≥ 80%; đơn vị chưa có số liệu tính là chưa đạt → không đạt". */
export function overUnitsReason(r: OverUnitsResult, noun: Msg): Msg {
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
