#!/usr/bin/env node
// `npm pack`/`npm publish` ship package.json as it is on disk. A checkout needs `prepare` (so `npm ci` on a
// fresh clone builds dist/ and `npx cchc` works), but a shipped `prepare` is an install script to npm 11 for
// tarball, file and git installs ("npm warn install-scripts … cchc (prepare: npm run build)"), and the
// package never needs it: dist/ is built in `prepack`. So `prepack` ends with `strip` (drop the scripts
// only a checkout uses) and `postpack` runs `restore`. The original is kept under node_modules/ (never
// packed); a pack that failed half-way is repaired by the next strip or restore.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const manifest = path.join(root, 'package.json');
const backup = path.join(root, 'node_modules', '.cache', 'cchc-pack', 'package.json');
/** Scripts that make sense only in a checkout; everything else (bin, dependencies…) ships unchanged. */
const CHECKOUT_ONLY = ['prepare', 'prepack', 'postpack'];

function restore() {
  if (!existsSync(backup)) return;
  copyFileSync(backup, manifest);
  rmSync(backup);
}

function strip() {
  restore();
  const text = readFileSync(manifest, 'utf8');
  mkdirSync(path.dirname(backup), { recursive: true });
  writeFileSync(backup, text);
  const pkg = JSON.parse(text);
  for (const s of CHECKOUT_ONLY) delete pkg.scripts?.[s];
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
}

const mode = process.argv[2];
if (mode === 'strip') strip();
else if (mode === 'restore') restore();
else {
  process.stderr.write('usage: node scripts/pack-manifest.mjs strip|restore\n');
  process.exitCode = 2;
}
