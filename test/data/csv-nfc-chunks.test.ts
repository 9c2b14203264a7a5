import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readData } from '../../src/data/read-data.js';
import { testPlan } from './test-plan.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cchc-nfc-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The CSV reader normalises decoded text to NFC a run of whole lines at a time (read-csv.ts), not cell by
// cell. A decomposed letter whose combining mark starts the next 1 MiB chunk must still compose.
describe('NFC across the reader’s chunks', () => {
  it('composes a letter split from its mark at the 1 MiB boundary, and keeps every row', async () => {
    const head = 'Mã chỉ tiêu,Kỳ báo cáo,Giá trị,Ghi chú\n'.normalize('NFD');
    const lead = 'dvc-truc-tuyen-toan-trinh,Quy\u0301 I/2026,95,';
    const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
    // "Ghi chu" then U+0301: the "u" is the last byte of the first chunk, the mark the first of the next.
    const pad = 2 ** 20 - bytes(head) - bytes(lead) - bytes('Ghi chu');
    const note = `${'x'.repeat(pad)}Ghi chu\u0301`;
    const second = 'ket-qua-dien-tu,Quy\u0301 I/2026,"87,25",Ta\u0300i lie\u0323\u0302u\n';
    const file = path.join(dir, 'nfd-split.csv');
    writeFileSync(file, `${head}${lead}${note}\n${second}`);
    expect(bytes(head + lead + note.slice(0, -1))).toBe(2 ** 20);
    const r = await readData([file], testPlan, { cwd: dir, convention: 'cchc' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.observations.map((o) => [o.indicator, o.period.id, o.value])).toEqual([
      ['dvc-truc-tuyen-toan-trinh', '2026-Q1', 95],
      ['ket-qua-dien-tu', '2026-Q1', 87.25],
    ]);
    expect(r.observations[0]!.note!.slice(-7)).toBe('Ghi chú');
    expect(r.observations[1]!.note).toBe('Tài liệu');
  });
});
