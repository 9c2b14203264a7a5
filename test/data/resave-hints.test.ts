// Where a user is told to save a workbook again, both programs offices use are named: Excel ("Lưu thành" /
// Save As) and LibreOffice Calc ("Lưu dưới dạng"), in both languages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';

/** The first bytes of an old-style (OLE compound) .xls, as Excel 97-2003 writes it. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);

describe('re-save hints name Excel and LibreOffice', () => {
  it.each([
    ['vi', ['Lưu thành (Save As)', 'LibreOffice Calc chọn Tệp → Lưu dưới dạng', '"Excel 2007-365 (.xlsx)"']],
    [
      'en',
      ['in Excel use File → Save As', 'in LibreOffice Calc use File → Save As', '"Excel 2007-365 (.xlsx)"'],
    ],
  ])('an old .xls (%s)', async (lang, phrases) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cchc-xls-'));
    writeFileSync(path.join(dir, 'so-lieu.xls'), OLE);
    const r = await runCli([
      'check',
      'plans/phu-trung-2026-2030.yaml',
      '--data',
      path.join(dir, 'so-lieu.xls'),
      '--period',
      'Quý III/2026',
      '--lang',
      lang,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[data-unsupported-file]');
    for (const p of phrases) expect(r.stderr).toContain(p);
  });
});
