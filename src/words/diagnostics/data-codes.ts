import type { CatalogEntry } from './entry.js';

/**
 * Every code the data readers emit, in the order docs/diagnostics.md lists them. Part of the public contract:
 * never rename one. A new data rule adds its entry here (title, when, severity; templates if its message is
 * built from data) and runs `npm run gen:diagnostics-doc`.
 */
export const DATA_CODES_CATALOG = {
  'data-file-not-found': {
    severity: 'error',
    title: { vi: 'Không tìm thấy tệp số liệu', en: 'A data file does not exist' },
    when: 'a `--data` path does not exist',
  },
  'data-no-files': {
    severity: 'error',
    title: { vi: 'Thư mục không có tệp số liệu', en: 'A folder holds no data file' },
    when: 'a folder holds no .csv/.xlsx',
  },
  'data-unsupported-file': {
    severity: 'error',
    title: { vi: 'Loại tệp không đọc được', en: 'A file type that cannot be read' },
    when: '.xls, other types, wrong extension for the content',
  },
  'data-empty-file': {
    severity: 'error',
    title: { vi: 'Tệp số liệu trống', en: 'An empty data file' },
    when: '0 bytes',
  },
  'data-unreadable-file': {
    severity: 'error',
    title: { vi: 'Tệp số liệu hỏng hoặc không đọc hết được', en: 'A damaged or unreadable data file' },
    when: 'damaged workbook, a sheet not delivered, an unclosed CSV quote, a line or cell over the limit',
  },
  'data-bad-encoding': {
    severity: 'error',
    title: { vi: 'Bảng mã không đọc được', en: 'A text encoding that cannot be read' },
    when: 'not UTF-8/UTF-16, and not recognisably Windows-1258, TCVN3 or VNI (or two of them)',
  },
  'data-legacy-encoding': {
    severity: 'error',
    title: { vi: 'Văn bản dùng bảng mã cũ (TCVN3, VNI)', en: 'Text in a legacy encoding (TCVN3, VNI)' },
    when: 'VNI text; TCVN3/VNI text inside Unicode cells',
  },
  'data-converted-encoding': {
    severity: 'warning',
    title: {
      vi: 'Tệp dùng bảng mã cũ (TCVN3), đã chuyển sang Unicode',
      en: 'A file in a legacy encoding (TCVN3), converted to Unicode',
    },
    when: 'a TCVN3 CSV, converted to Unicode',
  },
  'data-sheet-not-found': {
    severity: 'error',
    title: { vi: 'Không có trang tính được nêu', en: 'The named sheet does not exist' },
    when: '`file.xlsx#Sheet` names no sheet (nearest name suggested, diacritics ignored)',
  },
  'data-no-header': {
    severity: 'error',
    title: { vi: 'Không thấy dòng tiêu đề của bảng', en: 'No header row found' },
    when: 'no header row in the first 30 rows (of the named sheet, or of any sheet)',
  },
  'data-unknown-indicator': {
    severity: 'error',
    title: { vi: 'Mã chỉ số không có trong kế hoạch', en: 'An indicator code the plan does not define' },
    when: 'code not in the plan (nearest codes suggested)',
  },
  'data-unknown-task': {
    severity: 'error',
    title: { vi: 'Mã nhiệm vụ không có trong kế hoạch', en: 'A task id the plan does not define' },
    when: 'task id not in the plan',
  },
  'data-bad-value': {
    severity: 'error',
    title: { vi: 'Giá trị không đọc được', en: 'A value that cannot be read' },
    when: "value unreadable for the indicator's kind",
  },
  'data-out-of-range': {
    severity: 'error',
    title: { vi: 'Giá trị nằm ngoài khoảng cho phép', en: 'A value out of range' },
    when: 'percentage outside 0–100, negative or fractional count',
  },
  'data-bad-period': {
    severity: 'error',
    title: { vi: 'Kỳ báo cáo không đọc được', en: 'A period that cannot be read' },
    when: 'period text not understood',
  },
  'data-missing-period': {
    severity: 'error',
    title: { vi: 'Dòng số liệu thiếu kỳ báo cáo', en: 'A data row without a period' },
    when: 'filled row without a period',
  },
  'data-bad-status': {
    severity: 'error',
    title: { vi: 'Tình trạng nhiệm vụ không đọc được', en: 'A task status that cannot be read' },
    when: 'task status not understood',
  },
  'data-numerator-exceeds-denominator': {
    severity: 'error',
    title: { vi: 'Tử số lớn hơn mẫu số', en: 'Numerator greater than denominator' },
    when: 'numerator > denominator',
  },
  'data-formula-no-result': {
    severity: 'error',
    title: { vi: 'Công thức chưa có kết quả', en: 'A formula without a result' },
    when: 'formula without a cached result',
  },
  'data-formula-error': {
    severity: 'error',
    title: { vi: 'Công thức cho kết quả lỗi', en: 'A formula that gives an error' },
    when: 'cached Excel error',
  },
  'data-duplicate': {
    severity: 'error',
    title: { vi: 'Hai số liệu khác nhau cho cùng một kỳ', en: 'Two different figures for one period' },
    when: 'same indicator/task, period and unit twice with different figures',
  },
  'data-unknown-reporting-unit': {
    severity: 'error',
    title: { vi: 'Đơn vị báo cáo không có trong kế hoạch', en: 'A reporting unit the plan does not declare' },
    when: 'the `Đơn vị` cell names neither the issuer nor a declared reporting unit',
  },
  'data-ambiguous-reporting-unit': {
    severity: 'error',
    title: { vi: 'Tên đơn vị khớp với hai đơn vị', en: 'A unit name that fits two units' },
    when: 'the `Đơn vị` cell fits two declared units (a bare name)',
  },
  'data-ambiguous-fraction': {
    severity: 'warning',
    title: {
      vi: 'Giá trị có thể là phân số hoặc phần trăm',
      en: 'A value that may be a fraction or a percentage',
    },
    when: 'bare (0, 1] value for a percentage',
  },
  'data-zero-denominator': {
    severity: 'warning',
    title: { vi: 'Mẫu số bằng 0', en: 'A zero denominator' },
    when: 'denominator 0: no data',
  },
  'data-value-mismatch': {
    severity: 'warning',
    title: {
      vi: 'Giá trị không khớp tử số/mẫu số',
      en: 'A value that disagrees with its numerator/denominator',
    },
    when: 'value disagrees with numerator/denominator',
  },
  'data-duplicate-identical': {
    severity: 'warning',
    title: { vi: 'Một dòng số liệu lặp lại', en: 'The same figure given twice' },
    when: 'same row twice with the same figure',
  },
  'data-row-without-code': {
    severity: 'warning',
    title: { vi: 'Dòng có số liệu nhưng không có mã', en: 'A row with figures but no code' },
    when: 'a row with figures but no code',
  },
  'data-unread-columns': {
    severity: 'warning',
    title: { vi: 'Cột có dữ liệu không được đọc', en: 'Columns with content that are not read' },
    when: 'columns of a recognised table that are not read, named once per table',
  },
  'data-figure-in-unread-column': {
    severity: 'error',
    title: {
      vi: 'Số liệu của dòng nằm ở cột không được đọc',
      en: "A row's figure sits in a column that is not read",
    },
    when: "a row's only figure sits in a column that is not read",
  },
  'data-row-after-table-end': {
    severity: 'error',
    title: { vi: 'Dòng số liệu nằm dưới phần cuối của bảng', en: "A data row below the table's end" },
    when: "a row with a plan code and a figure below the table's footer (date line, signatures, notes)",
  },
  'data-change-not-value': {
    severity: 'error',
    title: { vi: 'Một mức thay đổi thay cho giá trị', en: 'A change where a value is expected' },
    when: 'a change ("-31", "tăng 3 bậc", "+2") where a value is expected',
  },
  'data-range-not-value': {
    severity: 'error',
    title: {
      vi: 'Một khoảng thay cho một giá trị đo được',
      en: 'A range where one measured value is expected',
    },
    when: 'a range or bound ("50-95", "<10", "từ 50 đến 95")',
  },
  'data-points-not-rate': {
    severity: 'error',
    title: { vi: 'Số điểm thay cho tỷ lệ phần trăm', en: 'Points where a percentage is expected' },
    when: 'points ("8,5 điểm", Đơn vị tính "điểm") for a percentage',
  },
  'data-units-not-rate': {
    severity: 'error',
    title: {
      vi: 'Số đơn vị thay cho tỷ lệ phần trăm',
      en: 'A count of units where a percentage is expected',
    },
    when: 'a count of units ("2/13 sở", "5/95 xã") for a percentage',
  },
  'data-no-data-word': {
    severity: 'note',
    title: { vi: 'Ô ghi "không có số liệu"', en: 'A cell that says there is no figure' },
    when: '"Không phát sinh", "-", "N/A", "x", "Chưa có số liệu": no data, not 0',
  },
  'data-maybe-points': {
    severity: 'warning',
    title: {
      vi: 'Tỷ lệ bằng mẫu số: có thể là điểm',
      en: 'A percentage equal to its denominator: maybe points',
    },
    when: 'a percentage equal to its lone Mẫu số: 10 % or 10/10 points?',
  },
  'data-unknown-indicator-name': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu không khớp chỉ số nào', en: 'An indicator name that fits no indicator' },
    when: 'a row with a name and no code: no indicator has that name or alias (nearest offered)',
  },
  'data-ambiguous-indicator-name': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu khớp nhiều chỉ số', en: 'An indicator name that fits several indicators' },
    when: 'the name (or a lone "Chỉ tiêu" cell) fits two indicators',
  },
  'data-indicator-name-mismatch': {
    severity: 'error',
    title: {
      vi: 'Mã và tên chỉ tiêu của hai chỉ số khác nhau',
      en: 'Code and name of two different indicators',
    },
    when: "code and name: the name is another indicator's (naming both)",
  },
  'data-confusable-indicator': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu thuộc một chỉ số dễ nhầm', en: 'The name belongs to a confusable indicator' },
    when: 'code and name: the name is another member of a confusable family (toàn trình / một phần / nộp trực tuyến; hồ sơ / thủ tục; điểm / tỷ lệ)',
  },
  'data-indicator-name-unmatched': {
    severity: 'warning',
    title: {
      vi: 'Tên chỉ tiêu không khớp chỉ số của mã',
      en: 'The name fits no indicator; read under the code',
    },
    when: 'code and name: the name fits no indicator; read under the code',
  },
} as const satisfies Record<string, CatalogEntry>;
