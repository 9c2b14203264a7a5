import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRunReport } from '../../src/check/build-report.js';
import { renderJsonChunks, toJsonReport } from '../../src/report/json.js';
import { jsonDocumentChunks } from '../../src/report/json-chunks.js';
import { runCli } from '../harness/cli.js';

const io = {
  cwd: process.cwd(),
  stdout: () => {},
  stderr: () => {},
  now: new Date('2026-09-20T03:00:00Z'),
  env: {},
  stdoutIsTTY: false,
};
const dir = mkdtempSync(path.join(tmpdir(), 'cchc-json-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSON written in chunks', () => {
  it('gives exactly JSON.stringify(doc, null, 2), empty arrays, nesting and odd text included', () => {
    const doc = { a: 1, list: [], nested: { x: [1, { y: 'a\nb' }] }, more: [], tail: 'end\u0000' };
    const items = [{ p: [1, 2], q: { r: null } }, 'two', 3, [], {}];
    const text = [...jsonDocumentChunks(doc, { list: () => items, more: () => [] })].join('');
    expect(text).toBe(`${JSON.stringify({ ...doc, list: items }, null, 2)}\n`);
  });

  it('is exact at every batch boundary (items are stringified 128 at a time)', () => {
    for (const n of [1, 127, 128, 129, 256, 257, 1000]) {
      const items = Array.from({ length: n }, (_, i) => ({ i, s: `x\n${i}`, l: [i, { z: [] }] }));
      const doc = { head: 'h', list: [], tail: [1, 2] };
      const text = [...jsonDocumentChunks(doc, { list: () => items })].join('');
      expect(text).toBe(`${JSON.stringify({ ...doc, list: items }, null, 2)}\n`);
    }
  });

  it('a multi-unit report: the chunks join to the whole document, in more than one chunk when large', async () => {
    const base = await buildRunReport(
      {
        plan: 'fixtures/check/plan.yaml',
        data: ['fixtures/check/multi-unit.csv'],
        period: 'Quý III/2026',
      },
      io,
    );
    const report = { ...base, targets: Array.from({ length: 20 }, () => base.targets).flat() };
    for (const lang of ['vi', 'en'] as const) {
      const chunks = [...renderJsonChunks(report, { lang })];
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.join('')).toBe(`${JSON.stringify(toJsonReport(report, lang), null, 2)}\n`);
    }
  });

  it('--output gets the same bytes as stdout', async () => {
    const args = [
      'check',
      'fixtures/check/plan.yaml',
      '--data',
      'fixtures/check/multi-unit.csv',
      '--period',
      'Quý III/2026',
      '--format',
      'json',
    ];
    const out = path.join(dir, 'r.json');
    const piped = await runCli(args);
    await runCli([...args, '--output', out]);
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
  });
});
