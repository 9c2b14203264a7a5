import { REPAIR_AND_RESAVE } from '../resave.js';
import type { CatalogEntry } from './entry.js';

/** How to save a CSV as UTF-8, in both programs people save returns with (the hint of two codes). */
const SAVE_AS_UTF8 = {
  saveAsUtf8: {
    vi: 'Lưu lại dạng UTF-8: trong Excel chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited)"; trong LibreOffice chọn Tệp → Lưu dưới dạng → Văn bản CSV (.csv), đánh dấu "Sửa thiết lập bộ lọc", rồi ở hộp xuất chọn Bộ ký tự: Unicode (UTF-8). Hoặc lưu dạng .xlsx.',
    en: 'Save it as UTF-8: in Excel, Save As → "CSV UTF-8 (Comma delimited)"; in LibreOffice, File → Save As → Text CSV (.csv) with "Edit filter settings" ticked, then Character set: Unicode (UTF-8) in the export dialog. Or save as .xlsx.',
  },
};

/** Repair and resave in Excel or LibreOffice Calc: the hint of a damaged workbook (one wording, src/words/resave). */
export const RESAVE = { resave: REPAIR_AND_RESAVE };

/** Data codes: files, encodings, sheets and headers. */
export const DATA_FILE_CODES = {
  'data-unreadable-file': {
    severity: 'error',
    title: { vi: 'Tệp số liệu hỏng hoặc không đọc hết được', en: 'A damaged or unreadable data file' },
    when: 'damaged workbook, a sheet not delivered, an unclosed CSV quote, a line or cell over the limit',
    messages: {
      ...RESAVE,
      cutShort: {
        vi: 'Tệp Excel bị hỏng hoặc bị cắt cụt (thiếu mục lục của tệp nén): có thể tệp chưa tải hay sao chép xong. Tệp không được đọc.',
        en: 'The Excel file is damaged or cut short (its zip directory is missing): it may not have finished downloading or copying. It is not read.',
      },
      cutShortHint: {
        vi: 'Tải hoặc sao chép lại tệp rồi chạy lại.',
        en: 'Download or copy the file again and rerun.',
      },
      zip64: {
        vi: 'Tệp Excel dùng định dạng nén ZIP64 (tệp rất lớn), cchc không đọc được.',
        en: 'The workbook is a ZIP64 archive (a very large file), which cchc does not read.',
      },
      zip64Hint: {
        vi: 'Chia số liệu thành nhiều tệp nhỏ hơn, hoặc xuất ra "CSV UTF-8".',
        en: 'Split the data into smaller files, or export it as "CSV UTF-8".',
      },
      truncated: {
        vi: 'Phần {part}{sheet} của tệp Excel bị cắt cụt: nội dung dừng giữa chừng, các dòng sau chỗ cắt bị mất. Tệp không được đọc.',
        en: 'Part {part}{sheet} of the workbook is cut short: it stops part-way and the rows after the cut are lost. The file is not read.',
      },
      tooLarge: {
        vi: 'Phần {part}{sheet} giải nén ra {size}, vượt giới hạn {limit} (có thể là "bom nén"). Tệp không được đọc.',
        en: 'Part {part}{sheet} inflates to {size}, over the {limit} limit (possibly a "zip bomb"). The file is not read.',
      },
      tooLargeHint: { vi: 'Chia số liệu thành nhiều tệp nhỏ hơn.', en: 'Split the data into smaller files.' },
      tooLong: {
        vi: 'Phần {part}{sheet} có một ô hay một thẻ dài hơn {limit} ký tự (giới hạn; Excel chỉ cho 32.767 ký tự một ô). Tệp không được đọc.',
        en: 'Part {part}{sheet} has a cell or tag longer than {limit} characters (the limit; Excel allows 32,767 per cell). The file is not read.',
      },
      damaged: {
        vi: 'Phần {part}{sheet} của tệp Excel bị hỏng{detail}: không đọc hết được nên tệp không được đọc.',
        en: 'Part {part}{sheet} of the workbook is damaged{detail}: it cannot be read in full, so the file is not read.',
      },
      badXml: {
        vi: 'Trang tính "{sheet}" ({part}) có XML hỏng: {detail}. Tệp không được đọc.',
        en: 'Sheet "{sheet}" ({part}) has damaged XML: {detail}. The file is not read.',
      },
      missingPart: {
        vi: 'Tệp Excel liệt kê trang tính "{sheet}" nhưng thiếu phần chứa nó ({part}). Tệp không được đọc.',
        en: 'The workbook lists sheet "{sheet}" but the part that holds it ({part}) is missing. The file is not read.',
      },
      noStrings: {
        vi: 'Ô này trỏ tới chuỗi dùng chung số {index} nhưng tệp Excel không có phần chuỗi dùng chung (xl/sharedStrings.xml): chữ trong các ô bị mất{more}.',
        en: 'This cell points at shared string {index} but the workbook has no shared-strings part (xl/sharedStrings.xml): the text of its cells is lost{more}.',
      },
      cannotOpen: {
        vi: 'Không mở được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.',
        en: 'Cannot open the Excel file: it is damaged or not an .xlsx workbook.',
      },
      cannotOpenHint: {
        vi: 'Mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".',
        en: 'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
      },
      unclosedQuote: {
        vi: 'Dấu ngoặc kép không được đóng: phần còn lại của tệp bị đọc thành một ô.',
        en: 'A quotation mark is never closed: the rest of the file would be read as one cell.',
      },
      unclosedQuoteHint: {
        vi: 'Thêm dấu " còn thiếu, hoặc xuất lại tệp từ Excel ("CSV UTF-8 (Comma delimited)") hoặc LibreOffice (Lưu dưới dạng → Văn bản CSV, Bộ ký tự: Unicode (UTF-8)).',
        en: 'Add the missing ", or export the file again from Excel ("CSV UTF-8 (Comma delimited)") or LibreOffice (Save As → Text CSV, Character set: Unicode (UTF-8)).',
      },
      cellTooLong: {
        vi: 'Một ô dài hơn giới hạn {mb} triệu ký tự (khoảng {mb} MB): tệp không được đọc.',
        en: 'A cell is longer than the limit of {mb} Mi characters (about {mb} MB): the file is not read.',
      },
      lineTooLong: {
        vi: 'Dòng {line} dài hơn giới hạn {mb} triệu ký tự (khoảng {mb} MB) mà không xuống dòng: tệp không được đọc.',
        en: 'Line {line} runs past the limit of {mb} Mi characters (about {mb} MB) without a line break: the file is not read.',
      },
      tooLongHint: {
        vi: 'Kiểm tra đây có đúng là tệp CSV số liệu không (có thể là tệp khác bị đổi đuôi), hoặc xuất lại từ Excel.',
        en: 'Check that this really is a CSV data file (it may be another file renamed), or export it again from Excel.',
      },
      badString: {
        vi: 'Ô này trỏ tới chuỗi dùng chung số {index} nhưng tệp chỉ có {count} chuỗi (0–{last}): tệp bị hỏng{more}.',
        en: 'This cell points at shared string {index} but the workbook has only {count} (0–{last}): the file is damaged{more}.',
      },
    },
  },
  'data-bad-encoding': {
    severity: 'error',
    title: { vi: 'Bảng mã không đọc được', en: 'A text encoding that cannot be read' },
    when: 'not UTF-8/UTF-16, and not recognisably Windows-1258, TCVN3 or VNI (or two of them)',
    messages: {
      ...SAVE_AS_UTF8,
      replacement: {
        vi: 'Ô có ký tự không đọc được "\uFFFD" (U+FFFD): chữ ở đây đã bị hỏng, không dùng làm số liệu{more}.',
        en: 'The cell holds the replacement character "\uFFFD" (U+FFFD): its text is corrupted and is not used as data{more}.',
      },
      replacementHint: {
        vi: 'Gõ lại nội dung ô trong Excel rồi lưu lại; nếu tệp được tạo bằng chương trình khác, hãy xuất lại dạng UTF-8.',
        en: 'Retype the cell in Excel and save; if another program wrote the file, export it again as UTF-8.',
      },
      ambiguous: {
        vi: 'Tệp không ở dạng Unicode và đọc được theo hai bảng mã ({first} hoặc {second}): cchc không đoán nên tệp không được đọc.',
        en: 'The file is not Unicode and reads as either of two encodings ({first} or {second}): cchc does not guess, so it is not read.',
      },
      broken: {
        vi: 'Tệp bắt đầu ở dạng UTF-8 nhưng có đoạn không đúng UTF-8 (tệp bị cắt hoặc ghép từ tệp khác): chữ tiếng Việt sẽ bị đọc sai nên tệp không được đọc.',
        en: 'The file starts as UTF-8 but has a part that is not valid UTF-8 (cut, or joined from another file): Vietnamese text would be misread, so it is not read.',
      },
      unknown: {
        vi: 'Tệp không ở dạng UTF-8, UTF-16, Windows-1258 hay TCVN3 nên không đọc được chữ tiếng Việt.',
        en: 'The file is not in UTF-8, UTF-16, Windows-1258 or TCVN3, so Vietnamese text cannot be read.',
      },
    },
  },
  'data-legacy-encoding': {
    severity: 'error',
    title: { vi: 'Văn bản dùng bảng mã cũ (TCVN3, VNI)', en: 'Text in a legacy encoding (TCVN3, VNI)' },
    when: 'VNI text; TCVN3/VNI text inside Unicode cells',
    messages: {
      file: {
        vi: 'Tệp dùng bảng mã cũ {encoding}, không phải Unicode: chữ tiếng Việt sẽ bị đọc sai nên tệp không được đọc.',
        en: 'The file is in the legacy encoding {encoding}, not Unicode: Vietnamese text would be misread, so it is not read.',
      },
      cells: {
        vi: 'Các ô được gõ bằng bảng mã cũ {encoding}, không phải Unicode: chữ tiếng Việt sẽ bị đọc sai nên trang tính không được đọc. cchc không tự chuyển mã các ô: chữ trong một ô không cho biết chắc đó là mã cũ hay Unicode.',
        en: 'The cells are typed in the legacy encoding {encoding}, not Unicode: Vietnamese text would be misread, so the sheet is not read. cchc does not convert cells itself: the text of one cell cannot tell for sure whether it is legacy or Unicode.',
      },
    },
  },
  'data-converted-encoding': {
    severity: 'warning',
    title: {
      vi: 'Tệp dùng bảng mã cũ (TCVN3), đã chuyển sang Unicode',
      en: 'A file in a legacy encoding (TCVN3), converted to Unicode',
    },
    when: 'a TCVN3 CSV, converted to Unicode',
    messages: {
      ...SAVE_AS_UTF8,
      converted: {
        vi: 'Tệp dùng bảng mã cũ {encoding}, không phải Unicode: cchc đã chuyển chính xác sang Unicode để đọc. Chữ hoa có dấu gõ bằng phông .VnTimeH mang mã chữ thường nên hiện thành chữ thường.',
        en: 'The file is in the legacy encoding {encoding}, not Unicode: cchc converted it exactly to Unicode to read it. Capitals with tone marks typed in a .VnTimeH font carry lower-case codes, so they show in lower case.',
      },
    },
  },
  'data-sheet-not-found': {
    severity: 'error',
    title: { vi: 'Không có trang tính được nêu', en: 'The named sheet does not exist' },
    when: '`file.xlsx#Sheet` names no sheet (nearest name suggested, diacritics ignored)',
    messages: {
      notFound: {
        vi: 'Không có trang tính "{sheet}". Các trang tính trong tệp: {sheets}.',
        en: 'There is no sheet "{sheet}". Sheets in the file: {sheets}.',
      },
      near: { vi: 'Có phải ý bạn là "{near}"?', en: 'Did you mean "{near}"?' },
      exactName: {
        vi: 'Ghi đúng tên trang tính sau dấu #.',
        en: 'Write the exact sheet name after the #.',
      },
    },
  },
  'data-no-header': {
    severity: 'error',
    title: { vi: 'Không thấy dòng tiêu đề của bảng', en: 'No header row found' },
    when: 'no header row in the first 30 rows (of the named sheet, or of any sheet)',
    hint: {
      vi: 'Dùng mẫu nhập liệu của cchc (lệnh "cchc template"), hoặc đổi tên các cột cho đúng.',
      en: 'Use the cchc data-entry template ("cchc template"), or rename the columns.',
    },
    messages: {
      noHeader: {
        vi: 'Không tìm thấy dòng tiêu đề trong {rows} dòng đầu. Cần các cột "Mã chỉ tiêu", "Kỳ báo cáo", "Giá trị" (hoặc "Tử số" và "Mẫu số"); hoặc "Mã chỉ tiêu" và các cột kỳ như "Quý I/2026"; hoặc "Mã nhiệm vụ", "Kỳ báo cáo", "Tình trạng".',
        en: 'No header row in the first {rows} rows. Expected columns "Mã chỉ tiêu", "Kỳ báo cáo", "Giá trị" (or "Tử số" and "Mẫu số"); or "Mã chỉ tiêu" and period columns such as "Quý I/2026"; or "Mã nhiệm vụ", "Kỳ báo cáo", "Tình trạng".',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
