import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

const schema = JSON.parse(readFileSync('schemas/rollup.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const ARGS = [
  'rollup',
  'plans/dong-nai-cap-xa-2026-2030.yaml',
  '--data',
  'fixtures/example/dong-nai-95-xa-gia-lap.csv',
  '--period',
  'Quý III/2026',
];

describe('the 95-commune example (giả lập)', () => {
  it('the committed data are exactly what the committed generator writes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cchc-example-'));
    const out = path.join(dir, 'x.csv');
    execFileSync(process.execPath, ['fixtures/example/make-dong-nai-rollup.mjs', out]);
    expect(readFileSync(out)).toEqual(readFileSync('fixtures/example/dong-nai-95-xa-gia-lap.csv'));
    rmSync(dir, { recursive: true, force: true });
  });

  it('the province plan validates', async () => {
    const r = await runCli(['validate', 'plans/dong-nai-cap-xa-2026-2030.yaml']);
    expect(r.code).toBe(0);
  });

  it('rolls up 95 units; the seed’s "100% cấp xã đạt cấp độ 3" read at province level', async () => {
    const r = await runCli([...ARGS, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(validate(doc)).toBe(true);
    expect(doc.units).toHaveLength(95);
    expect(doc.units.every((u: { name: string }) => / Giả lập \d\d$/.test(u.name))).toBe(true);
    expect(doc.unitsWithoutData).toHaveLength(3);
    const t = (id: string) => doc.targets.find((x: { id: string }) => x.id === id).overUnits;
    expect(t('xa-quan-tri-du-lieu-cap-3')).toMatchObject({
      met: 30,
      denominator: 95,
      noDataUnits: 9,
      status: 'at-risk',
    });
    expect(t('xa-quan-tri-du-lieu-cap-3').reason).toBe(
      '30/95 đơn vị đạt (31,6%), 56 đúng tiến độ, 9 chưa có số liệu; cần ≥ 100%; đơn vị chưa có số liệu tính là chưa đạt → có nguy cơ không đạt',
    );
    expect(t('xa-thanh-toan-truc-tuyen-80')).toMatchObject({ noData: 'exclude', denominator: 92 });
    expect(t('xa-ket-qua-dien-tu').need).toMatchObject({ kind: 'count', value: 60, of: 95 });
    // The per-unit threshold of the example: Xã Giả lập 72 is held to 60%.
    const pay = doc.targets.find((x: { id: string }) => x.id === 'xa-thanh-toan-truc-tuyen-80');
    expect(pay.cells.find((c: { unit: string }) => c.unit === 'xa-gia-lap-72').targetValue).toBe(60);
  });

  it('the terminal view of 95 units fits 80 columns', async () => {
    const r = await runCli(ARGS);
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('Số đơn vị: 95 (danh sách đơn vị của kế hoạch)');
  });
});
