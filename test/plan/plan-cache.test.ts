import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/load-plan.js';
import { cachedLoad, defaultPlanCache, type PlanCache } from '../../src/plan/plan-cache.js';
import type { ReadUnitsFile } from '../../src/plan/reporting-units-file.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let cache: PlanCache;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cchc-plan-cache-'));
  cache = { dir: path.join(tmp, 'cache'), build: 'test-build' };
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const entries = () => readdirSync(cache.dir).filter((f) => !f.endsWith('.tmp'));
const noUnits = () => ({ error: { reason: 'noAccess' as const } });

describe('where the cache lives', () => {
  const home = '/home/u';
  it('is off without a build id (source and unbundled runs) and with CCHC_NO_CACHE', () => {
    expect(defaultPlanCache({}, undefined, 'linux', home)).toBeUndefined();
    expect(defaultPlanCache({ CCHC_NO_CACHE: '1' }, 'b', 'linux', home)).toBeUndefined();
    expect(defaultPlanCache({ CCHC_NO_CACHE: 'true' }, 'b', 'linux', home)).toBeUndefined();
    expect(defaultPlanCache({ CCHC_NO_CACHE: '0' }, 'b', 'linux', home)?.dir).toBe(
      '/home/u/.cache/cchc/plans',
    );
    expect(defaultPlanCache({ CCHC_NO_CACHE: '' }, 'b', 'linux', home)?.dir).toBe(
      '/home/u/.cache/cchc/plans',
    );
  });
  it('follows XDG_CACHE_HOME when absolute, else the platform folder', () => {
    expect(defaultPlanCache({ XDG_CACHE_HOME: '/c' }, 'b', 'linux', home)?.dir).toBe('/c/cchc/plans');
    expect(defaultPlanCache({ XDG_CACHE_HOME: 'rel' }, 'b', 'linux', home)?.dir).toBe(
      '/home/u/.cache/cchc/plans',
    );
    expect(defaultPlanCache({}, 'b', 'darwin', home)?.dir).toBe('/home/u/Library/Caches/cchc/plans');
    expect(defaultPlanCache({ LOCALAPPDATA: 'C:\\L' }, 'b', 'win32', home)?.dir).toBe(
      path.join('C:\\L', 'cchc', 'plans'),
    );
    expect(defaultPlanCache({}, 'b', 'linux', '')).toBeUndefined();
  });
});

describe('cachedLoad', () => {
  let calls = 0;
  const compute = () => {
    calls += 1;
    return { value: 'built', n: -0, missing: undefined, list: [1, 2] };
  };
  beforeEach(() => {
    calls = 0;
  });

  it('computes once, then answers from the entry with the same value (undefined and -0 kept)', () => {
    const first = cachedLoad(cache, ['a'], noUnits, compute);
    const second = cachedLoad(cache, ['a'], noUnits, compute);
    expect(calls).toBe(1);
    expect(second).toStrictEqual(first);
    expect(Object.is(second.n, -0)).toBe(true);
    expect('missing' in second).toBe(true);
    expect(entries()).toHaveLength(1);
  });

  it('keys on every part and on the build', () => {
    cachedLoad(cache, ['a', 'b'], noUnits, compute);
    cachedLoad(cache, ['ab'], noUnits, compute);
    cachedLoad({ ...cache, build: 'other' }, ['a', 'b'], noUnits, compute);
    expect(calls).toBe(3);
  });

  it.each([
    ['cut short', (b: Buffer) => b.subarray(0, b.length - 5)],
    ['one byte changed', (b: Buffer) => Buffer.concat([b.subarray(0, -1), Buffer.from([b.at(-1)! ^ 1])])],
    ['empty', () => Buffer.alloc(0)],
    ['another file', () => Buffer.from('not an entry at all\n')],
  ])('an entry %s is ignored and rebuilt', (_name, spoil) => {
    cachedLoad(cache, ['a'], noUnits, compute);
    const file = path.join(cache.dir, entries()[0]!);
    writeFileSync(file, spoil(readFileSync(file)));
    expect(cachedLoad(cache, ['a'], noUnits, compute).value).toBe('built');
    expect(calls).toBe(2);
    cachedLoad(cache, ['a'], noUnits, compute);
    expect(calls).toBe(2); // the rebuilt entry is whole again
  });

  it('runs uncached when the folder cannot be made (a file is in the way)', () => {
    writeFileSync(path.join(tmp, 'file'), 'x');
    const blocked = { dir: path.join(tmp, 'file', 'cache'), build: 'b' };
    expect(cachedLoad(blocked, ['a'], noUnits, compute).value).toBe('built');
    expect(cachedLoad(blocked, ['a'], noUnits, compute).value).toBe('built');
    expect(calls).toBe(2);
  });

  it('reads the units file again on a hit and rebuilds when it changed', () => {
    let text = 'v1';
    const read = () => ({ text, file: 'units.yaml' });
    const build = (r: ReadUnitsFile) => {
      calls += 1;
      const got = r('units.yaml');
      return 'text' in got ? got.text : got.error;
    };
    expect(cachedLoad(cache, ['a'], read, build)).toBe('v1');
    expect(cachedLoad(cache, ['a'], read, build)).toBe('v1');
    text = 'v2';
    expect(cachedLoad(cache, ['a'], read, build)).toBe('v2');
    expect(calls).toBe(2);
  });

  it('keeps at most 64 entries', () => {
    for (let i = 0; i < 70; i++) cachedLoad(cache, [String(i)], noUnits, compute);
    expect(entries().length).toBe(64);
  });
});

describe('loadPlanFile through the cache gives what a run without it gives', () => {
  const plans = [
    'plans/phu-trung-2026-2030.yaml',
    'plans/dong-nai-cap-xa-2026-2030.yaml',
    'fixtures/plan/valid/v2-every-construct.yaml',
    ...readdirSync(path.join(ROOT, 'fixtures/plan/invalid')).map((f) => `fixtures/plan/invalid/${f}`),
  ];
  it.each(plans)('%s', async (plan) => {
    const plain = await loadPlanFile(plan, ROOT);
    const miss = await loadPlanFile(plan, ROOT, undefined, { cache });
    const hit = await loadPlanFile(plan, ROOT, undefined, { cache });
    expect(miss).toStrictEqual(plain);
    expect(hit).toStrictEqual(plain);
    expect(entries()).toHaveLength(1);
  });

  it('a changed reporting-units file is read again, not taken from the entry', async () => {
    const dir = path.join(tmp, 'plan');
    mkdirSync(dir);
    cpSync(path.join(ROOT, 'plans/dong-nai-cap-xa-2026-2030.yaml'), path.join(dir, 'plan.yaml'));
    cpSync(path.join(ROOT, 'plans/don-vi'), path.join(dir, 'don-vi'), { recursive: true });
    const before = await loadPlanFile('plan.yaml', dir, undefined, { cache });
    expect(before.plan).not.toBeNull();
    const units = path.join(dir, 'don-vi/dong-nai-95-xa.yaml');
    writeFileSync(units, `${readFileSync(units, 'utf8')}\n  - {id: 1bad, name: x}\n`);
    const after = await loadPlanFile('plan.yaml', dir, undefined, { cache });
    expect(after).toStrictEqual(await loadPlanFile('plan.yaml', dir));
    expect(after).not.toStrictEqual(before);
  });
});
