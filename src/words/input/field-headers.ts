/**
 * Header spellings of the columns the data readers read, per field: what a return (cchc's own template, a
 * hand-made table, an NĐ 30 appendix) writes above each column. Matched by src/data/header.ts after folding
 * (case, marks, spacing), exactly: "Đơn vị tính" is not "Đơn vị". The first spelling of a field is the one
 * cchc's template writes; when a table has two columns of one field, the earlier-listed spelling wins.
 */
export const FIELD_HEADERS = {
  indicator: ['Mã chỉ tiêu', 'chi_tieu', 'indicator', 'ma_chi_tieu'],
  // The indicator's name as hand-made returns and NĐ 30 appendix tables write it; matched against the plan's
  // names and aliases (indicator-name.ts). A bare "Chỉ tiêu" folds like chi_tieu: see BARE_INDICATOR_HEADER.
  name: [
    'Tên chỉ tiêu',
    'ten_chi_tieu',
    'Tên chỉ số',
    'Nội dung chỉ tiêu',
    'Nội dung',
    'Chỉ tiêu/Nội dung',
    'Indicator name',
    'indicator_name',
  ],
  period: ['Kỳ báo cáo', 'ky', 'ky_bao_cao', 'period'],
  // Hand-made returns head the measured figure as cchc's own report does ("Kết quả thực hiện") or shorter:
  // a figure under any of these must be read, never dropped as an unknown column.
  value: [
    'Giá trị',
    'gia_tri',
    'value',
    'Kết quả thực hiện',
    'Kết quả',
    'Thực hiện',
    'Số liệu',
    'Kết quả đạt được',
    // Under a merged "Kết quả" group beside Tử số and Mẫu số, the rate itself.
    'Tỷ lệ (%)',
    'Tỷ lệ %',
    'Tỷ lệ',
  ],
  numerator: ['Tử số', 'tu_so', 'numerator'],
  denominator: ['Mẫu số', 'mau_so', 'denominator'],
  unit: ['Đơn vị', 'don_vi', 'unit'],
  source: ['Nguồn', 'nguon', 'source', 'Nguồn/minh chứng'],
  note: ['Ghi chú', 'ghi_chu', 'note'],
  task: ['Mã nhiệm vụ', 'nhiem_vu', 'ma_nhiem_vu', 'task'],
  status: ['Tình trạng', 'tinh_trang', 'trang_thai', 'status'],
  // The unit of measure (%, điểm, hồ sơ), never the reporting unit ("Đơn vị"): matched exactly after folding.
  // Also read to catch points or counted units typed for a rate ("điểm", "sở", "xã").
  measure: ['Đơn vị tính', 'ĐVT', 'don_vi_tinh', 'dvt', 'Unit of measure', 'measure', 'Đơn vị đo'],
} as const satisfies Record<string, readonly string[]>;

/**
 * "Chỉ tiêu" alone: the code column (it folds like chi_tieu) or, in NĐ 30 appendix tables, the name column;
 * header.ts tells which from the columns beside it.
 */
export const BARE_INDICATOR_HEADER = 'Chỉ tiêu';
