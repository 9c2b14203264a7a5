import type { Lang } from '../../model/diagnostic.js';
import { STATUSES, type Status } from '../../model/report.js';
import type { RankEntry, RollupReport, RollupTarget } from '../../model/rollup.js';
import { formatNumber } from '../../util/number.js';
import { ROLLUP_LABELS, STATUS_COUNT_WORDS, STATUS_LABELS, STATUS_LETTERS } from '../../words/labels.js';
import { unitsMetWords } from '../../words/reasons-over-units.js';
import { headerLines } from '../view-cells.js';

/** Shared pieces of the rollup views, so the terminal, Markdown and Excel say the same thing the same way. */

export const L = (k: keyof typeof ROLLUP_LABELS, lang: Lang): string => ROLLUP_LABELS[k][lang];

/** "Đ đạt · T đúng tiến độ · N có nguy cơ không đạt · K không đạt · · chưa có số liệu". */
export function legendLine(lang: Lang): string {
  return STATUSES.map((s) => `${STATUS_LETTERS[s][lang]} ${STATUS_COUNT_WORDS[s][lang]}`).join(' · ');
}

export function letter(s: Status, lang: Lang): string {
  return STATUS_LETTERS[s][lang];
}

/** The header: plan, period, as-of, filters, and where the list of units came from. */
export function rollupHeader(r: RollupReport, lang: Lang): string[] {
  const lines = headerLines(r, lang);
  if (r.filters.group !== undefined) {
    const g = r.groups.find((x) => x.id === r.filters.group);
    lines.push(`${L('group', lang)}: ${g?.name ?? r.filters.group}`);
  }
  const source = r.unitSource === 'plan' ? L('unitsFromPlan', lang) : L('unitsFromData', lang);
  lines.push(`${L('unitCount', lang)}: ${r.units.length} (${source})`);
  return lines;
}

/** "40/95 đơn vị đạt · 30 có nguy cơ không đạt · 25 chưa có số liệu": every non-zero status. */
export function countsLine(t: RollupTarget, r: RollupReport, lang: Lang): string {
  const total = t.cells.length;
  const head = unitsMetWords(t.counts.met, total, r.noun)[lang];
  const rest = STATUSES.filter((s) => s !== 'met' && t.counts[s] > 0).map(
    (s) => `${t.counts[s]} ${STATUS_COUNT_WORDS[s][lang]}`,
  );
  return [head, ...rest].join(' · ');
}

/** "1", "2=", …: a shared rank is marked, never hidden. */
export function rankText(e: RankEntry): string {
  return `${e.rank}${e.tie ? '=' : ''}`;
}

export function shareText(e: RankEntry, lang: Lang): string {
  return `${formatNumber(e.share, lang, 1)}%`;
}

export function statusLabel(s: Status, lang: Lang): string {
  return STATUS_LABELS[s][lang];
}

export function unitNames(r: RollupReport): Map<string, string> {
  return new Map(r.units.map((u) => [u.id, u.name]));
}
