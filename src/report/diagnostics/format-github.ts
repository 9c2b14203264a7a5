import type { Diagnostic, Lang } from '../../model/diagnostic.js';
import { countsSentence, HINT_PREFIX } from '../../words/diagnostic-words.js';
import type { Formatter } from './file-diagnostics.js';
import { countDiagnostics, sortDiagnostics } from './sort-diagnostics.js';

/** Workflow-command data escaping: GitHub reads `%`, CR and LF specially in the message. */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values (file, title) additionally end at `:` and `,`. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations: one `::error`/`::warning` workflow command per diagnostic, with the
 * hint on the annotation's second line, then a plain summary line for the job log.
 */
export const formatGithub: Formatter = (files, opts) => {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of sortDiagnostics(f.diagnostics)) lines.push(annotation(f.file, d, opts.lang));
  }
  lines.push(countsSentence(countDiagnostics(files), opts.lang));
  return `${lines.join('\n')}\n`;
};

function annotation(file: string, d: Diagnostic, lang: Lang): string {
  const l = d.location;
  const props: [string, string | number | undefined][] = [
    ['file', file],
    ['line', l?.line],
    ['col', l?.line !== undefined ? l?.column : undefined],
    ['endLine', l?.line !== undefined ? l?.endLine : undefined],
    ['endColumn', l?.line !== undefined ? l?.endColumn : undefined],
    ['title', `cchc ${d.code}`],
  ];
  const propText = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeGithubProperty(String(v))}`)
    .join(',');
  const text = d.hint ? `${d.message[lang]}\n${HINT_PREFIX[lang]}${d.hint[lang]}` : d.message[lang];
  // GitHub's workflow commands say "notice" where SARIF and cchc say "note".
  const command = d.severity === 'note' ? 'notice' : d.severity;
  return `::${command} ${propText}::${escapeGithubData(text)}`;
}
