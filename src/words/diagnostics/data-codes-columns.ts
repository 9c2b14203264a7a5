import type { CatalogEntry } from './entry.js';

/** Data codes: columns that are not read and rows below the table's end. */
export const DATA_COLUMN_CODES = {
  'data-unread-columns': {
    severity: 'warning',
    title: { vi: 'Cột có dữ liệu không được đọc', en: 'Columns with content that are not read' },
    when: 'columns of a recognised table that are not read, named once per table',
    hint: {
      vi: 'Nếu cột có số liệu cần tính, đổi tiêu đề thành tên cột cchc đọc (Giá trị hoặc Kết quả thực hiện, Tử số, Mẫu số, Kỳ báo cáo…; xem docs/data.md); nếu không, có thể để nguyên.',
      en: 'If the column holds figures to be counted, give it a header cchc reads (Giá trị or Kết quả thực hiện, Tử số, Mẫu số, Kỳ báo cáo…; see docs/data.md); otherwise it may stay.',
    },
    messages: {
      one: {
        vi: 'Cột {columns} không được đọc: tiêu đề không phải tên cột cchc dùng.',
        en: 'Column {columns} is not read: the header is not one cchc uses.',
      },
      many: {
        vi: 'Các cột {columns} không được đọc: tiêu đề không phải tên cột cchc dùng.',
        en: 'Columns {columns} are not read: the header is not one cchc uses.',
      },
      // How a column without a header is named in these messages ("D (không có tiêu đề)").
      noHeader: { vi: '{letter} (không có tiêu đề)', en: '{letter} (no header)' },
    },
  },
  'data-figure-in-unread-column': {
    severity: 'error',
    title: {
      vi: 'Số liệu của dòng nằm ở cột không được đọc',
      en: "A row's figure sits in a column that is not read",
    },
    when: "a row's only figure sits in a column that is not read",
    hint: {
      vi: 'Chuyển số liệu sang cột Giá trị (hoặc Tử số, Mẫu số), hoặc đổi tiêu đề cột đó thành "Giá trị".',
      en: 'Move the figure to the Giá trị (value) column (or Tử số, Mẫu số), or rename that column "Giá trị".',
    },
    messages: {
      figure: {
        vi: 'Dòng {row} không có số liệu ở cột cchc đọc, nhưng có "{raw}" ở cột {column}, cột không được đọc: không biết đây có phải số liệu của dòng không.',
        en: 'Row {row} has no figure where cchc reads one, but "{raw}" in column {column}, which is not read: cannot tell whether it is the row\'s figure.',
      },
      inNote: {
        vi: 'Dòng {row} không có số liệu hoặc tình trạng ở cột cchc đọc, nhưng cột {column} ghi "{raw}": ghi chú không được đọc như số liệu.',
        en: 'Row {row} has no figure or status where cchc reads one, but column {column} says "{raw}": a note is not read as a figure.',
      },
      inNoteHint: {
        vi: 'Ghi "{raw}" vào cột Giá trị (chỉ tiêu) hoặc Tình trạng (nhiệm vụ); để Ghi chú cho phần giải thích.',
        en: 'Write "{raw}" in the Giá trị (indicator) or Tình trạng (task) column; keep Ghi chú for the explanation.',
      },
    },
  },
  'data-row-after-table-end': {
    severity: 'error',
    title: { vi: 'Dòng số liệu nằm dưới phần cuối của bảng', en: "A data row below the table's end" },
    when: "a row with a plan code and a figure below the table's footer (date line, signatures, notes)",
    hint: {
      vi: 'Chuyển các dòng số liệu lên trên dòng ngày tháng, chữ ký và ghi chú; hoặc đặt chúng vào một bảng riêng có dòng tiêu đề (trang tính hoặc tệp khác).',
      en: 'Move the data rows above the date line, signatures and notes; or put them in a table of their own with a header row (another sheet or file).',
    },
    messages: {
      belowEnd: {
        vi: 'Dòng {row} có mã "{code}" và số liệu nhưng nằm dưới phần cuối bảng (dòng {endRow}: "{endText}"): không được đọc.',
        en: 'Row {row} has code "{code}" and a figure but lies below the end of the table (row {endRow}: "{endText}"): not read.',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
