import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Directories a `**` never descends into: they hold no plans and can be huge. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Whether a pattern has glob syntax (`*`, `?`, `[…]`, `{a,b}`); other arguments are plain paths. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** `{a,b}` alternatives expanded (not nested), left to right: `plans/{a,b}.yaml` → two patterns. */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*,[^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const head = pattern.slice(0, m.index);
  const tail = pattern.slice(m.index + m[0].length);
  return m[1]!.split(',').flatMap((alt) => expandBraces(head + alt + tail));
}

/** One path segment of a glob as a regular expression. A leading dot must be matched literally, as in shells. */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else re += ch.replace(/[.+^$()|\\{}]/g, '\\$&');
  }
  const dotGuard = segment.startsWith('.') ? '' : '(?!\\.)';
  return new RegExp(`^${dotGuard}${re}$`);
}

/** What a set of patterns expanded to. `unmatched` lists glob patterns that matched no file. */
export interface GlobResult {
  files: string[];
  unmatched: string[];
}

/**
 * Expand shell-style patterns (`*`, `?`, `[abc]`, `{a,b}`, `**` for any depth) against the file
 * system, relative to `cwd`. Plain paths pass through untouched (the caller reports a missing
 * one). Matches of one pattern come in code-point order of their path; duplicates across
 * patterns are dropped; paths keep the pattern's form (relative stays relative) with `/`.
 */
export async function expandGlobs(patterns: readonly string[], cwd: string): Promise<GlobResult> {
  const seen = new Set<string>();
  const files: string[] = [];
  const unmatched: string[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const raw of patterns) {
    const pattern = raw.split(path.sep).join('/');
    if (!isGlob(pattern)) {
      // "./plans/a.yaml" and "plans/a.yaml" are one file: checked and reported once.
      add(path.posix.normalize(pattern));
      continue;
    }
    const found = new Set<string>();
    for (const p of expandBraces(pattern)) {
      for (const f of await matchPattern(p, cwd)) found.add(f);
    }
    if (found.size === 0) unmatched.push(raw);
    for (const f of [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) add(f);
  }
  return { files, unmatched };
}

async function matchPattern(pattern: string, cwd: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
  // The literal directories before the first glob segment are where the walk starts.
  const firstGlob = segments.findIndex(isGlob);
  const base = segments.slice(0, firstGlob).join('/');
  const prefix = absolute ? `/${base}` : base;
  const out: string[] = [];
  await walk(prefix, segments.slice(firstGlob), cwd, out);
  return out;
}

async function walk(dir: string, rest: string[], cwd: string, out: string[]): Promise<void> {
  const [seg, ...tail] = rest;
  if (seg === undefined) return;
  // A trailing `**` means every file below, at any depth.
  if (seg === '**' && tail.length === 0) return walk(dir, ['**', '*'], cwd, out);
  const entries = await listDir(path.resolve(cwd, dir || '.'));
  const join = (name: string) => (dir === '' ? name : dir === '/' ? `/${name}` : `${dir}/${name}`);
  if (seg === '**') {
    // Zero directories here, then one more level for each subdirectory.
    await walk(dir, tail, cwd, out);
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name))
        await walk(join(e.name), rest, cwd, out);
    }
    return;
  }
  const re = isGlob(seg) ? segmentRegExp(seg) : null;
  for (const e of entries) {
    if (re ? !re.test(e.name) : e.name !== seg) continue;
    const p = join(e.name);
    if (tail.length === 0) {
      if (await isFile(e, path.resolve(cwd, p))) out.push(p);
    } else if (e.isDirectory() || e.isSymbolicLink()) {
      await walk(p, tail, cwd, out);
    }
  }
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return []; // a missing or unreadable directory simply matches nothing
  }
}

async function isFile(e: Dirent, full: string): Promise<boolean> {
  if (e.isFile()) return true;
  if (!e.isSymbolicLink()) return false;
  try {
    return (await stat(full)).isFile();
  } catch {
    return false;
  }
}
