import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The one file name looked for. One name, not a list of spellings, so "which file won" is never a question. */
export const CONFIG_NAME = 'cchc.config.yaml';

/**
 * The project config for a command run in `cwd`: the nearest `cchc.config.yaml` in cwd or a folder above it,
 * as ESLint and Prettier look for theirs. The walk stops at the repository root (a folder holding `.git`)
 * so a config of an enclosing project or of the home folder never applies to a repository that has none.
 */
export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const file = path.join(dir, CONFIG_NAME);
    if (isFile(file)) return file;
    if (existsSync(path.join(dir, '.git'))) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
