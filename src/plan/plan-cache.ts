import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ReadUnitsFile } from './reporting-units-file.js';

/**
 * A cache of checked plans on the user's machine. Parsing the 50 KB example plan with the yaml package is most of
 * `cchc validate`'s start-up (issue 13); a plan changes far less often than it is checked. An entry holds the whole
 * load result (the plan, every diagnostic with its line:col) exactly as a run without the cache builds it.
 *
 * Never needed for correctness: an entry that cannot be read, is cut short, fails its checksum or does not
 * deserialize is ignored and rebuilt; a cache folder that cannot be written is skipped. Entries are written to a
 * temporary file and renamed into place, so a concurrent run sees a whole entry or none.
 * The key is everything the result depends on: the plan's bytes, where it was read from (paths appear in the
 * diagnostics), cchc's version and build, V8's version (the serialization format). A reporting-units file the
 * plan names is recorded in the entry with a digest of what was read, and read again on every hit.
 */
export interface PlanCache {
  /** The folder of entries, e.g. ~/.cache/cchc/plans. */
  dir: string;
  /** Identity of the code that builds a result (the bundle's build id); part of every key. */
  build: string;
}

/** Bumped when the entry layout changes. */
const FORMAT = 'cchc-plan-cache-1';
const MAGIC = Buffer.from(`${FORMAT}\n`);
const DIGEST_BYTES = 32;
/** Entries kept; the oldest go when a write passes the limit (a plan edited a hundred times leaves no trail). */
const MAX_ENTRIES = 64;

/**
 * The cache a CLI run uses: under XDG_CACHE_HOME (when absolute), else the platform's cache folder
 * (~/.cache, ~/Library/Caches, %LOCALAPPDATA%). None without a build id (source or unbundled runs, whose code
 * can change without the key changing) or when CCHC_NO_CACHE is set to anything but '' or '0'.
 */
export function defaultPlanCache(
  env: Record<string, string | undefined>,
  build: string | undefined,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): PlanCache | undefined {
  if (!build) return undefined;
  const off = env.CCHC_NO_CACHE;
  if (off !== undefined && off !== '' && off !== '0') return undefined;
  const root = cacheRoot(env, platform, home);
  return root ? { dir: path.join(root, 'cchc', 'plans'), build } : undefined;
}

function cacheRoot(env: Record<string, string | undefined>, platform: NodeJS.Platform, home: string) {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec: a relative value is invalid and is ignored.
  if (xdg && path.isAbsolute(xdg)) return xdg;
  if (platform === 'win32')
    return env.LOCALAPPDATA || (home ? path.join(home, 'AppData', 'Local') : undefined);
  if (!home) return undefined;
  return platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache');
}

/** A file the result was built from besides the plan, and a digest of what reading it gave. */
interface Dependency {
  relative: string;
  digest: string;
}

interface Entry<T> {
  result: T;
  deps: Dependency[];
}

/**
 * `compute(readUnits)` through the cache: a valid entry for `key` whose recorded units files read the same is
 * returned; otherwise `compute` runs (its reads recorded) and its result is stored.
 */
export function cachedLoad<T>(
  cache: PlanCache,
  keyParts: (string | Uint8Array)[],
  readUnits: ReadUnitsFile,
  compute: (readUnits: ReadUnitsFile) => T,
): T {
  const key = keyOf([FORMAT, cache.build, process.versions.v8, ...keyParts]);
  const file = path.join(cache.dir, key);
  const hit = readEntry<T>(file);
  if (hit?.deps.every((d) => digestOf(readUnits(d.relative)) === d.digest)) return hit.result;
  const deps: Dependency[] = [];
  const result = compute((relative) => {
    const got = readUnits(relative);
    deps.push({ relative, digest: digestOf(got) });
    return got;
  });
  writeEntry(cache.dir, file, { result, deps });
  return result;
}

function keyOf(parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  // Each part prefixed by its length, so no two different lists of parts hash the same bytes.
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p) : p;
    h.update(`${bytes.length}:`).update(bytes);
  }
  return h.digest('hex');
}

function digestOf(got: ReturnType<ReadUnitsFile>): string {
  return createHash('sha256').update(JSON.stringify(got)).digest('hex');
}

function readEntry<T>(file: string): Entry<T> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const start = MAGIC.length + DIGEST_BYTES;
  if (bytes.length <= start || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = bytes.subarray(start);
  const digest = createHash('sha256').update(payload).digest();
  if (!digest.equals(bytes.subarray(MAGIC.length, start))) return undefined;
  try {
    const entry = deserialize(payload) as Entry<T>;
    return entry && typeof entry === 'object' && Array.isArray(entry.deps) && 'result' in entry
      ? entry
      : undefined;
  } catch {
    return undefined;
  }
}

function writeEntry<T>(dir: string, file: string, entry: Entry<T>): void {
  const tmp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    const payload = serialize(entry);
    const digest = createHash('sha256').update(payload).digest();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(tmp, Buffer.concat([MAGIC, digest, payload]), { mode: 0o600 });
    renameSync(tmp, file);
    prune(dir);
  } catch {
    // A read-only or full disk, a folder in the way, a value V8 cannot serialize: the run goes on uncached.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** Keep the newest MAX_ENTRIES entries; temporary files an interrupted run left behind go after an hour. */
function prune(dir: string): void {
  const now = Date.now();
  const entries: { file: string; mtime: number }[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      const mtime = statSync(file).mtimeMs;
      if (name.endsWith('.tmp')) {
        if (now - mtime > 3_600_000) rmSync(file, { force: true });
      } else entries.push({ file, mtime });
    } catch {
      // Removed meanwhile by another run's prune.
    }
  }
  if (entries.length <= MAX_ENTRIES) return;
  entries.sort((a, b) => a.mtime - b.mtime);
  for (const e of entries.slice(0, entries.length - MAX_ENTRIES)) rmSync(e.file, { force: true });
}
