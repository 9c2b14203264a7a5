import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandBraces, expandGlobs, isGlob, segmentRegExp } from '../../src/util/glob.js';

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
  ];
  for (const f of files) {
    await mkdir(path.dirname(path.join(root, f)), { recursive: true });
    await writeFile(path.join(root, f), 'x');
  }
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
      ['plans/**/*.yaml'],
      ['plans/B.yaml', 'plans/a.yaml', 'plans/b.yaml', 'plans/old/deep/y.yaml', 'plans/old/z.yaml'],
    ],
    [['**/y.yaml'], ['plans/old/deep/y.yaml']],
    [['plans/old/**'], ['plans/old/deep/y.yaml', 'plans/old/z.yaml']],
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

  it('never descends into node_modules with **', async () => {
    const { files } = await expandGlobs(['**/x.yaml'], root);
    expect(files).toEqual([]);
  });
});

describe('glob pieces', () => {
  it.each([
    ['plans/a.yaml', false],
    ['plans/*.yaml', true],
    ['p?', true],
    ['[ab]', true],
    ['{a,b}', true],
  ])('isGlob(%j) = %s', (p, g) => expect(isGlob(p)).toBe(g));

  it.each([
    ['{a,b}.{y,j}', ['a.y', 'a.j', 'b.y', 'b.j']],
    ['no-brace', ['no-brace']],
    ['{single}', ['{single}']],
  ])('expandBraces(%j)', (p, out) => expect(expandBraces(p)).toEqual(out));

  it.each([
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', '.a.yaml', false],
    ['*.yaml', 'a.yml', false],
    ['a.b', 'axb', false],
    ['a+(b)', 'a+(b)', true],
  ])('segment %j vs %j → %s', (seg, name, ok) => expect(segmentRegExp(seg).test(name)).toBe(ok));
});
