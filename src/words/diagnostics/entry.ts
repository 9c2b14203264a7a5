import type { Lang, Msg, Severity } from '../../model/diagnostic.js';

/** Which stage reports a code; the docs list codes by stage and SARIF links to that section. */
export const DIAGNOSTIC_STAGES = ['plan', 'data', 'run', 'config'] as const;
export type DiagnosticStage = (typeof DIAGNOSTIC_STAGES)[number];

/** A message with `{name}` placeholders filled from a diagnostic's `data` (ESLint's messageId + data). */
export type Template = Record<Lang, string>;

/**
 * One diagnostic code: what it means, how bad it is and what to do, in both languages. `severity` is the
 * severity the code is reported at; `'by-fail-on'` marks the CI findings whose level follows `--fail-on`.
 */
export interface CatalogEntry {
  severity: Severity | 'by-fail-on';
  /** One line: what the code means (SARIF rule description, the docs' list). */
  title: Msg;
  /** When it is reported, in the docs' words (English, as docs/*.md are written). */
  when: string;
  /** What to do, when the advice does not depend on the finding (a finding may still carry its own). */
  hint?: Msg;
  /** Message templates by messageId, for findings built from data (`catalogDiagnostic`). */
  messages?: Record<string, Template>;
}
