import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

/** Run one command line in-process and capture everything a user would see. */
export async function runCli(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string>; tty?: boolean; now?: Date; columns?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: opts.cwd ?? process.cwd(),
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    now: opts.now ?? new Date('2026-09-20T03:00:00Z'),
    env: opts.env ?? {},
    stdoutIsTTY: opts.tty ?? false,
    ...(opts.columns !== undefined ? { columns: opts.columns } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Exit code, stdout and stderr together, as one golden file. */
export function transcript(r: { code: number; stdout: string; stderr: string }): string {
  return `exit code: ${r.code}\n--- stdout ---\n${r.stdout}--- stderr ---\n${r.stderr}`;
}
