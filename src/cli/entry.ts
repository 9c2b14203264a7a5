import { defaultPlanCache, type PlanCache } from '../plan/plan-cache.js';
import { BUILD_ID } from '../version.js';
import { run } from './main.js';

/** Process wiring only: real streams, real clock, exit code through process.exitCode (never process.exit, so piped output is not cut). */
export async function main(): Promise<void> {
  // `cchc check … | head`: the reader has gone, there is no one left to tell; stop quietly, no stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    now: new Date(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    ...(process.stdin.isTTY ? { prompt: ask } : {}),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    ...planCache(),
  });
}

/** One question on the terminal (stderr, so stdout stays the report), one line of answer. */
async function ask(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** The plan cache of the built CLI (docs/check.md#start-up-time); CCHC_NO_CACHE=1 or --no-cache turn it off. */
function planCache(): { planCache?: PlanCache } {
  const cache = defaultPlanCache(process.env, BUILD_ID);
  return cache ? { planCache: cache } : {};
}
