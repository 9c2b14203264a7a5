import type { Msg } from '../model/diagnostic.js';

/** The 8-bit encodings by the names Windows and Unikey give them. */
export const ENCODING_NAMES = {
  'windows-1258': 'Windows-1258',
  TCVN3: 'TCVN3',
  VNI: 'VNI Windows',
} as const;

/** The legacy encodings with the fonts people know them by; Unikey's name for each. */
export const LEGACY_ENCODINGS = {
  TCVN3: { vi: 'TCVN3 (ABC, phông .VnTime…)', en: 'TCVN3 (ABC, .VnTime… fonts)', unikey: 'TCVN3 (ABC)' },
  VNI: { vi: 'VNI Windows (phông VNI-Times…)', en: 'VNI Windows (VNI-Times… fonts)', unikey: 'VNI Windows' },
} as const;

/** Unikey's conversion, for a CSV (through Notepad) or for the cells of a workbook (through the clipboard). */
export function unikeySteps(source: string, workbook: boolean): Msg {
  const vi = `trong Unikey chọn Công cụ (Ctrl+Shift+F6), Nguồn "${source}", Đích "Unicode" (Unicode dựng sẵn), đánh dấu "Chuyển mã clipboard", bấm "Chuyển mã"`;
  const en = `in Unikey open Công cụ (Toolkit, Ctrl+Shift+F6), source "${source}", target "Unicode" (precomposed), tick "Chuyển mã clipboard", press "Chuyển mã"`;
  return workbook
    ? {
        vi: `Chuyển sang Unicode: chọn và sao chép (Ctrl+C) vùng dữ liệu, ${vi}, dán lại (Ctrl+V) và đổi phông sang Times New Roman; rồi lưu lại.`,
        en: `Convert to Unicode: select and copy (Ctrl+C) the cells, ${en}, paste back (Ctrl+V) and set the font to Times New Roman; then save.`,
      }
    : {
        vi: `Chuyển sang Unicode: mở tệp bằng Notepad, chọn hết (Ctrl+A) và sao chép, ${vi}, dán vào tệp mới và lưu với Mã hóa (Encoding) UTF-8; hoặc xuất lại từ bảng tính gốc dạng "CSV UTF-8".`,
        en: `Convert to Unicode: open the file in Notepad, select all (Ctrl+A) and copy, ${en}, paste into a new file and save it with Encoding UTF-8; or export it again from the original workbook as "CSV UTF-8".`,
      };
}
