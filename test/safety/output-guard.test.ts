/**
 * Every command that writes a file refuses to write over one of its inputs, whatever the spelling:
 * the same path, another path to it, a symlink, a hard link. Exit 2 and the input byte for byte as it was.
 */
import { copyFile, link, mkdir, mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const REPO = path.resolve(import.meta.dirname, '../..');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cchc-guard-'));
  await mkdir(path.join(dir, 'sub'));
  await copyFile(path.join(REPO, 'plans/phu-trung-2026-2030.yaml'), path.join(dir, 'plan.yaml'));
  await copyFile(path.join(REPO, 'plans/phu-trung-2026-2030.yaml'), path.join(dir, 'plan2.yaml'));
  await copyFile(path.join(REPO, 'fixtures/example/phu-trung-2026-gia-lap.csv'), path.join(dir, 'data.csv'));
  await copyFile(
    path.join(REPO, 'fixtures/example/phu-trung-2026-gia-lap.xlsx'),
    path.join(dir, 'data.xlsx'),
  );
  await symlink('plan.yaml', path.join(dir, 'plan-link.yaml'));
  await symlink('plan.yaml', path.join(dir, 'plan-link.xlsx'));
  await symlink('data.csv', path.join(dir, 'data-link.csv'));
  await link(path.join(dir, 'plan.yaml'), path.join(dir, 'plan-hard.yaml'));
  await link(path.join(dir, 'data.csv'), path.join(dir, 'data-hard.xlsx'));
  await link(path.join(dir, 'data.xlsx'), path.join(dir, 'sub/copy.xlsx'));
});

const check = ['check', 'plan.yaml', '--data', 'data.csv', '--period', 'Quý III/2026'];
const report = ['report', 'plan.yaml', '--data', 'data.csv', 'data.xlsx', '--period', 'Quý III/2026'];
const cases: [string, string[]][] = [
  ['validate, same path', ['validate', 'plan.yaml', '--output', 'plan.yaml']],
  [
    'validate -f sarif -o, another spelling',
    ['validate', 'plan.yaml', '-f', 'sarif', '-o', 'sub/../plan.yaml'],
  ],
  ['validate, symlink to the plan', ['validate', 'plan.yaml', '-o', 'plan-link.yaml']],
  ['validate, hard link to the plan', ['validate', 'plan.yaml', '-o', 'plan-hard.yaml']],
  ['validate, a glob that holds the output', ['validate', '*.yaml', '-o', 'plan2.yaml']],
  ['check, symlink to the data', [...check, '--output', 'data-link.csv']],
  ['check, hard link to the plan', [...check, '--output', 'plan-hard.yaml']],
  ['check, absolute path', [...check, '--output', '@/data.csv']],
  ['report, symlink to the plan', [...report, '--output', 'plan-link.xlsx']],
  ['report, hard link to a data file', [...report, '--output', 'data-hard.xlsx']],
  ['report, hard link in another folder', [...report, '--output', 'sub/copy.xlsx']],
  ['template, symlink to the plan', ['template', 'plan.yaml', '--output', 'plan-link.xlsx']],
  ['diff, the old plan', ['diff', 'plan.yaml', 'plan2.yaml', '--output', 'plan.yaml']],
  ['diff, a hard link to the old plan', ['diff', 'plan.yaml', 'plan2.yaml', '-o', 'plan-hard.yaml']],
];

async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of ['plan.yaml', 'plan2.yaml', 'data.csv', 'data.xlsx']) {
    out[f] = (await readFile(path.join(dir, f))).toString('base64');
  }
  return out;
}

describe('an output that is an input is refused, nothing changed', () => {
  it.each(cases)('%s', async (_, argv) => {
    const before = await snapshot();
    const args = argv.map((a) => (a.startsWith('@/') ? path.join(dir, a.slice(2)) : a));
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không ghi đè tệp đầu vào/);
    expect(r.stdout).toBe('');
    expect(await snapshot()).toEqual(before);
  });

  it('says which input a link points at, in English too', async () => {
    const r = await runCli(['validate', 'plan.yaml', '-o', 'plan-link.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toContain('plan-link.yaml is the same file as plan.yaml');
  });

  it('a new file beside the inputs is written', async () => {
    const r = await runCli(['diff', 'plan.yaml', 'plan2.yaml', '-o', 'diff.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(await readFile(path.join(dir, 'diff.txt'), 'utf8')).not.toBe('');
  });
});
