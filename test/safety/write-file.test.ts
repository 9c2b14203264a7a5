/**
 * writeFileSafely: the old file's mode kept, a symlink's target written (the link stays), FIFOs and
 * character devices written through (never renamed over), no temporary file left when a write fails.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isSpecialOutput, writeFileSafely } from '../../src/util/write-file.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cchc-write-'));
});

const isRoot = process.getuid?.() === 0;

describe('regular files are replaced atomically', () => {
  it('keeps the mode of the file it replaces (600 stays 600)', async () => {
    const f = path.join(dir, 'report.txt');
    await writeFile(f, 'old');
    await chmod(f, 0o600);
    await writeFileSafely(f, 'new');
    expect(await readFile(f, 'utf8')).toBe('new');
    expect((await stat(f)).mode & 0o777).toBe(0o600);
  });

  it('writes the target of a symlink and leaves the link a link', async () => {
    await mkdir(path.join(dir, 'real'));
    const target = path.join(dir, 'real/report.txt');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    const linkPath = path.join(dir, 'report.txt');
    await symlink('real/report.txt', linkPath);
    await writeFileSafely(linkPath, 'new');
    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readlink(linkPath)).toBe('real/report.txt');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('a dangling symlink gets its target created', async () => {
    const linkPath = path.join(dir, 'out.txt');
    await symlink('made.txt', linkPath);
    await writeFileSafely(linkPath, 'new');
    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, 'made.txt'), 'utf8')).toBe('new');
  });

  it('a failed write leaves the old content and no temporary file', async () => {
    // A non-empty folder at the target: the temporary file is written, the rename fails.
    await mkdir(path.join(dir, 'busy'));
    await writeFile(path.join(dir, 'busy/keep.txt'), 'keep');
    await expect(writeFileSafely(path.join(dir, 'busy'), 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['busy']);
    expect(await readFile(path.join(dir, 'busy/keep.txt'), 'utf8')).toBe('keep');
  });

  it('a new file is created with the default mode', async () => {
    const f = path.join(dir, 'new.txt');
    await writeFileSafely(f, 'x');
    expect(await readFile(f, 'utf8')).toBe('x');
    expect(await readdir(dir)).toEqual(['new.txt']);
  });
});

describe('special files are written through', () => {
  it('a FIFO receives the bytes and stays a FIFO', async () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reading = new Promise<void>((resolve, reject) => {
      const s = createReadStream(fifo);
      s.on('data', (c) => chunks.push(c as Buffer));
      s.on('end', resolve);
      s.on('error', reject);
    });
    await writeFileSafely(fifo, 'Báo cáo quý III\n');
    await reading;
    expect(Buffer.concat(chunks).toString('utf8')).toBe('Báo cáo quý III\n');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['pipe']);
  });

  // A copy of /dev/null's node made in the temp folder (root only): what the old rename did to /dev/null
  // is tried on this copy, never on the machine's own /dev/null.
  it.runIf(isRoot)('a character device keeps being a device', async () => {
    const dev = path.join(dir, 'null');
    execFileSync('mknod', [dev, 'c', '1', '3']);
    await writeFileSafely(dev, 'discarded');
    const st = await lstat(dev);
    expect(st.isCharacterDevice()).toBe(true);
    expect(st.rdev).toBe((await stat('/dev/null')).rdev);
    expect(await readdir(dir)).toEqual(['null']);
  });

  it.each(['/dev/null', '/dev/stdout', '/dev/stderr', '/proc/self/fd/1'])(
    '%s is written through',
    async (p) => {
      expect(await isSpecialOutput(p)).toBe(true);
    },
  );

  it('a regular file and a missing one are not', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'a');
    expect(await isSpecialOutput(path.join(dir, 'a.txt'))).toBe(false);
    expect(await isSpecialOutput(path.join(dir, 'missing.txt'))).toBe(false);
  });
});
