import type { Lang } from '../model/diagnostic.js';
import type { PlanCache } from '../plan/plan-cache.js';

/**
 * Everything a command may touch outside its arguments, decided once at the entry so commands
 * are testable in-process and reports reproducible.
 */
export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The current instant; only used to default --as-of to today in Asia/Ho_Chi_Minh. */
  now: Date;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour and layout decisions). */
  stdoutIsTTY: boolean;
  /** Terminal width for the table view; absent when stdout is not a terminal (views then use 120). */
  columns?: number;
  /** Standard input, read whole, for the plan argument `-`. Absent: `-` is an ordinary file name. */
  readStdin?: () => Promise<Buffer>;
  /** Asks one question on a terminal; absent when stdin is not a terminal (commands then need flags). */
  prompt?: (question: string) => Promise<string>;
  /** Where checked plans are kept between runs; absent (tests, unbundled runs, --no-cache): none. */
  planCache?: PlanCache;
}

/**
 * Colour: `--color`/`--no-color` win; then NO_COLOR (any value) turns it off; then FORCE_COLOR decides
 * (`0`/`false` off, even on a terminal; any other value on, even in a pipe); otherwise only on a terminal.
 */
export function useColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return io.stdoutIsTTY;
}

export function pickLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'vi';
}
