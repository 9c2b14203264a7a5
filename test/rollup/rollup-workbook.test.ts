import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';
import { keep, readBack } from '../xlsx/read-back.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cchc-rollup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PLAN = path.resolve('fixtures/rollup/over-units-plan.yaml');
const DATA = path.resolve('fixtures/rollup/units.csv');
const base = ['rollup', PLAN, '--data', DATA, '--as-of', '2026-09-14'];

describe('rollup workbook (read back)', () => {
  it('matrix with status words and fills, frozen panes, autofilter; ranking; one sheet per target with the laggards', async () => {
    const out = path.join(dir, 'tong-hop.xlsx');
    const r = await runCli([...base, '--format', 'xlsx', '--output', out]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    keep('rollup.xlsx', bytes);
    const wb = await readBack(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      [
        'Tổng hợp',
        'Xếp hạng',
        'CT1 toan-trinh',
        'CT2 hai-long',
        'CT3 hai-long-dat-dai',
        'CT4 hai-long-80-phan-tram-don-vi',
        'CT5 toan-trinh-moi-don-vi',
        'CT6 quan-tri-du-lieu',
        'CT7 thu-hang',
        'CT8 sap-xep',
      ].map((n) => n.slice(0, 31)),
    );
    const m = wb.getWorksheet('Tổng hợp')!;
    let head = 1;
    while (m.getCell(head, 1).text !== 'STT') head++;
    expect(m.getCell(head, 2).text).toBe('Đơn vị');
    expect(m.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: head });
    expect(m.autoFilter).toBeTruthy();
    const row = (name: string) => {
      for (let i = head + 1; i <= m.rowCount; i++) if (m.getCell(i, 2).text === name) return i;
      return -1;
    };
    const tanPhu = row('Xã Tân Phú');
    expect(m.getCell(tanPhu, 3).text).toBe('Đạt');
    expect((m.getCell(tanPhu, 3).fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFC6EFCE');
    expect(m.getCell(row('Xã Mẫu Sơn'), 3).text).toBe('Có nguy cơ không đạt');
    expect(m.getCell(row('Xã Mẫu Sơn'), 3).font?.italic).toBe(true);
    const rank = wb.getWorksheet('Xếp hạng')!;
    const ranks: string[] = [];
    rank.eachRow((r) => {
      const t = r.getCell(1).text;
      if (/^\d+=?$/.test(t)) ranks.push(`${t} ${r.getCell(2).text}`);
    });
    expect(ranks).toEqual([
      '1 Xã Bình An',
      '2= Phường Trấn Biên',
      '2= Xã Tân Phú',
      '4 Xã Tân Hạnh',
      '5 Xã Mẫu Sơn',
    ]);
    const lag = wb.getWorksheet('CT1 toan-trinh')!;
    const lagging: string[] = [];
    lag.eachRow((r) => {
      if (/^\d+$/.test(r.getCell(1).text))
        lagging.push(
          `${r.getCell(2).text}: ${r.getCell(3).text} ${r.getCell(3).numFmt ?? ''} ${r.getCell(6).text}`,
        );
    });
    // Worst first; the figure is a number cell (a fraction) shown as a percent.
    expect(lagging).toEqual([
      'Xã Mẫu Sơn: 0.45 0% Có nguy cơ không đạt',
      'Xã An Phú: —  Chưa có số liệu',
      'Xã Chưa Báo Cáo: —  Chưa có số liệu',
      'Xã Tân Hạnh: —  Chưa có số liệu',
    ]);
  });

  it('--split writes one workbook per unit, names safe for every file system, never over an input', async () => {
    const split = path.join(dir, 'xa');
    const r = await runCli([...base, '--split', split]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(split).sort()).toEqual([
      'Phường-Trấn-Biên.xlsx',
      'Xã-An-Phú.xlsx',
      'Xã-Bình-An.xlsx',
      'Xã-Chưa-Báo-Cáo.xlsx',
      'Xã-Mẫu-Sơn.xlsx',
      'Xã-Tân-Hạnh.xlsx',
      'Xã-Tân-Phú.xlsx',
    ]);
    const wb = await readBack(readFileSync(path.join(split, 'Xã-Tân-Phú.xlsx')));
    const ws = wb.worksheets[0]!;
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(row.getCell(1).text));
    expect(texts.join('\n')).toContain('Xếp hạng: 2=/5 (4/8 đạt)');
    // No temporary files are left behind.
    expect(readdirSync(split).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('--format xlsx needs --output', async () => {
    const r = await runCli([...base, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output');
  });
});
