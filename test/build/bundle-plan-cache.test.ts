import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The built CLI's plan and code caches (bin/cchc.js → dist/bundle, which has a build id): runs started together on an empty
 * cache folder all print what a run without the cache prints, and leave whole entries behind for the next run.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/cchc.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cchc-bundle-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cchc(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', CCHC_NO_CACHE: '', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(`exit ${code}\n--- stdout ---\n${out}--- stderr ---\n${err}`));
  });
}

describe('the built CLI with its plan cache', () => {
  const argv = [
    'check',
    'plans/phu-trung-2026-2030.yaml',
    '--data',
    'fixtures/example/phu-trung-2026-gia-lap.csv',
    '--period',
    'Quý III/2026',
    '--format',
    'json',
  ];
  it('four runs at once on an empty cache, then a warm run: all as without the cache', async () => {
    const plain = await cchc(argv, { CCHC_NO_CACHE: '1' });
    const env = { XDG_CACHE_HOME: tmp };
    const together = await Promise.all([1, 2, 3, 4].map(() => cchc(argv, env)));
    for (const got of together) expect(got).toBe(plain);
    const dir = path.join(tmp, 'cchc', 'plans');
    expect(readdirSync(dir).filter((f) => !f.endsWith('.tmp'))).toHaveLength(1);
    expect(readdirSync(path.join(tmp, 'cchc', 'code')).filter((f) => !f.endsWith('.tmp'))).toHaveLength(1);
    expect(await cchc(argv, env)).toBe(plain);
  });
});
