import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

/** Run one command line in-process; stdout, stderr and the exit code together, as a golden file holds them. */
export async function runCli(argv: string[], cwd: string, io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    now: new Date('2026-11-28T03:00:00Z'),
    env: {},
    stdoutIsTTY: false,
    ...io,
  });
  const transcript = `$ cchc ${argv.join(' ')}\nexit: ${code}\n--- stdout\n${stdout}--- stderr\n${stderr}`;
  return { code, stdout, stderr, transcript };
}

const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * A scratch working directory with `plans/` holding the diff fixtures (two valid plans) plus
 * broken variants made by editing their text, so paths in outputs are short and stable.
 */
export async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-validate-'));
  await cp(path.join(REPO, 'fixtures/diff'), path.join(dir, 'plans'), { recursive: true });
  return dir;
}

/** Write `plans/<name>` as old.yaml with `edit` applied to its text. */
export async function variant(dir: string, name: string, edit: (yaml: string) => string): Promise<string> {
  const text = await readFile(path.join(dir, 'plans/old.yaml'), 'utf8');
  const out = edit(text);
  if (out === text) throw new Error(`edit for ${name} changed nothing`);
  await writeFile(path.join(dir, 'plans', name), out);
  return `plans/${name}`;
}
