import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../harness/cli.js';
import { readBack } from './read-back.js';

/** The README's Phú Trung example through the CLI, as the officer makes it: `cchc report` or `cchc template`. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'cchc-appendix-'));
const PLAN = 'plans/phu-trung-2026-2030.yaml';
const DATA = ['--data', 'fixtures/example/phu-trung-2026-gia-lap.csv'];

/** Any command that writes a workbook (`--period "Quý III/2026" --output …` added), read back. */
export async function cliWorkbook(args: string[]) {
  const out = path.join(tmp, `r${Math.random().toString(36).slice(2)}.xlsx`);
  const io = fakeIo({ cwd: ROOT });
  const code = await run([...args, '--period', 'Quý III/2026', '--output', out], io);
  expect(code, io.err()).toBe(0);
  const bytes = readFileSync(out);
  return { bytes, wb: await readBack(bytes) };
}

/** `cchc report` of the example for Quý III/2026, with `extra` options. */
export const exampleReport = (...extra: string[]) => cliWorkbook(['report', PLAN, ...DATA, ...extra]);

/** `cchc template` of the example plan for Quý III/2026, with `extra` options. */
export const exampleTemplate = (...extra: string[]) => cliWorkbook(['template', PLAN, ...extra]);
