/**
 * The same return in every encoding Vietnamese offices send CSV in (fixtures/returns/encodings/, made by
 * scripts/fixtures/encodings.py: LibreOffice's own CSV export for two of them, the published TCVN3 and VNI
 * tables for the legacy ones). Each Unicode-convertible file must give the very same observations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyEncodingOf, readEightBit } from '../../src/data/legacy-encoding.js';
import { readData } from '../../src/data/read-data.js';
import type { Observation } from '../../src/model/observation.js';
import { testPlan } from './test-plan.js';

const root = path.resolve(import.meta.dirname, '../..');
const dir = 'fixtures/returns/encodings';
const read = (name: string) => readData([`${dir}/${name}`], testPlan, { cwd: root, convention: 'cchc' });
const seen = (o: Observation) => [
  o.indicator,
  o.period.id,
  o.assessment ?? o.value,
  o.raw,
  o.note,
  o.source.row,
];

const SAME = [
  ['dvc-truc-tuyen-toan-trinh', '2026-Q1', 95.5, '95,5%', 'Tính cả thủ tục liên thông', 4],
  ['ket-qua-dien-tu', '2026-Q1', 87.25, '87,25', 'Số liệu từ Cổng dịch vụ công', 5],
  ['thanh-toan-truc-tuyen', '2026-Q1', 48.6, '48,6%', 'Đã đối chiếu với Kho bạc', 6],
  ['quan-tri-du-lieu', '2026-Q1', 2, 'Cấp độ 2', 'Theo đánh giá của Sở', 7],
  ['to-chuc-bo-may', '2026-Q1', 'achieved', 'Đạt', 'Kiện toàn bộ máy các phòng', 8],
];

describe('one return, every encoding', () => {
  it.each([
    'utf8-libreoffice.csv',
    'utf8-bom-excel.csv',
    'utf16le-unicode-text.txt',
    'windows-1258.csv',
    // LibreOffice 7.4 writes ý as y + combining grave (ỳ): "Quỳ I/2026" still names the quarter, since
    // periods are read without regard to tone marks.
    'windows-1258-libreoffice.csv',
  ])('%s: read as it was typed, without a word', async (name) => {
    const r = await read(name);
    expect(r.diagnostics).toEqual([]);
    expect(r.observations.map(seen)).toEqual(SAME);
    expect(r.files).toMatchObject([{ file: `${dir}/${name}`, format: 'csv' }]);
  });

  it('tcvn3.csv: converted exactly, and said so with how to save it as UTF-8 (Excel and LibreOffice)', async () => {
    const r = await read('tcvn3.csv');
    expect(r.observations.map(seen)).toEqual(SAME);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location])).toEqual([
      ['data-converted-encoding', 'warning', { file: `${dir}/tcvn3.csv` }],
    ]);
    const d = r.diagnostics[0]!;
    expect(d.message.vi).toContain('TCVN3');
    expect(d.message.en).toContain('converted it exactly');
    expect(d.hint!.vi).toContain('"CSV UTF-8 (Comma delimited)"');
    expect(d.hint!.vi).toContain('Lưu dưới dạng → Văn bản CSV');
    expect(d.hint!.vi).toContain('Bộ ký tự: Unicode (UTF-8)');
    expect(d.hint!.en).toContain('Character set: Unicode (UTF-8)');
  });

  it('vni.csv: refused, with the Unikey steps, in both languages', async () => {
    const r = await read('vni.csv');
    expect(r.observations).toEqual([]);
    expect(r.files).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['data-legacy-encoding', 'error']]);
    const d = r.diagnostics[0]!;
    expect(d.message.vi).toContain('VNI Windows');
    expect(d.message.en).toContain('VNI Windows');
    for (const h of [d.hint!.vi, d.hint!.en]) expect(h).toMatch(/Unikey.*"VNI Windows".*"Unicode".*UTF-8/);
  });
});

/** The non-empty lines of a file, as bytes. */
function lines(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++)
    if (i === bytes.length || bytes[i] === 0x0a) {
      const l = bytes.subarray(start, i);
      if (/[^\s;,]/.test(l.toString('latin1'))) out.push(l);
      start = i + 1;
    }
  return out;
}

describe('recognised from real byte samples, line by line', () => {
  // Each line alone (a title, the header, one data row) is enough to tell the three 8-bit encodings apart.
  it.each([
    ['windows-1258.csv', 'windows-1258'],
    ['windows-1258-libreoffice.csv', 'windows-1258'],
    ['tcvn3.csv', 'TCVN3'],
    ['vni.csv', 'VNI'],
  ])('%s → %s', (name, encoding) => {
    const ls = lines(readFileSync(path.join(root, dir, name)));
    expect(ls.length).toBe(7);
    for (const l of ls)
      expect([l.toString('latin1'), readEightBit(l)]).toEqual([
        l.toString('latin1'),
        { kind: 'found', encoding },
      ]);
  });

  it.each<[string, number[], unknown]>([
    // "Đạt" in Windows-1258: Đ, a + combining dot below, t.
    ['Đạt (1258)', [0xd0, 0x61, 0xf2, 0x74], { kind: 'found', encoding: 'windows-1258' }],
    // "Đạt" in TCVN3 and in VNI.
    ['Đạt (TCVN3)', [0xa7, 0xb9, 0x74], { kind: 'found', encoding: 'TCVN3' }],
    ['Đạt (VNI)', [0xd1, 0x61, 0xef, 0x74], { kind: 'found', encoding: 'VNI' }],
    // Western text (German, French) is none of them.
    ['Größe, Café (1252)', [...Buffer.from('Größe; Café crème', 'latin1')], { kind: 'unknown' }],
    // Every letter the same byte: reads as syllables in two encodings, so it is not guessed.
    ['Mé ché Ké béo', [...Buffer.from('Mé ché Ké béo céo Gié tré', 'latin1')], { kind: 'ambiguous' }],
  ])('%s', (_, bytes, expected) => {
    expect(readEightBit(new Uint8Array(bytes))).toMatchObject(expected as object);
  });
});

describe('legacy text inside Unicode cells (an XLSX typed in a .VnTime or VNI-Times font)', () => {
  // Such a cell holds the legacy bytes as Latin-1 characters: the fixture bytes read as Latin-1 are that text.
  const latin1 = (name: string) => readFileSync(path.join(root, dir, name)).toString('latin1');
  it('TCVN3 and VNI are told apart, and real Unicode text is left alone', () => {
    expect(legacyEncodingOf(latin1('tcvn3.csv'))).toBe('TCVN3');
    expect(legacyEncodingOf(latin1('vni.csv'))).toBe('VNI');
    expect(legacyEncodingOf(readFileSync(path.join(root, dir, 'utf8-bom-excel.csv'), 'utf8'))).toBeNull();
    // Windows-1258 shown as Latin-1 (a 1258 file opened as Western text) is not TCVN3 either.
    expect(legacyEncodingOf(latin1('windows-1258.csv'))).toBeNull();
  });
});

describe('workbooks typed in a legacy font (openpyxl, cells in .VnTime / VNI-Times)', () => {
  // Decision: refused, not converted. A cell's text alone cannot say whether it is legacy bytes or real
  // Unicode ("Có" is Unicode "Có" or TCVN3 "Cú"), and old templates mix both fonts; the message names the
  // encoding and the Unikey clipboard steps that fix the workbook itself.
  it.each([
    ['vntime-cells.xlsx', 'TCVN3 (ABC, phông .VnTime…)', '"TCVN3 (ABC)"'],
    ['vni-times-cells.xlsx', 'VNI Windows (phông VNI-Times…)', '"VNI Windows"'],
  ])('%s → refused, naming %s', async (name, words, unikey) => {
    const r = await read(name);
    expect(r.observations).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location])).toEqual([
      ['data-legacy-encoding', 'error', { file: `${dir}/${name}`, sheet: 'Bao cao' }],
    ]);
    const d = r.diagnostics[0]!;
    expect(d.message.vi).toContain(words);
    expect(d.message.en).toContain('does not convert cells');
    expect(d.hint!.vi).toContain(`Nguồn ${unikey}`);
    expect(d.hint!.en).toContain('paste back (Ctrl+V) and set the font to Times New Roman');
  });
});

describe('the conversion is said before any row problem', () => {
  it('a TCVN3 file with a bad value: the warning first, then the located error', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const d = await mkdtemp(path.join(tmpdir(), 'cchc-tcvn3-'));
    // "Mã chỉ tiêu,Kỳ báo cáo,Giá trị" / "ket-qua-dien-tu,Quý I/2026,abc" in TCVN3 bytes.
    const bytes = Buffer.from(
      'M\xb7 ch\xd8 ti\xaau,K\xfa b\xb8o c\xb8o,Gi\xb8 tr\xde\r\nket-qua-dien-tu,Qu\xfd I/2026,abc\r\n',
      'latin1',
    );
    await writeFile(path.join(d, 'r.csv'), bytes);
    const r = await readData(['r.csv'], testPlan, { cwd: d, convention: 'cchc' });
    expect(r.diagnostics.map((x) => [x.code, x.location?.row, x.location?.col])).toEqual([
      ['data-converted-encoding', undefined, undefined],
      ['data-bad-value', 2, 'C'],
    ]);
  });
});
