import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Directories a `**` never descends into: they hold no plans and can be huge. */
const SKIPPED = ['**/node_modules/**', '**/.git/**'];

/**
 * Whether an argument may be a glob: any of `* ? [ { (` in it. Only such arguments load tinyglobby (its
 * picomatch costs start-up time that `cchc validate plan.yaml` need not pay); tinyglobby then decides.
 */
export function mayBeGlob(pattern: string): boolean {
  return /[*?[{(]/.test(pattern);
}

type Tinyglobby = typeof import('tinyglobby');
let tinyglobby: Promise<Tinyglobby> | undefined;
const loadGlob = () => {
  tinyglobby ??= import('tinyglobby');
  return tinyglobby;
};

/** What a set of patterns expanded to. `unmatched` lists glob patterns that matched no file. */
export interface GlobResult {
  files: string[];
  unmatched: string[];
}

/**
 * Expand shell-style patterns (`*`, `?`, `[abc]`, `{a,b}`, `**` for any depth; `\` escapes) against the file
 * system, relative to `cwd`, with tinyglobby. An argument that names an existing file or folder is that path,
 * whatever characters it holds (`plan[1].yaml` passed by name is the file, not a pattern for `plan1.yaml`).
 * Plain paths pass through untouched (the caller reports a missing one). Matches of one pattern come in
 * code-point order of their path; duplicates across patterns are dropped; paths keep the pattern's form
 * (relative stays relative) with `/`. `**` follows symlinked folders (a link loop ends, and a file reached twice
 * through links is listed once, by its first path) and skips dot-folders, node_modules and .git.
 */
export async function expandGlobs(patterns: readonly string[], cwd: string): Promise<GlobResult> {
  const seen = new Set<string>();
  // Real paths of what is already listed: a file reached again through a symlinked folder is not listed twice.
  const seenReal = new Set<string>();
  const files: string[] = [];
  const unmatched: string[] = [];
  const add = async (f: string, matched: boolean) => {
    if (seen.has(f)) return;
    const real = await realpath(path.resolve(cwd, f)).catch(() => undefined);
    if (matched && real !== undefined && seenReal.has(real)) return;
    seen.add(f);
    if (real !== undefined) seenReal.add(real);
    files.push(f);
  };
  for (const raw of patterns) {
    // `\` is the escape character of a pattern; only Windows uses it as a separator.
    const pattern = path.sep === '\\' ? raw.split(path.sep).join('/') : raw;
    const existing = await exists(path.resolve(cwd, raw));
    const tg = existing || !mayBeGlob(pattern) ? undefined : await loadGlob();
    if (tg === undefined || !tg.isDynamicPattern(pattern)) {
      // An escaped name with no glob left in it (`plan\\[1\\].yaml`) is the file it spells.
      const literal = existing || tg === undefined ? pattern : pattern.replace(/\\(.)/g, '$1');
      // "./plans/a.yaml" and "plans/a.yaml" are one file: checked and reported once.
      await add(path.posix.normalize(literal), false);
      continue;
    }
    const absolute = path.isAbsolute(pattern);
    const found = await tg.glob(pattern, {
      cwd,
      absolute,
      onlyFiles: true,
      dot: false,
      followSymbolicLinks: true,
      expandDirectories: false,
      ignore: SKIPPED,
    });
    if (found.length === 0) unmatched.push(raw);
    const shown = found.map((f) => (absolute ? f : f.replace(/^\.\//, '')));
    for (const f of shown.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) await add(f, true);
  }
  return { files, unmatched };
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
