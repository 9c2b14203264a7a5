import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanCache } from '../../src/plan/plan-cache.js';
import { runCli } from '../harness/cli.js';

/**
 * The plan cache never changes what a user sees: every command below runs without a cache, then with an empty
 * one (a miss that writes the entry), then again (a hit), and all three transcripts are the same bytes, plan
 * warnings and errors with their line:col included.
 */
const PLAN = 'plans/phu-trung-2026-2030.yaml';
const DATA = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const PERIOD = ['--period', 'Quý III/2026'];
const WARNINGS = 'fixtures/plan/valid/v2-every-construct.yaml';
let tmp: string;
let planCache: PlanCache;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cchc-cache-cli-'));
  planCache = { dir: path.join(tmp, 'plans'), build: 'test-build' };
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));
const entries = () => (existsSync(planCache.dir) ? readdirSync(planCache.dir) : []);

describe('cached and uncached runs print the same', () => {
  it.each([
    ['validate, warnings', ['validate', WARNINGS]],
    [
      'validate, errors',
      [
        'validate',
        'fixtures/plan/invalid/unknown-field.yaml',
        'fixtures/plan/invalid/weaker-later-target.yaml',
      ],
    ],
    [
      'validate --format json',
      ['validate', WARNINGS, 'fixtures/plan/invalid/duplicate-key.yaml', '--format', 'json'],
    ],
    ['validate, en', ['validate', 'fixtures/plan/invalid/unknown-unit.yaml', '--lang', 'en']],
    ['check table', ['check', PLAN, '--data', DATA, ...PERIOD]],
    ['check json', ['check', PLAN, '--data', DATA, ...PERIOD, '--format', 'json']],
    [
      'check github (annotations at plan lines)',
      ['check', PLAN, '--data', DATA, ...PERIOD, '--format', 'github'],
    ],
    [
      'check of a plan with warnings',
      ['check', WARNINGS, '--data', 'fixtures/plan/valid/v2-every-construct.csv', '--as-of', '2027-12-31'],
    ],
    ['diff', ['diff', 'fixtures/diff/old.yaml', 'fixtures/diff/new.yaml']],
  ])('%s', async (_name, argv) => {
    const plain = await runCli(argv);
    const miss = await runCli(argv, { planCache });
    expect(entries().length).toBeGreaterThan(0);
    const hit = await runCli(argv, { planCache });
    expect(miss.transcript).toBe(plain.transcript);
    expect(hit.transcript).toBe(plain.transcript);
  });

  it('--no-cache neither reads nor writes the cache', async () => {
    const plain = await runCli(['validate', WARNINGS]);
    const off = await runCli(['validate', WARNINGS, '--no-cache'], { planCache });
    expect(off.transcript).toBe(plain.transcript);
    expect(entries()).toEqual([]);
  });
});
