import type { Diagnostic, Msg } from './model/diagnostic.js';

/**
 * The small vocabulary of reasons a command could not run. Findings (an invalid plan, missed
 * targets) are results, not errors; these are for when there is nothing to report on.
 */
export const ERROR_CODES = [
  'usage',
  'plan-read',
  'plan-invalid',
  'data-read',
  'data-invalid',
  'output-write',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A user-facing failure: only the CLI entry turns it into stderr text and exit code 2. */
export class CchcError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly code: ErrorCode,
    readonly msg: Msg,
    readonly hint?: Msg,
    /** Problems behind the failure, printed with their locations. */
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(msg.en);
    this.name = 'CchcError';
  }
}
