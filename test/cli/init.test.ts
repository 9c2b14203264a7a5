import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../harness/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const INIT = ['init', '--xa', 'Tân Phú', '--tinh', 'Đồng Nai'];

describe('cchc init', () => {
  it('writes a commune plan that validates, with its schema line, a data workbook and next steps', {
    timeout: 90_000,
  }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-init-'));
    const r = await runCli(INIT, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Bước tiếp theo:\n {2}1\. Sửa plans\/tan-phu-2026-2030\.yaml/);
    const text = await readFile(path.join(dir, 'plans/tan-phu-2026-2030.yaml'), 'utf8');
    const schemaLine = /^# yaml-language-server: \$schema=(.*)$/m.exec(text)!;
    expect(await stat(path.resolve(dir, 'plans', schemaLine[1]!))).toBeTruthy();
    const plan = parse(text);
    const source = parse(await readFile(path.join(ROOT, 'plans/phu-trung-2026-2030.yaml'), 'utf8'));
    expect(plan.id).toBe('tan-phu-2026-2030');
    expect(plan.issuer).toEqual({
      name: 'Ủy ban nhân dân xã Tân Phú',
      parent: 'Tỉnh Đồng Nai',
      place: 'Tân Phú',
    });
    expect(plan.title).toMatch(/xã Tân Phú$/);
    expect(plan.units).toEqual(source.units);
    expect(plan.areas).toHaveLength(6);
    expect(plan.phases).toHaveLength(2);
    expect(plan.targets).toEqual(source.targets);
    expect(plan.basis).toEqual(source.basis);
    expect(text).not.toMatch(/Phú Trung\b(?!\s*\()/);
    // The result validates, and the workbook reads back as data for it.
    const v = await runCli(['validate', 'plans/tan-phu-2026-2030.yaml'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/không có lỗi hay cảnh báo/);
    const c = await runCli(
      [
        'check',
        'plans/tan-phu-2026-2030.yaml',
        '--data',
        'plans/tan-phu-2026-2030-bieu-nhap-lieu.xlsx',
        '-f',
        'json',
      ],
      { cwd: dir },
    );
    expect([0, 1]).toContain(c.code);
  });

  it('another province: its basis documents are not Đồng Nai’s', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-init-'));
    const r = await runCli(['init', '--xa', 'Hòa Bình', '--tinh', 'Cà Mau', '-o', 'ke-hoach.yaml'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const plan = parse(await readFile(path.join(dir, 'ke-hoach.yaml'), 'utf8'));
    expect(plan.id).toBe('hoa-binh-2026-2030');
    expect(plan.basis).toBeUndefined();
    expect((await runCli(['validate', 'ke-hoach.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('refuses to overwrite the plan or the workbook, and writes neither', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-init-'));
    expect((await runCli(INIT, { cwd: dir })).code).toBe(0);
    const again = await runCli(INIT, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/đã có; cchc init không ghi đè/);
    await writeFile(path.join(dir, 'x-bieu-nhap-lieu.xlsx'), 'mine');
    const clash = await runCli([...INIT, '-o', 'x.yaml'], { cwd: dir });
    expect(clash.code).toBe(2);
    await expect(stat(path.join(dir, 'x.yaml'))).rejects.toThrow();
    expect(await readFile(path.join(dir, 'x-bieu-nhap-lieu.xlsx'), 'utf8')).toBe('mine');
  });

  it('without a terminal and without the flags, says which flags it needs (exit 2)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-init-'));
    const r = await runCli(['init', '--tinh', 'Đồng Nai'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/thiếu --xa "<tên xã>"/);
    expect(r.stderr).not.toMatch(/--tinh "<tên tỉnh>"\./);
  });

  it('asks on a terminal', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cchc-init-'));
    const answers = ['Tân Phú', 'Đồng Nai'];
    const asked: string[] = [];
    const r = await runCli(['init'], {
      cwd: dir,
      prompt: async (q) => {
        asked.push(q);
        return answers.shift()!;
      },
    });
    expect(r.code).toBe(0);
    expect(asked).toHaveLength(2);
    expect(await stat(path.join(dir, 'plans/tan-phu-2026-2030.yaml'))).toBeTruthy();
  });
});
