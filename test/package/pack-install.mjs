#!/usr/bin/env node
// The package as a user gets it: `npm pack` (prepack builds dist/), install the tarball into an empty
// project with no dev dependencies, run the installed bin. Offline by construction: the temporary project's
// lockfile is this repository's lockfile minus the dev dependencies, so `npm ci --offline` takes every
// tarball from the npm cache the repository's own `npm ci` filled. Run by .ci/run (`npm run test:package`),
// not by vitest: packing and installing take seconds and the main suite stays fast.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'cchc-pack-'));
const failures = [];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(name, fn) {
  try {
    fn();
    process.stdout.write(`ok   ${name}\n`);
  } catch (e) {
    failures.push(name);
    process.stdout.write(`FAIL ${name}\n  ${String(e.message ?? e).split('\n').join('\n  ')}\n`);
  }
}

/** Exit codes: 0 no findings, 1 findings (both a successful run), 2 could not run. */
function run(cmd, args, cwd, expect = [0]) {
  // The plan cache goes to the temporary folder, not the user's ~/.cache.
  const env = { ...process.env, NO_COLOR: '1', CCHC_NO_CACHE: '', XDG_CACHE_HOME: path.join(work, 'cache') };
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env });
  if (!expect.includes(r.status)) {
    throw new Error(`${cmd} ${args.join(' ')} → exit ${r.status} (expected ${expect.join(' or ')})\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

function assert(cond, text) {
  if (!cond) throw new Error(text);
}

try {
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
  )[0];
  const tarball = path.join(work, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  const shipped = JSON.parse(execFileSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' }));

  step('the tarball holds the built bin, LICENSE, docs and the README picture', () => {
    for (const f of ['bin/cchc.js', 'dist/cli/entry.js', 'LICENSE', 'README.md', 'docs/validate.md']) {
      assert(files.has(f), `${f} is not in the tarball`);
    }
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const [, link] of readme.matchAll(/\]\(((?:docs|schemas|plans)\/[^)#\s]*)/g)) {
      if (link.endsWith('/')) continue;
      assert(files.has(link), `README links to ${link}, which is not in the tarball`);
    }
    assert(!files.has('src/cli/main.ts') && ![...files].some((f) => f.startsWith('test/')), 'sources or tests shipped');
  });

  step('the shipped package.json has no install-time scripts', () => {
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) {
      assert(shipped.scripts?.[s] === undefined, `scripts.${s} ships`);
    }
    const here = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert(here.scripts.prepare !== undefined, 'package.json in the checkout lost its prepare script (postpack did not restore it)');
  });

  const project = path.join(work, 'project');
  cpSync(path.join(root, 'fixtures', 'example'), path.join(project, 'data'), { recursive: true });
  writeFileSync(
    path.join(project, 'package.json'),
    `${JSON.stringify({ name: 'cchc-user', version: '1.0.0', private: true, dependencies: { cchc: `file:${tarball}` } }, null, 2)}\n`,
  );
  writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(userLock(tarball, shipped), null, 2));

  step('npm ci --offline installs the tarball without dev dependencies or install-script warnings', () => {
    const r = run(npm, ['ci', '--offline', '--no-audit', '--no-fund'], project);
    assert(!/install-scripts/.test(r.stderr), `npm warned about install scripts:\n${r.stderr}`);
    const installed = readdirSync(path.join(project, 'node_modules'));
    for (const dev of ['typescript', 'vitest', '@biomejs']) assert(!installed.includes(dev), `${dev} was installed`);
  });

  const plan = 'node_modules/cchc/plans/phu-trung-2026-2030.yaml';
  const data = 'data/phu-trung-2026-gia-lap.csv';
  step('npx cchc validate', () => {
    const r = run(npm, ['exec', '--offline', '--', 'cchc', 'validate', plan, '--format', 'json'], project);
    assert(JSON.parse(r.stdout).files.length === 1, r.stdout);
    // Again, from the plan cache the first run filled: the same bytes.
    assert(existsSync(path.join(work, 'cache', 'cchc', 'plans')), 'the installed bin kept no checked plan');
    const again = run(npm, ['exec', '--offline', '--', 'cchc', 'validate', plan, '--format', 'json'], project);
    assert(again.stdout === r.stdout && again.stderr === r.stderr, 'a warm run printed something else');
  });
  step('npx cchc check', () => {
    const r = run(npm, ['exec', '--offline', '--', 'cchc', 'check', plan, '--data', data, '--period', 'Quý III/2026', '--format', 'json'], project, [0, 1]);
    const report = JSON.parse(r.stdout);
    assert(report.targets.length > 0 && report.plan.file.endsWith('phu-trung-2026-2030.yaml'), 'empty report');
  });
  step('npx cchc report', () => {
    run(npm, ['exec', '--offline', '--', 'cchc', 'report', plan, '--data', data, '--period', 'Quý III/2026', '--output', 'bao-cao.xlsx'], project);
    const head = readFileSync(path.join(project, 'bao-cao.xlsx')).subarray(0, 2).toString('latin1');
    assert(head === 'PK', 'bao-cao.xlsx is not a zip/xlsx file');
  });
  // Helper hook: the API import and its types are checked here too once the package exports an API.
  if (existsSync(path.join(root, 'test', 'package', 'api-check.mjs'))) {
    const { checkApi } = await import('./api-check.mjs');
    step('import the API with its types', () => checkApi({ project, run, assert }));
  }
} finally {
  if (!process.env.CCHC_KEEP_PACK) rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  process.stdout.write(`${failures.length} package check(s) failed\n`);
  process.exitCode = 1;
}

/**
 * The user project's lockfile: the tarball, plus exactly the non-dev packages of this repository's lockfile
 * at the same paths (a hoisted tree minus dev-only packages is still a valid tree: runtime packages never
 * depend on dev-only ones).
 */
function userLock(tarball, shipped) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const packages = {
    '': { name: 'cchc-user', version: '1.0.0', dependencies: { cchc: `file:${tarball}` } },
    'node_modules/cchc': {
      version: shipped.version,
      resolved: `file:${tarball}`,
      integrity,
      license: shipped.license,
      dependencies: shipped.dependencies,
      bin: shipped.bin,
      engines: shipped.engines,
    },
  };
  for (const [p, entry] of Object.entries(lock.packages)) {
    if (p === '' || entry.dev || entry.link) continue;
    const { devOptional, ...rest } = entry;
    packages[p] = rest;
  }
  return { name: 'cchc-user', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}
