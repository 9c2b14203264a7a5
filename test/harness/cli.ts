import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

/**
 * The one in-process CLI harness: every command test runs `run()` through it, with one fixed clock and one
 * transcript format, so goldens of different commands read alike and a clock-dependent output shows as such.
 */

/** 10:00 on 20/09/2026 in Việt Nam: inside Quý III/2026's reporting window, the date the goldens are made on. */
export const TEST_NOW = new Date('2026-09-20T03:00:00Z');

export interface CliRunOptions extends Partial<Omit<CliIo, 'stdout' | 'stderr' | 'stdoutIsTTY'>> {
  /** stdout is a terminal (colour and layout decisions). */
  tty?: boolean;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Exit code, stdout and stderr together, as one golden file holds them. */
  transcript: string;
}

/** An io with captured streams, the fixed clock, no environment and no terminal; `out()`/`err()` read back. */
export function fakeIo(opts: CliRunOptions = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const { tty, ...rest } = opts;
  return {
    cwd: process.cwd(),
    now: TEST_NOW,
    env: {},
    ...rest,
    stdoutIsTTY: tty ?? false,
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    out: () => out,
    err: () => err,
  };
}

/** Exit code, stdout and stderr together, as one golden file. */
export function transcript(r: { code: number; stdout: string; stderr: string }): string {
  return `exit code: ${r.code}\n--- stdout ---\n${r.stdout}--- stderr ---\n${r.stderr}`;
}

/** Run one command line in-process and capture everything a user would see. */
export async function runCli(argv: string[], opts: CliRunOptions = {}): Promise<CliRun> {
  const io = fakeIo(opts);
  const code = await run(argv, io);
  const r = { code, stdout: io.out(), stderr: io.err() };
  return { ...r, transcript: transcript(r) };
}
