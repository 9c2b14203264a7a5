import type { Lang } from '../../model/diagnostic.js';
import type { RollupReport } from '../../model/rollup.js';
import { text } from '../markdown.js';
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

/**
 * The rollup as GitHub-flavoured Markdown: header, the matrix (one letter per cell, legend above, numbered
 * columns explained below), per target its counts and, for targets over units, the status and reason; then the
 * ranking and the units without data. Every text from the plan or data is escaped.
 */
export function renderRollupMarkdown(r: RollupReport, opts: { lang: Lang }): string {
  const { lang } = opts;
  const names = unitNames(r);
  const out: string[] = [
    `# ${L('title', lang)}`,
    '',
    ...rollupHeader(r, lang).map((l) => `- ${text(l)}`),
    '',
  ];
  out.push(`## ${L('matrix', lang)}`, '', `${L('legend', lang)}: ${text(legendLine(lang))}`, '');
  if (r.targets.length === 0 || r.units.length === 0) out.push(L('none', lang));
  else {
    out.push(`| ${L('unit', lang)} | ${r.targets.map((t) => t.code).join(' | ')} |`);
    out.push(`|---|${r.targets.map(() => ':-:').join('|')}|`);
    r.units.forEach((u, i) => {
      out.push(
        `| ${text(u.name)} | ${r.targets.map((t) => text(letter(t.cells[i]!.status, lang))).join(' | ')} |`,
      );
    });
  }
  out.push('', `## ${L('targets', lang)}`, '');
  out.push(`| # | ${L('target', lang)} | ${L('met', lang)} | ${L('overUnits', lang)} |`, '|---|---|---|---|');
  for (const t of r.targets) {
    const o = t.overUnits
      ? `**${statusLabel(t.overUnits.status, lang)}**: ${text(t.overUnits.reason[lang])}`
      : '—';
    out.push(`| ${t.code} | ${text(t.title)} | ${text(countsLine(t, r, lang))} | ${o} |`);
  }
  out.push('', `## ${L('ranking', lang)}`, '');
  if (r.ranking.length === 0) out.push(L('none', lang));
  else {
    out.push(
      `| ${L('rank', lang)} | ${L('unit', lang)} | ${L('met', lang)} | ${L('share', lang)} | ${statusLabel('missed', lang)} | ${statusLabel('at-risk', lang)} | ${statusLabel('no-data', lang)} |`,
      '|---|---|--:|--:|--:|--:|--:|',
    );
    for (const e of r.ranking) {
      out.push(
        `| ${rankText(e)} | ${text(names.get(e.unit) ?? e.unit)} | ${e.met}/${e.targets} | ${shareText(e, lang)} | ${e.missed} | ${e.atRisk} | ${e.noData} |`,
      );
    }
  }
  const empty = r.units.filter((u) => u.noData);
  out.push('', `## ${L('noDataUnits', lang)} (${empty.length})`, '');
  out.push(empty.length === 0 ? L('none', lang) : empty.map((u) => text(u.name)).join(', '));
  return `${out.join('\n')}\n`;
}
