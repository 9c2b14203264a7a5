#!/usr/bin/env node
// `npm run build`, second step (after tsc, which still builds dist/ for the importable API and its .d.ts):
// bundle the CLI that bin/cchc.js runs into dist/bundle/. Loading ≈ 100 compiled modules and the CommonJS
// files of yaml and commander one by one was about a third of `cchc validate`'s start-up (issue 13); one
// entry file plus a few lazily loaded chunks (split ESM: the views, the diff, the Excel writers each stay
// behind their `await import()`) loads in a fraction of that.
// exceljs and iconv-lite stay outside the bundle and are loaded from node_modules only on the paths that use
// them (test/xlsx/lazy-exceljs-built.test.ts runs the built bin and checks exceljs is never loaded for
// validate or check of a CSV). Sources maps go next to the chunks; bin/cchc.js turns them on with CCHC_DEBUG.
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
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: 'linked',
  // Readable stack traces even without source maps: names and layout kept, only comments dropped.
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // The bundled CommonJS packages (yaml, commander, papaparse …) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __cchcRequire } from 'node:module';\nconst require = __cchcRequire(import.meta.url);",
  },
  define: { __CCHC_VERSION__: JSON.stringify(pkg.version), __CCHC_BUILD__: JSON.stringify(PLACEHOLDER) },
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
