/** Diagnostics about a whole file or sheet (not a cell). */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { dataDiag } from './diagnostics.js';
import { HEADER_SCAN_ROWS } from './header.js';
import type { EightBitEncoding, EightBitReading, LegacyEncoding } from './legacy-encoding.js';

const at = (file: string, sheet?: string): Location => (sheet === undefined ? { file } : { file, sheet });

const NAMES: Record<EightBitEncoding, string> = {
  'windows-1258': 'Windows-1258',
  TCVN3: 'TCVN3',
  VNI: 'VNI Windows',
};
/** The legacy encodings with the fonts people know them by; Unikey's name for each. */
const LEGACY = {
  TCVN3: { vi: 'TCVN3 (ABC, phông .VnTime…)', en: 'TCVN3 (ABC, .VnTime… fonts)', unikey: 'TCVN3 (ABC)' },
  VNI: { vi: 'VNI Windows (phông VNI-Times…)', en: 'VNI Windows (VNI-Times… fonts)', unikey: 'VNI Windows' },
} as const;

/** How to save a CSV as UTF-8, in both programs people save returns with. */
const SAVE_AS_UTF8 = msg(
  'Lưu lại dạng UTF-8: trong Excel chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited)"; trong LibreOffice chọn Tệp → Lưu dưới dạng → Văn bản CSV (.csv), đánh dấu "Sửa thiết lập bộ lọc", rồi ở hộp xuất chọn Bộ ký tự: Unicode (UTF-8). Hoặc lưu dạng .xlsx.',
  'Save it as UTF-8: in Excel, Save As → "CSV UTF-8 (Comma delimited)"; in LibreOffice, File → Save As → Text CSV (.csv) with "Edit filter settings" ticked, then Character set: Unicode (UTF-8) in the export dialog. Or save as .xlsx.',
);

/** Unikey's conversion, for a CSV (through Notepad) or for the cells of a workbook (through the clipboard). */
function unikeySteps(source: string, workbook: boolean): { vi: string; en: string } {
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

/** Text in a legacy encoding that cchc does not convert: VNI anywhere, TCVN3/VNI font text inside Unicode cells. */
export function legacyEncodingDiag(file: string, enc: LegacyEncoding, sheet?: string): Diagnostic {
  const name = LEGACY[enc];
  const steps = unikeySteps(name.unikey, sheet !== undefined);
  return dataDiag(
    'data-legacy-encoding',
    'error',
    at(file, sheet),
    sheet === undefined
      ? msg(
          `Tệp dùng bảng mã cũ ${name.vi}, không phải Unicode: chữ tiếng Việt sẽ bị đọc sai nên tệp không được đọc.`,
          `The file is in the legacy encoding ${name.en}, not Unicode: Vietnamese text would be misread, so it is not read.`,
        )
      : msg(
          `Các ô được gõ bằng bảng mã cũ ${name.vi}, không phải Unicode: chữ tiếng Việt sẽ bị đọc sai nên trang tính không được đọc. cchc không tự chuyển mã các ô: chữ trong một ô không cho biết chắc đó là mã cũ hay Unicode.`,
          `The cells are typed in the legacy encoding ${name.en}, not Unicode: Vietnamese text would be misread, so the sheet is not read. cchc does not convert cells itself: the text of one cell cannot tell for sure whether it is legacy or Unicode.`,
        ),
    { hint: steps },
  );
}

/** A TCVN3 CSV, converted exactly to Unicode: said, so the sender can save the next one as UTF-8. */
export function convertedEncodingDiag(file: string, enc: 'TCVN3'): Diagnostic {
  return dataDiag(
    'data-converted-encoding',
    'warning',
    at(file),
    msg(
      `Tệp dùng bảng mã cũ ${LEGACY[enc].vi}, không phải Unicode: cchc đã chuyển chính xác sang Unicode để đọc. Chữ hoa có dấu gõ bằng phông .VnTimeH mang mã chữ thường nên hiện thành chữ thường.`,
      `The file is in the legacy encoding ${LEGACY[enc].en}, not Unicode: cchc converted it exactly to Unicode to read it. Capitals with tone marks typed in a .VnTimeH font carry lower-case codes, so they show in lower case.`,
    ),
    { hint: SAVE_AS_UTF8 },
  );
}

/** Why the bytes of a CSV were not turned into text. */
export function encodingFailureDiag(file: string, r: EightBitReading | { kind: 'broken' }): Diagnostic {
  if (r.kind === 'found') return legacyEncodingDiag(file, r.encoding === 'TCVN3' ? 'TCVN3' : 'VNI');
  const [vi, en] =
    r.kind === 'ambiguous'
      ? [
          `Tệp không ở dạng Unicode và đọc được theo hai bảng mã (${NAMES[r.encodings[0]]} hoặc ${NAMES[r.encodings[1]]}): cchc không đoán nên tệp không được đọc.`,
          `The file is not Unicode and reads as either of two encodings (${NAMES[r.encodings[0]]} or ${NAMES[r.encodings[1]]}): cchc does not guess, so it is not read.`,
        ]
      : r.kind === 'broken'
        ? [
            'Tệp bắt đầu ở dạng UTF-8 nhưng có đoạn không đúng UTF-8 (tệp bị cắt hoặc ghép từ tệp khác): chữ tiếng Việt sẽ bị đọc sai nên tệp không được đọc.',
            'The file starts as UTF-8 but has a part that is not valid UTF-8 (cut, or joined from another file): Vietnamese text would be misread, so it is not read.',
          ]
        : [
            'Tệp không ở dạng UTF-8, UTF-16, Windows-1258 hay TCVN3 nên không đọc được chữ tiếng Việt.',
            'The file is not in UTF-8, UTF-16, Windows-1258 or TCVN3, so Vietnamese text cannot be read.',
          ];
  return dataDiag('data-bad-encoding', 'error', at(file), msg(vi, en), { hint: SAVE_AS_UTF8 });
}

export function noHeaderDiag(file: string, sheet?: string): Diagnostic {
  return dataDiag(
    'data-no-header',
    'error',
    at(file, sheet),
    msg(
      `Không tìm thấy dòng tiêu đề trong ${HEADER_SCAN_ROWS} dòng đầu. Cần các cột "Mã chỉ tiêu", "Kỳ báo cáo", "Giá trị" (hoặc "Tử số" và "Mẫu số"); hoặc "Mã chỉ tiêu" và các cột kỳ như "Quý I/2026"; hoặc "Mã nhiệm vụ", "Kỳ báo cáo", "Tình trạng".`,
      `No header row in the first ${HEADER_SCAN_ROWS} rows. Expected columns "Mã chỉ tiêu", "Kỳ báo cáo", "Giá trị" (or "Tử số" and "Mẫu số"); or "Mã chỉ tiêu" and period columns such as "Quý I/2026"; or "Mã nhiệm vụ", "Kỳ báo cáo", "Tình trạng".`,
    ),
    {
      hint: msg(
        'Dùng mẫu nhập liệu của cchc (lệnh "cchc template"), hoặc đổi tên các cột cho đúng.',
        'Use the cchc data-entry template ("cchc template"), or rename the columns.',
      ),
    },
  );
}

export function fileDiag(
  code:
    | 'data-file-not-found'
    | 'data-no-files'
    | 'data-unsupported-file'
    | 'data-empty-file'
    | 'data-unreadable-file',
  file: string,
  vi: string,
  en: string,
  hint?: { vi: string; en: string },
): Diagnostic {
  return dataDiag(code, 'error', at(file), msg(vi, en), hint ? { hint } : {});
}
