import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../../model/diagnostic.js';
import type { Status } from '../../model/report.js';
import type { RollupReport } from '../../model/rollup.js';
import { clip, displayWidth, padEnd, padStart, wrap } from '../text-layout.js';
import {
  countsLine,
  L,
  legendLine,
  letter,
  rankText,
  rollupHeader,
  shareText,
  statusLabel,
  unitNames,
} from './rollup-cells.js';

export interface RollupTableOptions {
  lang: Lang;
  color: boolean;
  /** Columns to fit; 80 when absent, never narrower than 60. */
  width?: number;
}

const STATUS_COLOR: Record<Status, (c: ChalkInstance) => ChalkInstance> = {
  met: (c) => c.green,
  'on-track': (c) => c.cyan,
  'at-risk': (c) => c.yellow,
  missed: (c) => c.red.bold,
  'no-data': (c) => c.gray,
};

/** The unit-name column never takes more than this: long names are cut with "…" (full names in every other view). */
const NAME_MAX = 24;

/**
 * The province view in a terminal of `width` columns (80 by default): a matrix of units × targets with one
 * letter per cell, paged by targets when they do not fit beside the names (each page repeats the names); the
 * columns are numbered and the numbers explained under the matrix with each target's counts; then the ranking
 * and the units without any data.
 */
export function renderRollupTable(r: RollupReport, opts: RollupTableOptions): string {
  const { lang } = opts;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(60, Math.floor(opts.width ?? 80));
  const out: string[] = [...rollupHeader(r, lang).flatMap((l) => wrap(l, width)), ''];
  const names = unitNames(r);
  const nameW = Math.min(
    NAME_MAX,
    Math.max(displayWidth(L('unit', lang)), ...r.units.map((u) => displayWidth(u.name))),
  );
  const cellW = Math.max(2, ...r.targets.map((t) => displayWidth(t.code))) + 1;
  const perPage = Math.max(1, Math.floor((width - nameW - 1) / cellW));

  out.push(c.bold(L('matrix', lang)), ...wrap(`${L('legend', lang)}: ${legendLine(lang)}`, width));
  if (r.targets.length === 0 || r.units.length === 0) out.push(L('none', lang));
  for (let from = 0; from < r.targets.length && r.units.length > 0; from += perPage) {
    const page = r.targets.slice(from, from + perPage);
    out.push('', `${padEnd(L('unit', lang), nameW)} ${page.map((t) => padStart(t.code, cellW)).join('')}`);
    r.units.forEach((u, i) => {
      const name = padEnd(clip(u.name, nameW, 1)[0]!, nameW);
      const cells = page.map((t) => {
        const s = t.cells[i]!.status;
        return ' '.repeat(cellW - 1) + STATUS_COLOR[s](c)(letter(s, lang));
      });
      out.push(`${name} ${cells.join('')}`);
    });
  }

  out.push('', c.bold(L('targets', lang)));
  const codeW = Math.max(...r.targets.map((t) => displayWidth(t.code)), 1) + 2;
  const textW = width - codeW;
  for (const t of r.targets) {
    const lines = [...clip(t.title, textW, 2), ...wrap(countsLine(t, r, lang), textW)];
    if (t.overUnits) {
      const o = t.overUnits;
      lines.push(
        ...wrap(`${L('overUnits', lang)}: ${statusLabel(o.status, lang)} — ${o.reason[lang]}`, textW).map(
          (l, k) => (k === 0 ? STATUS_COLOR[o.status](c)(l) : l),
        ),
      );
    }
    for (const [k, l] of lines.entries()) out.push((k === 0 ? padEnd(t.code, codeW) : ' '.repeat(codeW)) + l);
  }

  out.push('', c.bold(L('ranking', lang)));
  if (r.ranking.length === 0) out.push(L('none', lang));
  else {
    const rankW = Math.max(displayWidth(L('rank', lang)), ...r.ranking.map((e) => rankText(e).length));
    const met = r.ranking.map((e) => `${e.met}/${e.targets}`);
    const metW = Math.max(displayWidth(L('met', lang)), ...met.map((m) => m.length));
    const share = r.ranking.map((e) => shareText(e, lang));
    const shareW = Math.max(6, ...share.map((s) => s.length));
    const counts = (e: (typeof r.ranking)[number]) =>
      `${letter('missed', lang)} ${e.missed}  ${letter('at-risk', lang)} ${e.atRisk}  ${letter('no-data', lang)} ${e.noData}`;
    const restW = width - rankW - metW - shareW - 8 - 20;
    const unitW = Math.max(
      12,
      Math.min(restW, Math.max(...r.ranking.map((e) => displayWidth(names.get(e.unit) ?? e.unit)))),
    );
    out.push(
      `${padEnd(L('rank', lang), rankW)}  ${padEnd(L('unit', lang), unitW)}  ${padStart(L('met', lang), metW)}  ${padStart('%', shareW)}`,
    );
    r.ranking.forEach((e, i) => {
      const name = clip(names.get(e.unit) ?? e.unit, unitW, 1)[0]!;
      out.push(
        `${padEnd(rankText(e), rankW)}  ${padEnd(name, unitW)}  ${padStart(met[i]!, metW)}  ${padStart(share[i]!, shareW)}  ${counts(e)}`.trimEnd(),
      );
    });
  }

  const empty = r.units.filter((u) => u.noData).map((u) => u.name);
  out.push('', c.bold(`${L('noDataUnits', lang)} (${empty.length})`));
  out.push(...(empty.length === 0 ? [L('none', lang)] : wrap(empty.join(', '), width)));
  return `${out.join('\n')}\n`;
}
