/** Diagnostics about a whole file or sheet (not a cell). */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { dataDiag } from './diagnostics.js';
import { HEADER_SCAN_ROWS } from './header.js';
import type { LegacyEncoding } from './legacy-encoding.js';

const at = (file: string, sheet?: string): Location => (sheet === undefined ? { file } : { file, sheet });

export function legacyEncodingDiag(file: string, enc: LegacyEncoding, sheet?: string): Diagnostic {
  const source = enc === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI Windows';
  return dataDiag(
    'data-legacy-encoding',
    'error',
    at(file, sheet),
    msg(
      `Tệp dùng bảng mã cũ ${source}, không phải Unicode: chữ tiếng Việt sẽ bị đọc sai nên tệp không được đọc.`,
      `The file is in the legacy ${source} encoding, not Unicode: Vietnamese text would be misread, so it is not read.`,
    ),
    {
      hint: msg(
        `Chuyển sang Unicode bằng Unikey: mở Unikey Toolkit (Ctrl+Shift+F6), chọn Nguồn "${source}", Đích "Unicode" (Unicode dựng sẵn), bấm "Chuyển mã" (với Excel: sao chép vùng dữ liệu, chuyển mã clipboard rồi dán lại, đổi phông sang Times New Roman); sau đó lưu lại dạng .xlsx hoặc "CSV UTF-8".`,
        `Convert to Unicode with Unikey: open Unikey Toolkit (Ctrl+Shift+F6), source "${source}", target "Unicode" (precomposed), press "Chuyển mã" (for Excel: copy the cells, convert the clipboard, paste back, set the font to Times New Roman); then save as .xlsx or "CSV UTF-8".`,
      ),
    },
  );
}

export function badEncodingDiag(file: string): Diagnostic {
  return dataDiag(
    'data-bad-encoding',
    'error',
    at(file),
    msg(
      'Tệp không ở dạng UTF-8 hay UTF-16 nên không đọc được chữ tiếng Việt.',
      'The file is neither UTF-8 nor UTF-16, so Vietnamese text cannot be read.',
    ),
    {
      hint: msg(
        'Trong Excel chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited)", hoặc lưu dạng .xlsx.',
        'In Excel use Save As → "CSV UTF-8 (Comma delimited)", or save as .xlsx.',
      ),
    },
  );
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
