/**
 * Whether an output path would write over an input. Paths are compared as spelled (resolved against
 * cwd) and then as files: device and inode after following links, so `./plan.yaml`, `dir/../plan.yaml`,
 * a symlink to the plan, a hard link to it and, on a case-insensitive disk, `PLAN.yaml` are all caught.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

function identity(file: string): string | null {
  try {
    const st = statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/** The first of `inputs` that `output` names (as typed, or the same file by dev+ino), or null. */
export function inputAt(output: string, inputs: readonly string[], cwd: string): string | null {
  const out = path.resolve(cwd, output);
  const outId = identity(out);
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (abs === out) return input;
    if (outId !== null && identity(abs) === outId) return input;
  }
  return null;
}
