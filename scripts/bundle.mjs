#!/usr/bin/env node
// `npm run build`, second step (after tsc, which still builds dist/ for the importable API and its .d.ts):
// bundle the CLI that bin/cchc.js runs into one CommonJS file, dist/bundle/cchc.cjs. Loading ≈ 100 compiled
// modules and the CommonJS files of yaml and commander one by one was about a third of `cchc validate`'s
// start-up (issue 13). One file (not split ESM chunks) because V8 can keep a code cache only for a script:
// bin/load-bundle.js compiles it with the cached code of an earlier run. The code behind each `await import()`
// (views, diff, Excel writers) is in the file but runs only when imported; V8 compiles a function only when it
// is first called. Measured, warm plan cache, CPU time: split ESM validate 1.86x, table 2.94x node -e 0; this
// file with its code cache 1.48x, 2.38x (load 11).
// exceljs and iconv-lite stay outside the bundle and are required from node_modules only on the paths that use
// them (test/build/bundle-lazy-loading.test.ts runs the built bin and checks exceljs is never loaded for validate
// or check of a CSV). The source map goes next to the file; bin/cchc.js turns it on with CCHC_DEBUG.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outdir = path.join(root, 'dist/bundle');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * The build id (src/version.ts BUILD_ID, part of every plan cache key) is a digest of the bundle itself, the
 * bundled packages included: built with this placeholder, then the placeholder is replaced by the digest of the
 * files that hold it (same length, so the source maps still line up).
 */
const PLACEHOLDER = 'cchc-build-id-0000000000000000';
/** Loaded from node_modules at run time: heavy, needed by few paths, and reached through import()/require. */
const EXTERNAL = ['exceljs', 'iconv-lite'];

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cchc: 'src/cli/entry.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: 'linked',
  // Readable stack traces even without source maps: names and layout kept, only comments dropped.
  legalComments: 'none',
  // import('exceljs') becomes require('exceljs'): a script compiled with vm.Script has no dynamic import()
  // on Node 20 without --experimental-vm-modules.
  supported: { 'dynamic-import': false },
  // The sources find files next to themselves through import.meta.url (the schema, ajv's helper, plans/).
  banner: { js: "const __cchcUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: {
    __CCHC_VERSION__: JSON.stringify(pkg.version),
    __CCHC_BUILD__: JSON.stringify(PLACEHOLDER),
    'import.meta.url': '__cchcUrl',
  },
  logLevel: 'warning',
  metafile: true,
});

const files = listFiles(outdir).sort();
const hash = createHash('sha256');
for (const f of files) hash.update(`${f}\n`).update(readFileSync(path.join(outdir, f)));
const id = `cchc-build-id-${hash.digest('hex').slice(0, PLACEHOLDER.length - 'cchc-build-id-'.length)}`;
let stamped = 0;
for (const f of files) {
  const text = readFileSync(path.join(outdir, f), 'utf8');
  if (!text.includes(PLACEHOLDER) || f.endsWith('.map')) continue;
  writeFileSync(path.join(outdir, f), text.replaceAll(PLACEHOLDER, id));
  stamped += 1;
}
if (stamped !== 1) throw new Error(`the build id placeholder was found in ${stamped} files, expected 1`);
console.error(`dist/bundle built (${id})`);

function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}
