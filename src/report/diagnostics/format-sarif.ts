import type { Diagnostic } from '../../model/diagnostic.js';
import { HINT_PREFIX } from '../../words/diagnostic-words.js';
import type { Formatter } from './file-diagnostics.js';
import { ruleDescription } from './rule-descriptions.js';
import { helpUri, INFORMATION_URI } from './rule-docs.js';
import { compareText, sortDiagnostics } from './sort-diagnostics.js';

/** A relative path as a SARIF URI reference: forward slashes, each segment percent-encoded. */
export function toSarifUri(file: string): string {
  return file
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/**
 * SARIF 2.1.0 for code-scanning tools: one run, rules whose ids are the diagnostic codes (stable
 * across releases), one result per diagnostic. Columns count UTF-16 code units, as the YAML
 * parser reports them. Artifact URIs are relative to the working directory.
 */
export const formatSarif: Formatter = (files, opts) => {
  const all = files.flatMap((f) => sortDiagnostics(f.diagnostics).map((d) => ({ file: f.file, d })));
  const ruleIds = [...new Set(all.map((x) => x.d.code))].sort(compareText);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cchc',
            version: opts.toolVersion,
            semanticVersion: opts.toolVersion,
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: ruleDescription(id)[opts.lang] },
              helpUri: helpUri(id),
              defaultConfiguration: { level: levelOf(all.find((x) => x.d.code === id)!.d) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: files.map((f) => ({ location: { uri: toSarifUri(f.file) } })),
        results: all.map(({ file, d }) => ({
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code)!,
          level: levelOf(d),
          message: {
            text: d.hint
              ? `${d.message[opts.lang]}\n${HINT_PREFIX[opts.lang]}${d.hint[opts.lang]}`
              : d.message[opts.lang],
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toSarifUri(file), index: files.findIndex((f) => f.file === file) },
                ...region(d),
              },
              ...(d.location?.pointer
                ? { logicalLocations: [{ fullyQualifiedName: d.location.pointer, kind: 'object' }] }
                : {}),
            },
          ],
          // A grouped finding stands for several: the count in SARIF's property bag (the message names places).
          ...(d.count !== undefined && d.count > 1 ? { properties: { count: d.count } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const levelOf = (d: Diagnostic): 'error' | 'warning' | 'note' => d.severity;

function region(d: Diagnostic): { region?: Record<string, number> } {
  const l = d.location;
  if (l?.line === undefined) return {};
  const r: Record<string, number> = { startLine: l.line };
  if (l.column !== undefined) r.startColumn = l.column;
  if (l.endLine !== undefined) r.endLine = l.endLine;
  if (l.endColumn !== undefined) r.endColumn = l.endColumn;
  return { region: r };
}
