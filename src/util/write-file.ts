/**
 * Writing an output file so nothing is lost and nothing is half-written.
 *
 * A regular file (or a missing one) is replaced atomically: the bytes go to a temporary file beside
 * the real target (a symlink is followed, so the link stays a link and its target gets the report),
 * which takes the old file's mode and owner, is fsynced, renamed over the target, and the directory is
 * fsynced so the rename survives a power cut. A failure or a kill signal removes the temporary file.
 *
 * Anything else — a character device (/dev/null, a terminal), a FIFO, a socket, or a path under /dev or
 * /proc such as /dev/stdout — is written through: renaming over it would put a regular file where the
 * node was (and, as root, destroy /dev/null for every program on the machine).
 *
 * Why not the write-file-atomic package: it has no write-through for special files and does not fsync
 * the directory, and its 7.x line requires Node ^20.17 where cchc supports >=20.10. This is the same
 * behaviour (mode, owner, symlink, fsync, clean-up on signal) plus those two.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { type FileHandle, lstat, open, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Paths that name a process's streams or kernel nodes: written through even when they resolve to a file. */
const THROUGH_PREFIXES = ['/dev/', '/proc/'];

/** Follow a chain of symlinks, even a dangling one (its target is where the file will be created). */
async function resolveTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    let p = file;
    for (let hops = 0; hops < 40; hops++) {
      const st = await lstat(p).catch(() => null);
      if (!st?.isSymbolicLink()) break;
      p = path.resolve(path.dirname(p), await readlink(p));
    }
    // The folder may itself be reached through links: resolve it so the rename stays in one file system.
    const dir = await realpath(path.dirname(p)).catch(() => path.dirname(p));
    return path.join(dir, path.basename(p));
  }
}

/** True when `file` must be written through rather than replaced. */
export async function isSpecialOutput(file: string): Promise<boolean> {
  const abs = path.resolve(file);
  if (THROUGH_PREFIXES.some((p) => abs.startsWith(p))) return true;
  const st = await stat(abs).catch(() => null);
  return st !== null && !st.isFile() && !st.isDirectory();
}

/** A whole text, bytes, or text chunks written as they come (a national JSON report is never held whole). */
type Data = string | Uint8Array | Iterable<string>;

async function writeData(fh: FileHandle, data: Data): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
  else
    for (const chunk of data) {
      const bytes = Buffer.from(chunk, 'utf8');
      // A write may take fewer bytes than asked (a pipe, a full disk): go on from where it stopped.
      for (let at = 0; at < bytes.length; ) at += (await fh.write(bytes, at, bytes.length - at)).bytesWritten;
    }
}

async function writeThrough(file: string, data: Data): Promise<void> {
  // 'w' on a FIFO waits for a reader, on a device it just writes; no temp file, no rename.
  const fh = await open(file, 'w');
  try {
    await writeData(fh, data);
  } finally {
    await fh.close();
  }
}

async function fsyncDir(dir: string): Promise<void> {
  // Not every platform or file system lets a directory be opened or fsynced; the rename is done anyway.
  const fh = await open(dir, 'r').catch(() => null);
  if (!fh) return;
  await fh.sync().catch(() => {});
  await fh.close().catch(() => {});
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** While `tmp` exists, a kill signal removes it first, then the process dies of the same signal. */
function cleanupOnSignal(tmp: string): () => void {
  const handler = (sig: NodeJS.Signals) => {
    rmSync(tmp, { force: true });
    for (const s of SIGNALS) process.removeListener(s, handler);
    process.kill(process.pid, sig);
  };
  for (const s of SIGNALS) process.once(s, handler);
  return () => {
    for (const s of SIGNALS) process.removeListener(s, handler);
  };
}

async function replaceAtomically(file: string, data: Data): Promise<void> {
  const target = await resolveTarget(file);
  const old = await stat(target).catch(() => null);
  const dir = path.dirname(target);
  const tmp = path.join(
    dir,
    `.${path.basename(target)}.cchc-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const stopWatching = cleanupOnSignal(tmp);
  let fh: FileHandle | null = null;
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    fh = await open(tmp, 'wx', old ? old.mode & 0o7777 : 0o666);
    await writeData(fh, data);
    if (old) {
      // The umask trimmed the mode given to open: set it exactly. A different owner is kept when we may.
      await fh.chmod(old.mode & 0o7777);
      if (process.getuid && (old.uid !== process.getuid() || old.gid !== process.getgid?.())) {
        await fh.chown(old.uid, old.gid).catch(() => {});
      }
    }
    await fh.sync();
    await fh.close();
    fh = null;
    await rename(tmp, target);
    await fsyncDir(dir);
  } catch (e) {
    if (fh) await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  } finally {
    stopWatching();
  }
}

/**
 * Write `data` to `file`: atomically for regular files, through the node for devices, FIFOs and
 * /dev, /proc paths. Either the old content or the whole new content is at the path, never a part.
 */
export async function writeFileSafely(file: string, data: Data): Promise<void> {
  if (await isSpecialOutput(file)) await writeThrough(file, data);
  else await replaceAtomically(file, data);
}
