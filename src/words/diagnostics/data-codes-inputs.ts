import { resaveHint } from '../resave.js';
import { RESAVE } from './data-codes-files.js';
import type { CatalogEntry } from './entry.js';

/** Data codes: the `--data` paths and the types of the files they name. */
export const DATA_INPUT_CODES = {
  'data-file-not-found': {
    severity: 'error',
    title: { vi: 'Không tìm thấy tệp số liệu', en: 'A data file does not exist' },
    when: 'a `--data` path does not exist',
    hint: { vi: 'Kiểm tra lại đường dẫn sau --data.', en: 'Check the path given to --data.' },
    messages: {
      missing: { vi: 'Không tìm thấy tệp hoặc thư mục.', en: 'No such file or folder.' },
    },
  },
  'data-no-files': {
    severity: 'error',
    title: { vi: 'Thư mục không có tệp số liệu', en: 'A folder holds no data file' },
    when: 'a folder holds no .csv/.xlsx',
    messages: {
      noFiles: {
        vi: 'Thư mục không có tệp .csv hay .xlsx nào.',
        en: 'The folder holds no .csv or .xlsx file.',
      },
    },
  },
  'data-unsupported-file': {
    severity: 'error',
    title: { vi: 'Loại tệp không đọc được', en: 'A file type that cannot be read' },
    when: '.xls, other types, wrong extension for the content',
    messages: {
      ...RESAVE,
      ods: {
        vi: 'Đây là bảng tính OpenDocument (.ods, của LibreOffice) mang đuôi .xlsx, không phải tệp Excel.',
        en: 'This is an OpenDocument spreadsheet (.ods, from LibreOffice) named .xlsx, not an Excel workbook.',
      },
      odsHint: {
        vi: 'Mở bằng LibreOffice Calc, chọn File → Save As → "Excel 2007-365 (.xlsx)".',
        en: 'Open it in LibreOffice Calc and use File → Save As → "Excel 2007-365 (.xlsx)".',
      },
      notWorkbook: {
        vi: 'Tệp là tệp nén (.zip) nhưng không phải bảng tính Excel: không có phần xl/workbook.xml.',
        en: 'The file is a zip archive but not an Excel workbook: it has no xl/workbook.xml part.',
      },
      encrypted: {
        vi: 'Tệp Excel được đặt mật khẩu (mã hóa), nên không đọc được nội dung.',
        en: 'The workbook is password-protected (encrypted), so its content cannot be read.',
      },
      encryptedHint: {
        vi: 'Mở tệp bằng Excel, nhập mật khẩu, vào File → Info → Protect Workbook → Encrypt with Password, xóa mật khẩu, bấm OK rồi lưu lại (LibreOffice: File → Save As, bỏ chọn "Save with password").',
        en: 'Open it in Excel with its password, go to File → Info → Protect Workbook → Encrypt with Password, clear the password, press OK and save (LibreOffice: File → Save As, untick "Save with password").',
      },
      xls: {
        vi: 'Đây là tệp Excel đời cũ (.xls), cchc chỉ đọc .xlsx và .csv.',
        en: 'This is an old-style Excel file (.xls); cchc reads .xlsx and .csv only.',
      },
      xlsHint: resaveHint(undefined),
      notXlsx: {
        vi: 'Tệp có đuôi .xlsx nhưng nội dung không phải bảng tính Excel.',
        en: 'The file is named .xlsx but is not an Excel workbook.',
      },
      notXlsxHint: resaveHint(undefined, {
        vi: 'hoặc đổi đuôi cho đúng (.csv)',
        en: 'or give it the right extension (.csv)',
      }),
      zipNamedText: {
        vi: 'Tệp có đuôi {ext} nhưng thực ra là tệp nén/Excel (.xlsx).',
        en: 'The file is named {ext} but is really a zip/Excel (.xlsx) file.',
      },
      zipNamedTextHint: { vi: 'Đổi đuôi tệp thành .xlsx.', en: 'Rename it to .xlsx.' },
      otherType: {
        vi: 'cchc không đọc được loại tệp "{type}": chỉ đọc .csv và .xlsx.',
        en: 'cchc cannot read "{type}" files: it reads .csv and .xlsx only.',
      },
      otherTypeHint: {
        vi: 'Lưu số liệu dạng .xlsx hoặc "CSV UTF-8".',
        en: 'Save the data as .xlsx or "CSV UTF-8".',
      },
    },
  },
  'data-empty-file': {
    severity: 'error',
    title: { vi: 'Tệp số liệu trống', en: 'An empty data file' },
    when: '0 bytes',
    messages: {
      empty: { vi: 'Tệp rỗng (0 byte).', en: 'The file is empty (0 bytes).' },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
