import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The built CLI as users run it (bin/cchc.js → dist/bundle/, `npm run build`): exceljs and the ~130 packages it
 * pulls in cost about a third of a second, so validate and check of a CSV must never load them. The source-level
 * tests (startup-imports, lazy-exceljs) check the import graph of src/; this one checks what the bundler made of
 * it, by asking the running process which CommonJS files it loaded.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/cchc.js');
const PLAN = 'plans/phu-trung-2026-2030.yaml';
const CSV = 'fixtures/example/phu-trung-2026-gia-lap.csv';
const XLSX = 'fixtures/example/phu-trung-2026-gia-lap.xlsx';
const PERIOD = ['--period', 'Quý III/2026'];
// Printed by the child as it exits: the packages of every CommonJS file in its require cache.
const HOOK = `data:text/javascript,${encodeURIComponent(
  `import { createRequire } from 'node:module';
const cache = createRequire(${JSON.stringify(pathToFileURL(BIN).href)}).cache;
process.on('exit', () => {
  const names = Object.keys(cache).map((f) => f.split(/[\\\\/]node_modules[\\\\/]/)[1]?.split(/[\\\\/]/)[0]).filter(Boolean);
  process.stderr.write('\\nLOADED ' + [...new Set(names)].join(' ') + '\\n');
});`,
)}`;
const out = mkdtempSync(path.join(os.tmpdir(), 'cchc-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function loaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // With the caches on, as users run it (the code cache compiles the bundle through vm.Script, not require()).
    env: { ...process.env, NO_COLOR: '1', CCHC_NO_CACHE: '', XDG_CACHE_HOME: path.join(out, 'cache') },
  });
  expect([0, 1], r.stderr).toContain(r.status);
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED'));
  expect(line, r.stderr).toBeDefined();
  return line!.split(' ').slice(1);
}

describe('the built CLI loads exceljs only where a workbook is read or written', () => {
  it('is built (npm run build makes dist/bundle)', () => {
    expect(existsSync(path.join(ROOT, 'dist/bundle/cchc.cjs'))).toBe(true);
  });
  it.each([
    ['validate', ['validate', PLAN]],
    ['check --format json of a CSV', ['check', PLAN, '--data', CSV, ...PERIOD, '--format', 'json']],
    ['check (table) of a CSV', ['check', PLAN, '--data', CSV, ...PERIOD]],
  ])('%s: no exceljs', (_name, args) => {
    const names = loaded(args);
    expect(names).not.toContain('exceljs');
    expect(names).not.toContain('jszip');
  });
  // The same probe sees exceljs where it is needed, so the test above can fail.
  it.each([
    ['check of an XLSX', ['check', PLAN, '--data', XLSX, ...PERIOD, '--format', 'json']],
    ['report', ['report', PLAN, '--data', CSV, ...PERIOD, '--output', path.join(out, 'r.xlsx')]],
  ])('%s: exceljs is loaded', (_name, args) => {
    expect(loaded(args)).toContain('exceljs');
  });
});
