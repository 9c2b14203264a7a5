import { CATALOG_BY_STAGE } from './catalog.js';
import type { CatalogEntry, DiagnosticStage } from './entry.js';

/** Heading and lead of each stage's table; the headings' anchors (#plan-codes…) are SARIF's helpUri. */
const SECTIONS: Record<DiagnosticStage, [string, string]> = {
  plan: ['Plan codes', 'Reported by `validate` and by every command that loads a plan.'],
  data: ['Data codes', 'Reported while reading `--data` (`check`, `report`, `rollup`).'],
  run: [
    'Run codes',
    'Reported by a run over plan and data (`check`, `rollup`), and the CI findings of its results.',
  ],
  config: [
    'Config codes',
    'Reported while reading the project config file (`cchc.config.yaml`, docs/config.md), before any command runs; the command then stops (exit 2).',
  ],
};

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The generated part of docs/diagnostics.md: one table per stage, straight from the catalog. */
export function catalogMarkdown(): string {
  const out: string[] = [];
  for (const [stage, codes] of Object.entries(CATALOG_BY_STAGE) as [
    DiagnosticStage,
    Record<string, CatalogEntry>,
  ][]) {
    out.push(
      `## ${SECTIONS[stage][0]}`,
      '',
      SECTIONS[stage][1],
      '',
      '| code | severity | when | Vietnamese | English |',
      '|---|---|---|---|---|',
    );
    for (const [code, e] of Object.entries(codes)) {
      const sev = e.severity === 'by-fail-on' ? 'per `--fail-on`' : e.severity;
      out.push(`| \`${code}\` | ${sev} | ${cell(e.when)} | ${cell(e.title.vi)} | ${cell(e.title.en)} |`);
    }
    out.push('', ...messagesTable(stage, codes));
  }
  return out.join('\n');
}

/**
 * Each code's message templates (`{name}` is filled from the finding's data) and fixed hint, so the words
 * a user reads are reviewable here without reading the code.
 */
function messagesTable(stage: DiagnosticStage, codes: Record<string, CatalogEntry>): string[] {
  const rows: string[] = [];
  for (const [code, e] of Object.entries(codes)) {
    if (e.hint) rows.push(`| \`${code}\` | (hint) | ${cell(e.hint.vi)} | ${cell(e.hint.en)} |`);
    for (const [id, t] of Object.entries(e.messages ?? {}))
      rows.push(`| \`${code}\` | \`${id}\` | ${cell(t.vi)} | ${cell(t.en)} |`);
  }
  if (!rows.length) return [];
  return [
    `### ${SECTIONS[stage][0].replace(' codes', ' messages')}`,
    '',
    'The words of each message, by `messageId`; `{name}` is filled from the finding.',
    '',
    '| code | message | Vietnamese | English |',
    '|---|---|---|---|',
    ...rows,
    '',
  ];
}
