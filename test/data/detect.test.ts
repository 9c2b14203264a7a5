import { describe, expect, it } from 'vitest';
import { colLetter } from '../../src/data/cells.js';
import { detectDelimiter } from '../../src/data/csv-delimiter.js';
import { sniffEncoding } from '../../src/data/encoding.js';
import { detectHeader } from '../../src/data/header.js';
import { legacyEncodingOf } from '../../src/data/legacy-encoding.js';
import { parsePeriod } from '../../src/periods/index.js';

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\nx;95,5;3\ny;1,5;2', ';'],
    ['a\tb\tc\nx\t95,5\t3', '\t'],
    ['"a;b",c,d\n1,2,3', ','],
    ['Tiêu đề\n\nMã chỉ tiêu;Kỳ;Giá trị\nx;Quý I/2026;95,5', ';'],
    ['single', ','],
  ])('%j → %j', (text, d) => {
    expect(detectDelimiter(text)).toBe(d);
  });
});

describe('legacy encodings', () => {
  it.each([
    ['M· chØ tiªu,Kú b¸o c¸o,Gi¸ trÞ', 'TCVN3'],
    ['Hµ Néi, ViÖt Nam, ®¬n vÞ', 'TCVN3'],
    ['Maõ chæ tieâu,Kyø baùo caùo,Giaù trò', 'VNI'],
    ['Mã chỉ tiêu,Kỳ báo cáo,Giá trị', null],
    ['Hà Nội, Việt Nam © 2026 «trích dẫn»', null],
    ['plain ascii text', null],
  ])('%j → %s', (text, enc) => {
    expect(legacyEncodingOf(text)).toBe(enc);
  });

  it.each<[number[], unknown]>([
    [[0xff, 0xfe, 0x41, 0x00], { ok: true, encoding: 'utf-16le' }],
    [[0xfe, 0xff, 0x00, 0x41], { ok: true, encoding: 'utf-16be' }],
    [[0xef, 0xbb, 0xbf, 0x41], { ok: true, encoding: 'utf-8' }],
    [[0x41, 0xc3, 0xa1], { ok: true, encoding: 'utf-8' }],
    [[0x41, 0xe9, 0x41], { ok: false, eightBit: { kind: 'unknown' } }],
  ])('bytes %j → %j', (bytes, expected) => {
    expect(sniffEncoding(new Uint8Array(bytes), true)).toEqual(expected);
  });
});

describe('detectHeader', () => {
  const period = (t: string) => parsePeriod(t, 'cchc');
  const rows = (...r: string[][]) => r.map((cells, i) => ({ row: i + 1, cells }));

  it('finds the header under a title block', () => {
    const h = detectHeader(
      rows(['BÁO CÁO'], [], ['STT', 'Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị'], ['1', 'x', 'Quý I/2026', '1']),
      period,
    );
    expect(h?.layout.row).toBe(3);
    expect(h?.layout.cols).toEqual({ indicator: 1, period: 2, value: 3 });
  });

  it.each<[string[], Record<string, number>, boolean]>([
    // A name column alone identifies the indicator (matched on the plan's names and aliases).
    [['Tên chỉ tiêu', 'Kỳ báo cáo', 'Giá trị'], { name: 0, period: 1, value: 2 }, false],
    [['Nội dung chỉ tiêu', 'Kỳ báo cáo', 'Kết quả'], { name: 0, period: 1, value: 2 }, false],
    // A bare "Chỉ tiêu" beside a code column is the name column …
    [
      ['Mã chỉ tiêu', 'Chỉ tiêu', 'Kỳ báo cáo', 'Giá trị'],
      { indicator: 0, name: 1, period: 2, value: 3 },
      false,
    ],
    [
      ['Chỉ tiêu', 'Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị'],
      { indicator: 1, name: 0, period: 2, value: 3 },
      false,
    ],
    // … beside a name column the code column (as the alias chi_tieu always was) …
    [
      ['Chỉ tiêu', 'Tên chỉ tiêu', 'Kỳ báo cáo', 'Giá trị'],
      { indicator: 0, name: 1, period: 2, value: 3 },
      false,
    ],
    // … and alone a column of codes or names, told apart cell by cell.
    [['STT', 'Chỉ tiêu', 'Kỳ báo cáo', 'Kết quả thực hiện'], { indicator: 1, period: 2, value: 3 }, true],
    [['chi_tieu', 'ky', 'gia_tri'], { indicator: 0, period: 1, value: 2 }, true],
  ])('%j → %j (code or name per cell: %s)', (header, cols, codeOrName) => {
    const h = detectHeader(rows(header), period);
    expect(h?.layout.cols).toEqual(cols);
    expect(h?.layout.codeOrName).toBe(codeOrName);
  });

  it('takes the lower row of a two-row merged header, filling merged cells from above', () => {
    const h = detectHeader(
      rows(
        ['Mã chỉ tiêu', 'Kỳ báo cáo', 'Kết quả', '', ''],
        ['', '', 'Giá trị', 'Tử số', 'Mẫu số'],
        ['x', 'Quý I/2026', '1'],
      ),
      period,
    );
    expect(h?.layout.row).toBe(2);
    expect(h?.layout.cols).toEqual({ indicator: 0, period: 1, value: 2, numerator: 3, denominator: 4 });
    expect(h?.layout.names).toEqual(['Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị', 'Tử số', 'Mẫu số']);
  });

  it('prefers "Mã chỉ tiêu" over "Chỉ tiêu" (the alias chi_tieu) wherever they stand', () => {
    const h = detectHeader(rows(['Chỉ tiêu', 'Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị']), period);
    expect(h?.layout.cols.indicator).toBe(1);
  });

  it('keeps a one-row header when the next row is data', () => {
    const h = detectHeader(rows(['Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị'], ['', '', '95']), period);
    expect(h?.layout.row).toBe(1);
  });

  it('recognises a wide table by its period columns', () => {
    const h = detectHeader(rows(['Mã chỉ tiêu', 'Chỉ tiêu', 'Quý I/2026', 'Quý II/2026', 'Ghi chú']), period);
    expect(h?.layout.periodCols.map((p) => [p.col, p.period.id])).toEqual([
      [2, '2026-Q1'],
      [3, '2026-Q2'],
    ]);
    expect(h?.layout.cols.note).toBe(4);
  });

  it.each([
    ['Kết quả thực hiện'],
    ['Kết quả'],
    ['Thực hiện'],
    ['Số liệu'],
    ['Kết quả đạt được'],
    ['KẾT QUẢ THỰC HIỆN'],
  ])('the value column headed %j is read (hand-made returns), beside Tử số/Mẫu số', (value) => {
    const h = detectHeader(rows(['Mã chỉ tiêu', 'Kỳ báo cáo', value, 'Tử số', 'Mẫu số']), period);
    expect(h?.layout.cols).toMatchObject({ indicator: 0, period: 1, value: 2, numerator: 3, denominator: 4 });
  });

  it.each([
    [['Tên đơn vị', 'Kỳ báo cáo', 'Giá trị']],
    [['Mã chỉ tiêu', 'Kỳ báo cáo', 'Đơn vị tính']],
    [['Mã nhiệm vụ', 'Kỳ báo cáo']],
  ])('no header in %j (exact folded names only)', (header) => {
    expect(detectHeader(rows(header), period)).toBeNull();
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %d is %s', (i, letter) => {
    expect(colLetter(i)).toBe(letter);
  });
});
