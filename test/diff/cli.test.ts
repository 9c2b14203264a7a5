import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';
import { scratchDir } from '../validate/scratch-dir.js';

let dir = '';

beforeAll(async () => {
  dir = await scratchDir();
  await writeFile(path.join(dir, 'plans/broken.yaml'), 'schemaVersion: 1\nid: [\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cchc diff: scenarios', () => {
  it.each([
    ['table-vi', ['diff', 'plans/old.yaml', 'plans/new.yaml'], 0],
    ['table-en', ['diff', 'plans/old.yaml', 'plans/new.yaml', '--lang', 'en'], 0],
    ['json', ['diff', 'plans/old.yaml', 'plans/new.yaml', '--format', 'json'], 0],
    ['reverse', ['diff', 'plans/new.yaml', 'plans/old.yaml'], 0],
    ['same', ['diff', 'plans/old.yaml', 'plans/old.yaml'], 0],
    ['broken-plan', ['diff', 'plans/old.yaml', 'plans/broken.yaml'], 2],
    ['missing-plan', ['diff', 'plans/old.yaml', 'plans/khong-co.yaml'], 2],
    ['bad-format', ['diff', 'plans/old.yaml', 'plans/new.yaml', '--format', 'xml'], 2],
    ['one-argument', ['diff', 'plans/old.yaml'], 2],
  ] as const)('%s', async (name, argv, code) => {
    const r = await runCli([...argv], { cwd: dir });
    expect(r.code).toBe(code);
    await expect(r.transcript).toMatchFileSnapshot(`__snapshots__/cli/${name}.txt`);
  });

  it('JSON lists each change of the fixture with its weakened flag', async () => {
    const r = await runCli(['diff', 'plans/old.yaml', 'plans/new.yaml', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    expect(
      json.changes.map((c: { kind: string; id: string; weakened: boolean }) => [c.kind, c.id, c.weakened]),
    ).toEqual([
      ['target-threshold-lowered', 'hai-long-tthc', true],
      ['target-threshold-raised', 'thanh-toan-truc-tuyen', false],
      ['target-deadline-later', 'thanh-toan-truc-tuyen', true],
      ['target-owner-changed', 'thanh-toan-truc-tuyen', false],
      ['target-partners-changed', 'thanh-toan-truc-tuyen', false],
      ['target-added', 'quan-tri-du-lieu-2027', false],
      ['target-removed', 'du-lieu-mo', true],
      ['task-deadline-changed', 'so-hoa-ho-so', true],
    ]);
    expect(json.summary).toEqual({ changes: 8, weakened: 4 });
    expect(json.old).toEqual({ file: 'plans/old.yaml', id: 'xa-thu-2026-2030', revision: 1 });
  });

  it('marks weakened rows in words, and in red only with colour', async () => {
    const plain = await runCli(['diff', 'plans/old.yaml', 'plans/new.yaml'], { cwd: dir });
    expect(plain.stdout.split('\n').filter((l) => l.includes('NỚI LỎNG'))).toHaveLength(4);
    const tty = await runCli(['diff', 'plans/old.yaml', 'plans/new.yaml'], { cwd: dir, tty: true });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for the ANSI red code
    expect(tty.stdout).toMatch(/\u001b\[31m/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });
});
