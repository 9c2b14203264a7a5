import type { CatalogEntry } from './entry.js';

/** Every code the plan loader and its checks emit, in the order docs/diagnostics.md lists them. Never rename one. */
export const PLAN_CODES = {
  'plan-too-large': {
    severity: 'error',
    title: { vi: 'Tệp kế hoạch quá lớn', en: 'The plan file is too large' },
    when: 'file over 5 MiB (5,242,880 characters/bytes)',
  },
  'plan-too-deep': {
    severity: 'error',
    title: { vi: 'Tệp kế hoạch lồng nhau quá sâu', en: 'The plan file is nested too deeply' },
    when: 'mappings and lists nested more than 64 levels deep',
  },
  'plan-non-finite-number': {
    severity: 'error',
    title: {
      vi: 'Giá trị không phải số hữu hạn (.nan, .inf)',
      en: 'A value is not a finite number (.nan, .inf)',
    },
    when: '`.nan`, `.inf` or `-.inf` where a number is written',
  },
  'plan-encoding': {
    severity: 'error',
    title: { vi: 'Tệp kế hoạch không phải văn bản UTF-8', en: 'The plan file is not UTF-8 text' },
    when: 'file is not UTF-8 / UTF-16-with-BOM text',
  },
  'yaml-syntax': {
    severity: 'error',
    title: { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
    when: 'YAML cannot be parsed (first error only)',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    title: { vi: 'Một khóa xuất hiện hai lần trong cùng một mục', en: 'A key appears twice in one mapping' },
    when: 'a key appears twice in one mapping',
  },
  'yaml-alias-limit': {
    severity: 'error',
    title: { vi: 'Tệp dùng quá nhiều bí danh (alias) YAML', en: 'The file expands too many YAML aliases' },
    when: 'aliases expand more than 100 times',
  },
  'yaml-unquoted-comma': {
    severity: 'error',
    title: {
      vi: 'Dấu phẩy trong giá trị không có ngoặc kép đã cắt đôi giá trị',
      en: 'A comma in an unquoted value cut the value in two',
    },
    when: 'a comma inside an unquoted value of a `{ … }` mapping cut the value: the hint gives the value in quotes (`name: "UBND xã A, tỉnh B"`); replaces the `unknown-field`/`yaml-duplicate-key` the stray piece would cause',
  },
  'plan-empty': {
    severity: 'error',
    title: { vi: 'Tệp kế hoạch trống', en: 'The plan file is empty' },
    when: 'the file has no content',
  },
  'plan-not-mapping': {
    severity: 'error',
    title: { vi: 'Nội dung tệp không phải một kế hoạch', en: 'The file content is not a plan' },
    when: 'the top level is a list or a scalar',
  },
  'unknown-schema-version': {
    severity: 'error',
    title: { vi: 'Phiên bản định dạng (schemaVersion) không được hỗ trợ', en: 'Unsupported schemaVersion' },
    when: '`schemaVersion` is not one this release reads',
  },
  'unknown-field': {
    severity: 'error',
    title: { vi: 'Trường không có trong định dạng kế hoạch', en: 'A field the plan format does not define' },
    when: 'a field the format does not have (with "did you mean")',
  },
  'missing-field': {
    severity: 'error',
    title: { vi: 'Thiếu trường bắt buộc', en: 'A required field is missing' },
    when: 'a required field is absent',
  },
  'wrong-type': {
    severity: 'error',
    title: { vi: 'Giá trị sai kiểu', en: 'A value of the wrong type' },
    when: 'text where a number is expected, etc.',
  },
  'invalid-value': {
    severity: 'error',
    title: { vi: 'Giá trị không được phép', en: 'A value that is not allowed' },
    when: 'not one of the allowed values, bad id or date pattern, below a minimum',
  },
  'empty-value': {
    severity: 'error',
    title: { vi: 'Giá trị để trống', en: 'An empty value' },
    when: 'a required text is empty',
  },
  'empty-list': {
    severity: 'error',
    title: { vi: 'Danh sách trống', en: 'An empty list' },
    when: '`units`, `phases` or `indicators` has no entry',
  },
  'duplicate-id': {
    severity: 'error',
    title: { vi: 'Mã bị trùng', en: 'An id is used twice' },
    when: 'two units/phases/areas/indicators/targets/tasks share an id',
  },
  'unknown-unit': {
    severity: 'error',
    title: {
      vi: 'Tham chiếu tới đơn vị không có trong kế hoạch',
      en: 'Reference to a unit the plan does not define',
    },
    when: 'owner, partner or area lead is not a declared unit',
  },
  'unknown-indicator': {
    severity: 'error',
    title: {
      vi: 'Tham chiếu tới chỉ số không có trong kế hoạch',
      en: 'Reference to an indicator the plan does not define',
    },
    when: "a target's indicator is not declared",
  },
  'unknown-phase': {
    severity: 'error',
    title: {
      vi: 'Tham chiếu tới giai đoạn không có trong kế hoạch',
      en: 'Reference to a phase the plan does not define',
    },
    when: "a target's phase is not declared",
  },
  'unknown-area': {
    severity: 'error',
    title: {
      vi: 'Tham chiếu tới lĩnh vực không có trong kế hoạch',
      en: 'Reference to an area the plan does not define',
    },
    when: "a target's or task's area is not declared",
  },
  'unknown-parent': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu cha không tồn tại', en: 'The parent target does not exist' },
    when: "a target's parent is not a declared target",
  },
  'parent-cycle': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu cha tạo thành vòng lặp', en: 'Parent targets form a cycle' },
    when: 'a target is its own parent, directly or through others',
  },
  'invalid-date': {
    severity: 'error',
    title: { vi: 'Ngày không hợp lệ', en: 'An invalid date' },
    when: 'a YYYY-MM-DD date that is not on the calendar (2027-02-30)',
  },
  'date-range-reversed': {
    severity: 'error',
    title: { vi: 'Ngày bắt đầu sau ngày kết thúc', en: 'A start date after the end date' },
    when: 'a period or phase ends before it starts',
  },
  'phase-outside-plan': {
    severity: 'error',
    title: { vi: 'Giai đoạn nằm ngoài thời gian của kế hoạch', en: 'A phase outside the plan period' },
    when: 'a phase goes beyond the plan period',
  },
  'deadline-outside-plan': {
    severity: 'error',
    title: { vi: 'Thời hạn nằm ngoài thời gian của kế hoạch', en: 'A deadline outside the plan period' },
    when: 'a target or task deadline is outside the plan period',
  },
  'deadline-outside-phase': {
    severity: 'error',
    title: { vi: 'Thời hạn nằm ngoài giai đoạn của chỉ tiêu', en: 'A deadline outside its phase' },
    when: "a target's explicit deadline is outside its phase",
  },
  'bad-target-deadline': {
    severity: 'error',
    title: { vi: 'Không hiểu thời hạn của chỉ tiêu', en: 'A target deadline that cannot be read' },
    when: 'a target deadline that cannot be read, or is a recurrence',
  },
  'missing-deadline': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu không có thời hạn', en: 'A target without a deadline' },
    when: 'a target with neither `deadline` nor `phase`',
  },
  'bad-task-deadline': {
    severity: 'error',
    title: { vi: 'Không hiểu thời hạn của nhiệm vụ', en: 'A task deadline that cannot be read' },
    when: 'a task deadline that cannot be read',
  },
  'missing-task-deadline': {
    severity: 'error',
    title: { vi: 'Nhiệm vụ không có thời hạn', en: 'A task without a deadline' },
    when: 'a task with neither `deadline` nor `area`',
  },
  'bad-area-timing': {
    severity: 'error',
    title: { vi: 'Không hiểu thời gian thực hiện của lĩnh vực', en: 'An area timing that cannot be read' },
    when: "an area's `timing` cannot be read",
  },
  'missing-owner': {
    severity: 'error',
    title: { vi: 'Thiếu đơn vị chủ trì', en: 'No owner unit' },
    when: 'a target or task with neither `owner` nor `area`',
  },
  'comparator-kind-mismatch': {
    severity: 'error',
    title: {
      vi: 'Phép so sánh không hợp với loại chỉ số',
      en: 'A comparator that does not fit the indicator kind',
    },
    when: 'e.g. `maintain-or-improve` on a percentage, any comparator on a milestone',
  },
  'value-kind-mismatch': {
    severity: 'error',
    title: { vi: 'Giá trị không hợp với loại chỉ số', en: 'A value that does not fit the indicator kind' },
    when: 'a value on a milestone or qualitative target',
  },
  'missing-comparator': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu thiếu phép so sánh (≥, ≤, =)', en: 'A target without a comparator' },
    when: 'a measured target without comparator',
  },
  'missing-value': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu thiếu giá trị', en: 'A target without a value' },
    when: 'a measured target without value (except `maintain-or-improve`)',
  },
  'percentage-out-of-range': {
    severity: 'error',
    title: { vi: 'Tỷ lệ phần trăm nằm ngoài 0–100', en: 'A percentage outside 0–100' },
    when: 'a percentage value or baseline outside 0–100',
  },
  'level-out-of-range': {
    severity: 'error',
    title: { vi: 'Cấp độ nằm ngoài thang cho phép', en: 'A level outside its scale' },
    when: 'a level that is not a whole number 1–5',
  },
  'value-out-of-range': {
    severity: 'error',
    title: { vi: 'Giá trị nằm ngoài khoảng cho phép', en: 'A value out of range' },
    when: 'a negative count, or a rank below 1 / not whole',
  },
  'reporting-unit-unknown-group': {
    severity: 'error',
    title: { vi: 'Nhóm đơn vị không có trong kế hoạch', en: 'A unit group the plan does not declare' },
    when: "a reporting unit's `group` is not in `reportingUnits.groups`",
  },
  'reporting-unit-duplicate-name': {
    severity: 'error',
    title: { vi: 'Hai đơn vị báo cáo có tên trùng nhau', en: 'Two reporting units with the same name' },
    when: 'two reporting units (or one and the issuer) have names/aliases that fold alike',
  },
  'indicator-duplicate-name': {
    severity: 'error',
    title: { vi: 'Hai chỉ số có tên trùng nhau', en: 'Two indicators with the same name' },
    when: 'two indicators have names/aliases that fold alike',
  },
  'reporting-units-file-read': {
    severity: 'error',
    title: { vi: 'Không đọc được tệp danh sách đơn vị', en: 'The reporting-units file cannot be read' },
    when: '`reportingUnits.file` cannot be read (missing, too large, not UTF-8)',
  },
  'reporting-units-file-invalid': {
    severity: 'error',
    title: {
      vi: 'Tệp danh sách đơn vị không đúng định dạng',
      en: 'The reporting-units file is not a list of units',
    },
    when: 'the units file is not a list of `{id, name, aliases?, group?}` (located in that file)',
  },
  'weaker-later-target': {
    severity: 'warning',
    title: {
      vi: 'Chỉ tiêu giai đoạn sau thấp hơn giai đoạn trước',
      en: 'A later target asks less than an earlier one',
    },
    when: 'a later target for the same indicator asks for less than an earlier one',
  },
  'needs-schema-version-2': {
    severity: 'error',
    title: {
      vi: 'Trường của định dạng phiên bản 2 trong tệp chưa ghi schemaVersion: 2',
      en: 'A version-2 field in a file without schemaVersion: 2',
    },
    when: 'a field or value of plan format version 2 in a file without `schemaVersion: 2`',
  },
  'unit-owns-nothing': {
    severity: 'warning',
    title: { vi: 'Đơn vị không chủ trì hay phối hợp việc gì', en: 'A unit that owns nothing' },
    when: 'a declared unit owns or partners no target, task or area',
  },
  'score-field-kind-mismatch': {
    severity: 'error',
    title: {
      vi: 'Trường của chỉ số điểm trên chỉ số loại khác',
      en: 'A score field on an indicator of another kind',
    },
    when: '`max` or `bands` on an indicator that is not `kind: score`',
  },
  'missing-score-max': {
    severity: 'error',
    title: { vi: 'Chỉ số điểm thiếu điểm tối đa', en: 'A score indicator without a maximum' },
    when: 'a score indicator without `max`',
  },
  'score-out-of-range': {
    severity: 'error',
    title: { vi: 'Điểm nằm ngoài thang điểm', en: 'A score outside its scale' },
    when: 'a band or target score outside 0..max',
  },
  'duplicate-band': {
    severity: 'error',
    title: { vi: 'Mức xếp loại bị khai báo hai lần', en: 'A band declared twice' },
    when: 'two bands of one score indicator share a name',
  },
  'range-without-between': {
    severity: 'error',
    title: {
      vi: 'min/max trên chỉ tiêu không dùng between',
      en: 'min/max on a target that is not a between',
    },
    when: '`min`/`max` on a target whose comparator is not `between`',
  },
  'value-with-between': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu between ghi thêm value', en: 'A between target with a value' },
    when: 'a `between` target that also gives `value`',
  },
  'missing-range': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu between thiếu min hoặc max', en: 'A between target without min or max' },
    when: 'a `between` target without both `min` and `max`',
  },
  'range-reversed': {
    severity: 'error',
    title: { vi: 'min lớn hơn max', en: 'min greater than max' },
    when: '`min` greater than `max`',
  },
  'band-without-bands': {
    severity: 'error',
    title: {
      vi: 'Chỉ tiêu ghi xếp loại nhưng chỉ số không có các mức',
      en: 'A band target on an indicator without bands',
    },
    when: 'a target names a band of an indicator that declares no bands',
  },
  'unknown-band': {
    severity: 'error',
    title: { vi: 'Mức xếp loại không có trong chỉ số', en: 'A band the indicator does not declare' },
    when: 'a target names a band its indicator does not declare (with "did you mean")',
  },
  'value-with-band': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu theo xếp loại ghi thêm value', en: 'A band target with a value' },
    when: 'a band target that also gives `value`',
  },
  'relative-without-baseline': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu tương đối thiếu giá trị xuất phát', en: 'A relative target without a baseline' },
    when: 'a `relative` target without `baseline`',
  },
  'value-with-relative': {
    severity: 'error',
    title: { vi: 'Chỉ tiêu tương đối ghi thêm value', en: 'A relative target with a value' },
    when: 'a `relative` target that also gives `value`',
  },
  'relative-kind-mismatch': {
    severity: 'error',
    title: {
      vi: 'Cách ghi thay đổi không hợp với loại chỉ số',
      en: 'A relative change that does not fit the indicator kind',
    },
    when: '`betterBy` on an indicator that is not a rank, or a rank target not in places',
  },
  'relative-out-of-range': {
    severity: 'error',
    title: {
      vi: 'Chỉ tiêu tương đối tính ra giá trị ngoài khoảng',
      en: 'A relative target that comes out of range',
    },
    when: "a relative target that comes to a value outside the indicator's range",
  },
  'over-units-need-not-understood': {
    severity: 'error',
    title: { vi: 'Không hiểu số đơn vị cần đạt', en: 'The number of units needed is not understood' },
    when: '`overUnits.need` is neither a share ("80%") nor a count ("12/15")',
  },
  'over-units-need-out-of-range': {
    severity: 'error',
    title: { vi: 'Số đơn vị cần đạt không hợp lệ', en: 'The number of units needed is out of range' },
    when: 'a share outside (0, 100%] or a count that is not valid',
  },
  'over-units-count-mismatch': {
    severity: 'error',
    title: { vi: 'Tổng số đơn vị không khớp kế hoạch', en: 'The count of units disagrees with the plan' },
    when: 'a count "n/m" whose m is not the number of units declared (in the group)',
  },
  'over-units-unknown-group': {
    severity: 'error',
    title: { vi: 'Nhóm đơn vị không có trong kế hoạch', en: 'A unit group the plan does not declare' },
    when: '`overUnits.group` is not in `reportingUnits.groups`',
  },
  'over-units-duplicate-threshold': {
    severity: 'error',
    title: { vi: 'Một đơn vị có hai ngưỡng riêng', en: 'Two thresholds for one unit' },
    when: 'two per-unit thresholds for one unit',
  },
  'over-units-unknown-unit': {
    severity: 'error',
    title: {
      vi: 'Ngưỡng riêng cho đơn vị không có trong kế hoạch',
      en: 'A threshold for a unit the plan does not declare',
    },
    when: 'a per-unit threshold for a unit not in `reportingUnits.list`',
  },
  'over-units-threshold-without-value': {
    severity: 'error',
    title: { vi: 'Ngưỡng riêng thiếu giá trị', en: 'A per-unit threshold without a value' },
    when: 'a per-unit threshold without its value (or min/max for `between`)',
  },
} as const satisfies Record<string, CatalogEntry>;
