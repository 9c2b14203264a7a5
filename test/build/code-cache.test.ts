import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheRoot } from '../../bin/load-bundle.js';
import { defaultPlanCache } from '../../src/plan/plan-cache.js';

/**
 * The V8 code cache of the built CLI (bin/load-bundle.js): it changes nothing a user sees. A run that writes it, a
 * run that reads it and a run with a spoilt entry all print what a run without any cache prints.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/cchc.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cchc-code-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const codeDir = path.join(tmp, 'cchc', 'code');

function cchc(args: string[], env: Record<string, string>): string {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CCHC_NO_CACHE: '', XDG_CACHE_HOME: tmp, ...env },
  });
  return `exit ${r.status}\n--- stdout ---\n${r.stdout}--- stderr ---\n${r.stderr}`;
}

describe('the code cache of the built CLI', () => {
  const argv = [
    'validate',
    'fixtures/plan/valid/v2-every-construct.yaml',
    'fixtures/plan/invalid/unknown-unit.yaml',
  ];
  it('first run writes it, later runs read it, a spoilt entry is rewritten: same output every time', () => {
    const plain = cchc(argv, { CCHC_NO_CACHE: '1' });
    expect(plain).toMatch(/unknown-unit\.yaml\n\s+\d+:\d+\s/);
    expect(cchc(argv, {})).toBe(plain);
    const [entry] = readdirSync(codeDir);
    expect(entry).toBeDefined();
    const file = path.join(codeDir, entry!);
    const written = readFileSync(file);
    expect(cchc(argv, {})).toBe(plain);
    expect(readFileSync(file).equals(written)).toBe(true); // read, not written again
    for (const spoilt of [
      written.subarray(0, written.length >> 1),
      Buffer.from('cchc-code-cache-1\nnonsense'),
    ]) {
      writeFileSync(file, spoilt);
      expect(cchc(argv, {})).toBe(plain);
      expect(readFileSync(file).equals(written)).toBe(false);
      expect(readFileSync(file).length).toBeGreaterThan(1000); // rebuilt whole
    }
  });

  it('is not used with CCHC_NO_CACHE=1 or CCHC_DEBUG=1', () => {
    const other = mkdtempSync(path.join(tmp, 'other-'));
    cchc(['--version'], { CCHC_NO_CACHE: '1', XDG_CACHE_HOME: other });
    cchc(['--version'], { CCHC_DEBUG: '1', XDG_CACHE_HOME: other });
    expect(readdirSync(other)).toEqual([]);
  });

  it('lives where the plan cache lives', () => {
    for (const [env, platform] of [
      [{ XDG_CACHE_HOME: '/x' }, 'linux'],
      [{ XDG_CACHE_HOME: 'relative' }, 'linux'],
      [{}, 'darwin'],
      [{ LOCALAPPDATA: 'C:\\L' }, 'win32'],
      [{}, 'win32'],
    ] as const) {
      const plans = defaultPlanCache(env, 'b', platform, '/home/u')?.dir;
      expect(plans).toBe(path.join(cacheRoot(env, platform, '/home/u')!, 'cchc', 'plans'));
    }
  });
});
