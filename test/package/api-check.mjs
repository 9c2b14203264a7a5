// The API as a user imports it from the installed tarball: docs/api.md's example, type-checked with the
// repository's TypeScript against the package's own declarations (exports → types), then run with node.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export function checkApi({ project, run, assert }) {
  const doc = readFileSync(path.join(root, 'docs', 'api.md'), 'utf8');
  const example = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
  assert(example, 'docs/api.md has no ```js example');
  // The shipped plan lives inside the installed package; the data was copied into the project.
  const code = example.replace("'plans/phu-trung-2026-2030.yaml'", "'node_modules/cchc/plans/phu-trung-2026-2030.yaml'");
  writeFileSync(path.join(project, 'example.mjs'), code);
  writeFileSync(path.join(project, 'example.mts'), code);
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  run(process.execPath, [
    tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--skipLibCheck', '--typeRoots', path.join(root, 'node_modules', '@types'), '--types', 'node', 'example.mts',
  ], project);
  // A wrong type must fail the check, or the check proves nothing.
  writeFileSync(path.join(project, 'wrong.mts'), "import { formatNumber } from 'cchc';\nformatNumber('2', 'vi');\n");
  run(process.execPath, [
    tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck',
    '--typeRoots', path.join(root, 'node_modules', '@types'), '--types', 'node', 'wrong.mts',
  ], project, [1, 2]);
  const r = run(process.execPath, ['example.mjs'], project);
  assert(r.stdout.includes('Quý III/2026') && r.stdout.includes('2,68'), `unexpected example output:\n${r.stdout}`);
}
