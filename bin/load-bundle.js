// Loads the CLI's CommonJS bundle (scripts/bundle.mjs) with a V8 code cache: Node 20 has no compile cache of its
// own (module.enableCompileCache is 22.1+), and compiling the bundle's functions again on every run was most of
// what a warm `cchc validate` still spent after its plan came from the plan cache (issue 13).
// The cache holds only V8's compiled code for this exact bundle file: V8 checks it against its own version,
// flags and the source, and throws away data that does not fit (the run then compiles as without it); the file
// also carries our own SHA-256, so a cut or altered file is never handed to V8. Output never depends on it.
// One entry per command (and --format), since each command compiles different functions; written only when
// missing or rejected, to a temporary file renamed into place. CCHC_NO_CACHE=1 turns it off, as the plan cache;
// CCHC_DEBUG=1 loads the bundle with plain require() so its source maps give stack traces in src/.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const MAGIC = Buffer.from('cchc-code-cache-1\n');
const DIGEST_BYTES = 32;
const MAX_ENTRIES = 16;

/** The bundle's exports, and a function that stores the compiled code once the command has run. */
export function loadBundle(url, argv, env) {
  const file = fileURLToPath(url);
  const require = createRequire(file);
  const cacheFile = env.CCHC_DEBUG ? undefined : codeCacheFile(file, argv, env);
  if (!cacheFile) return { exports: require(file), saveCodeCache: () => {} };
  const cachedData = readEntry(cacheFile);
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {}, filename: file };
  script.runInThisContext()(module.exports, require, module, file, path.dirname(file));
  return {
    exports: module.exports,
    saveCodeCache: () => {
      if (cachedData && !script.cachedDataRejected) return;
      // After the run: the data then holds every function the command compiled, not only the top level.
      writeEntry(cacheFile, script.createCachedData());
    },
  };
}

/**
 * Where the cache folder is: the same rules as the plan cache (src/plan/plan-cache.ts cacheRoot, kept equal by
 * test/build/code-cache.test.ts): XDG_CACHE_HOME when absolute, else the platform's cache folder.
 */
export function cacheRoot(env, platform = process.platform, home = os.homedir()) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return xdg;
  if (platform === 'win32')
    return env.LOCALAPPDATA || (home ? path.join(home, 'AppData', 'Local') : undefined);
  if (!home) return undefined;
  return platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache');
}

function codeCacheFile(file, argv, env) {
  const off = env.CCHC_NO_CACHE;
  if (off !== undefined && off !== '' && off !== '0') return undefined;
  const root = cacheRoot(env);
  if (!root) return undefined;
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return undefined;
  }
  const command = argv.find((a) => !a.startsWith('-')) ?? '';
  const f = argv.findIndex((a) => a === '-f' || a === '--format');
  const format = f >= 0 ? (argv[f + 1] ?? '') : (argv.find((a) => a.startsWith('--format='))?.slice(9) ?? '');
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        file,
        stat.size,
        stat.mtimeMs,
        process.version,
        process.arch,
        process.execArgv,
        command,
        format,
      ]),
    )
    .digest('hex');
  return path.join(root, 'cchc', 'code', key.slice(0, 40));
}

function readEntry(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const start = MAGIC.length + DIGEST_BYTES;
  if (bytes.length <= start || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const data = bytes.subarray(start);
  const digest = createHash('sha256').update(data).digest();
  return digest.equals(bytes.subarray(MAGIC.length, start)) ? data : undefined;
}

function writeEntry(file, data) {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const digest = createHash('sha256').update(data).digest();
    writeFileSync(tmp, Buffer.concat([MAGIC, digest, data]), { mode: 0o600 });
    renameSync(tmp, file);
    prune(dir);
  } catch {
    // Not writable, full, removed meanwhile: the next run compiles again.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** The newest MAX_ENTRIES entries stay (older builds' go); leftovers of interrupted writes after an hour. */
function prune(dir) {
  const now = Date.now();
  const entries = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      const mtime = statSync(file).mtimeMs;
      if (!name.endsWith('.tmp')) entries.push({ file, mtime });
      else if (now - mtime > 3_600_000) rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by another run.
    }
  }
  entries.sort((a, b) => a.mtime - b.mtime);
  for (const e of entries.slice(0, Math.max(0, entries.length - MAX_ENTRIES)))
    rmSync(e.file, { force: true });
}
