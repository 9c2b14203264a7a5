import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/util/safe-file-name.js';

describe('safeFileName', () => {
  it.each([
    ['Xã Tân Phú', 'Xã-Tân-Phú.xlsx'],
    ['Phường Trấn Biên', 'Phường-Trấn-Biên.xlsx'],
    ['Xa\u0303 Ta\u0302n Phu\u0301', 'Xã-Tân-Phú.xlsx'], // NFD from macOS → NFC
    ['Xã A/B: "C"?', 'Xã-A-B-C.xlsx'],
    ['  ..Xã Lộc Ninh..  ', 'Xã-Lộc-Ninh.xlsx'],
    ['CON', '_CON.xlsx'],
    ['lpt1', '_lpt1.xlsx'],
    ['???', 'don-vi.xlsx'],
    ['tab\there', 'tab-here.xlsx'],
  ])('%j → %j', (name, expected) => {
    expect(safeFileName(name, '.xlsx', new Set())).toBe(expected);
  });

  it('never gives two units the same file, even on case-insensitive file systems', () => {
    const taken = new Set<string>();
    expect(
      ['Xã Tân Phú', 'XÃ TÂN PHÚ', 'Xã Tân/Phú', 'Xã Tân Phú'].map((n) => safeFileName(n, '.xlsx', taken)),
    ).toEqual(['Xã-Tân-Phú.xlsx', 'XÃ-TÂN-PHÚ-2.xlsx', 'Xã-Tân-Phú-3.xlsx', 'Xã-Tân-Phú-4.xlsx']);
  });

  it('keeps names short enough for every file system', () => {
    const long = safeFileName('Xã '.repeat(100), '.xlsx', new Set());
    expect(Buffer.byteLength(long)).toBeLessThan(255);
  });
});
