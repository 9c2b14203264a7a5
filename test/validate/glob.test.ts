import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandGlobs, mayBeGlob } from '../../src/util/glob.js';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cchc-glob-'));
  const files = [
    'plans/b.yaml',
    'plans/a.yaml',
    'plans/notes.txt',
    'plans/.hidden.yaml',
    'plans/old/z.yaml',
    'plans/old/deep/y.yaml',
    'plans/B.yaml',
    'node_modules/pkg/x.yaml',
    'top.yaml',
    'names/plan[1].yaml',
    'names/plan1.yaml',
    'linked-target/in-link.yaml',
  ];
  for (const f of files) {
    await mkdir(path.dirname(path.join(root, f)), { recursive: true });
    await writeFile(path.join(root, f), 'x');
  }
  // A symlinked folder under plans/, and a link back up that would loop forever if followed blindly.
  await symlink(path.join(root, 'linked-target'), path.join(root, 'plans/linked'));
  await symlink(root, path.join(root, 'plans/old/loop'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('expandGlobs', () => {
  it.each([
    [['plans/*.yaml'], ['plans/B.yaml', 'plans/a.yaml', 'plans/b.yaml']],
    [['plans/?.yaml'], ['plans/B.yaml', 'plans/a.yaml', 'plans/b.yaml']],
    [['plans/[ab].yaml'], ['plans/a.yaml', 'plans/b.yaml']],
    [['plans/[!ab].yaml'], ['plans/B.yaml']],
    [['plans/{a,b}.yaml'], ['plans/a.yaml', 'plans/b.yaml']],
    [
      ['plans/old/deep/**/*.yaml', 'plans/*.yaml'],
      ['plans/old/deep/y.yaml', 'plans/B.yaml', 'plans/a.yaml', 'plans/b.yaml'],
    ],
    [['**/y.yaml'], ['plans/old/deep/y.yaml']],
    [['plans/old/deep/**'], ['plans/old/deep/y.yaml']],
    // An existing name is itself first: brackets in a real file name are not a character class…
    [['names/plan[1].yaml'], ['names/plan[1].yaml']],
    // …and a pattern still is one (escaped with \\ it names the bracketed file).
    [['names/plan[0-9].yaml'], ['names/plan1.yaml']],
    [['names/plan\\[1\\].yaml'], ['names/plan[1].yaml']],
    [['./plans/a*'], ['plans/a.yaml']],
    [['plans/.h*'], ['plans/.hidden.yaml']],
    [['*.yaml'], ['top.yaml']],
    // Plain paths pass through, in argument order, even if missing; duplicates are dropped.
    [['./plans/a.yaml', 'plans/a.yaml', 'plans//a.yaml'], ['plans/a.yaml']],
    [
      ['plans/b.yaml', 'missing.yaml', 'plans/*.yaml'],
      ['plans/b.yaml', 'missing.yaml', 'plans/B.yaml', 'plans/a.yaml'],
    ],
  ])('%j → %j', async (patterns, files) => {
    expect(await expandGlobs(patterns, root)).toEqual({ files, unmatched: [] });
  });

  it('reports the globs that matched nothing', async () => {
    expect(await expandGlobs(['plans/*.json', 'nope/**/*.yaml', 'plans/a.yaml'], root)).toEqual({
      files: ['plans/a.yaml'],
      unmatched: ['plans/*.json', 'nope/**/*.yaml'],
    });
  });

  it('keeps absolute patterns absolute', async () => {
    const { files } = await expandGlobs([`${root}/plans/a.*`], '/');
    expect(files).toEqual([`${root}/plans/a.yaml`]);
  });

  it('follows a symlinked folder under **; a link loop ends and lists each real file once', async () => {
    const { files } = await expandGlobs(['plans/**/*.yaml'], root);
    expect(files).toContain('plans/linked/in-link.yaml');
    expect(files).toContain('plans/old/deep/y.yaml');
    expect(files).not.toContain('plans/.hidden.yaml');
    expect(new Set(files).size).toBe(files.length);
  });

  it('never descends into node_modules with **', async () => {
    const { files } = await expandGlobs(['**/x.yaml'], root);
    expect(files).toEqual([]);
  });
});

describe('mayBeGlob', () => {
  it.each([
    ['plans/a.yaml', false],
    ['plans/*.yaml', true],
    ['p?', true],
    ['[ab]', true],
    ['{a,b}', true],
  ])('mayBeGlob(%j) = %s', (p, g) => expect(mayBeGlob(p)).toBe(g));
});

describe('cchc validate with names that look like patterns', () => {
  it('an existing plan[1].yaml passed by name is validated, not treated as a pattern for plan1.yaml', async () => {
    const { runCli } = await import('../harness/cli.js');
    const { copyFile } = await import('node:fs/promises');
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-glob-cli-'));
    await copyFile(
      path.resolve(import.meta.dirname, '../../fixtures/diff/old.yaml'),
      path.join(dir, 'plan[1].yaml'),
    );
    const r = await runCli(['validate', 'plan[1].yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = await runCli(['validate', 'plan[1].yaml', '-f', 'json'], { cwd: dir });
    expect(json.stdout).toContain('"plan[1].yaml"');
    // Without the file the same argument is a pattern, and one that matches nothing is still an error.
    const empty = await mkdtemp(path.join(tmpdir(), 'cchc-glob-cli-'));
    const none = await runCli(['validate', 'plan[1].yaml'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/không khớp với tệp nào/);
  });
});
