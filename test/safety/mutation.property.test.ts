/**
 * Property: whatever bytes a user feeds it — the shipped plan and the example CSV/XLSX with bytes flipped,
 * cut, duplicated or inserted — the CLI exits 0, 1 or 2, prints no stack trace and no NaN/undefined/U+FFFD,
 * and leaves its inputs as they were. Seeded (failures reproduce), bounded in runs and time.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const PLAN = 'plans/phu-trung-2026-2030.yaml';
const CSV = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const XLSX = 'fixtures/example/phu-trung-2026-gia-lap.xlsx';
let dir = '';
const originals: Record<string, Buffer> = {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cchc-fuzz-'));
  for (const f of [PLAN, CSV, XLSX]) originals[f] = await readFile(path.join(REPO, f));
  await writeFile(path.join(dir, 'plan.yaml'), originals[PLAN]!);
});

/** One mutation of a byte string: flip, cut, duplicate a slice, insert bytes. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(buf: Buffer, ms: Mutation[]): Buffer {
  let b = Buffer.from(buf);
  for (const m of ms) {
    const at = m.at % Math.max(1, b.length);
    if (m.kind === 'flip') b[at] = b[at]! ^ (1 << m.bit);
    else if (m.kind === 'cut') b = b.subarray(0, at);
    else if (m.kind === 'dup') b = Buffer.concat([b.subarray(0, at + m.len), b.subarray(at)]);
    else b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
  }
  return b;
}

const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function holds(argv: string[], inputs: string[]): Promise<void> {
  const before = await Promise.all(inputs.map(async (f) => digest(await readFile(path.join(dir, f)))));
  const r = await runCli(argv, { cwd: dir });
  const out = r.stdout + r.stderr;
  expect([0, 1, 2]).toContain(r.code);
  expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(out).not.toMatch(/lỗi nội bộ|internal error/);
  expect(out).not.toMatch(/NaN|undefined|\uFFFD/);
  const after = await Promise.all(inputs.map(async (f) => digest(await readFile(path.join(dir, f)))));
  expect(after).toEqual(before);
}

const params = (seed: number) => ({
  seed,
  numRuns: 150,
  interruptAfterTimeLimit: 6000,
  markInterruptAsFailure: false,
});
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

describe('mutated inputs never break the CLI', () => {
  it('the shipped plan, mutated, through validate', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        await writeFile(path.join(dir, 'm.yaml'), apply(originals[PLAN]!, ms));
        await holds(['validate', 'm.yaml', '-o', 'out.txt'], ['m.yaml']);
      }),
      params(8_2026),
    );
  }, 30_000);

  it('the example CSV, mutated, through check', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        await writeFile(path.join(dir, 'm.csv'), apply(originals[CSV]!, ms));
        await holds(
          ['check', 'plan.yaml', '--data', 'm.csv', '--period', 'Quý III/2026', '--format', 'json'],
          ['plan.yaml', 'm.csv'],
        );
      }),
      params(7_2026),
    );
  }, 30_000);

  it('the example XLSX, mutated, through check', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        await writeFile(path.join(dir, 'm.xlsx'), apply(originals[XLSX]!, ms));
        await holds(
          ['check', 'plan.yaml', '--data', 'm.xlsx', '--period', 'Quý III/2026'],
          ['plan.yaml', 'm.xlsx'],
        );
      }),
      params(6_2026),
    );
  }, 30_000);
});
