import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../model/diagnostic.js';
import { HINT_PREFIX } from '../../words/diagnostic-words.js';
import type { Formatter } from './file-diagnostics.js';
import { sortDiagnostics } from './sort-diagnostics.js';

/**
 * GitLab Code Quality report (a JSON array, as `artifacts: reports: codequality` reads it). GitLab compares
 * the fingerprints of a merge request's report with the target branch's to tell new findings from
 * fixed ones, so a fingerprint must not change when a line moves or a figure changes from one quarter to
 * the next: it hashes the file, the code and what the finding is about (its JSON pointer or `key`, else its
 * message), plus a counter only for exact repeats.
 */
export const formatGitlab: Formatter = (files, opts) => {
  const seen = new Map<string, number>();
  const issues = files.flatMap((f) =>
    sortDiagnostics(f.diagnostics).map((d) => {
      const identity = [f.file, d.code, d.key ?? d.location?.pointer ?? d.message.en].join('\u0000');
      const n = seen.get(identity) ?? 0;
      seen.set(identity, n + 1);
      return {
        description: d.hint
          ? `${d.message[opts.lang]} ${HINT_PREFIX[opts.lang]}${d.hint[opts.lang]}`
          : d.message[opts.lang],
        check_name: d.code,
        fingerprint: createHash('sha256').update(`${identity}\u0000${n}`).digest('hex'),
        severity: severityOf(d),
        location: { path: f.file, lines: { begin: d.location?.line ?? d.location?.row ?? 1 } },
      };
    }),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
};

const severityOf = (d: Diagnostic): 'major' | 'minor' | 'info' =>
  d.severity === 'error' ? 'major' : d.severity === 'warning' ? 'minor' : 'info';
