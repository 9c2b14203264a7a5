import type { Lang } from '../model/diagnostic.js';

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
}

/** Colour is on only for a terminal, and never with NO_COLOR or --no-color. */
export function useColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}

export function pickLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'vi';
}
