import type { CatalogEntry } from './entry.js';

/** Plan codes: reporting units, names, later targets and the format version. */
export const PLAN_UNIT_CODES = {
  'reporting-unit-unknown-group': {
    severity: 'error',
    title: { vi: 'Nhóm đơn vị không có trong kế hoạch', en: 'A unit group the plan does not declare' },
    when: "a reporting unit's `group` is not in `reportingUnits.groups`",
    hint: {
      vi: 'Khai báo nhóm ở reportingUnits.groups, hoặc sửa mã nhóm.',
      en: 'Declare the group under reportingUnits.groups, or fix the group id.',
    },
    messages: {
      unknown: {
        vi: 'Đơn vị báo cáo {unit} thuộc nhóm "{group}", nhưng reportingUnits.groups không có nhóm này.{didYouMean}',
        en: 'Reporting unit {unit} is in group "{group}", which reportingUnits.groups does not declare.{didYouMean}',
      },
    },
  },
  'reporting-unit-duplicate-name': {
    severity: 'error',
    title: { vi: 'Hai đơn vị báo cáo có tên trùng nhau', en: 'Two reporting units with the same name' },
    when: 'two reporting units (or one and the issuer) have names/aliases that fold alike',
    hint: { vi: 'Đổi hoặc bỏ một trong hai tên.', en: 'Change or remove one of the two names.' },
    messages: {
      sameName: {
        vi: 'Tên "{name}" của {what} trùng với "{prevName}" của {prevWhat} ({where}) khi bỏ dấu, hoa thường và dấu câu: số liệu ghi tên này sẽ không biết là của đơn vị nào.',
        en: 'The name "{name}" of {what} is the same as "{prevName}" of {prevWhat} ({where}) once accents, case and punctuation are ignored: data written under this name could belong to either.',
      },
    },
  },
  'indicator-duplicate-name': {
    severity: 'error',
    title: { vi: 'Hai chỉ số có tên trùng nhau', en: 'Two indicators with the same name' },
    when: 'two indicators have names/aliases that fold alike',
    hint: { vi: 'Đổi hoặc bỏ một trong hai tên.', en: 'Change or remove one of the two names.' },
    messages: {
      sameName: {
        vi: 'Tên "{name}" của {what} trùng với "{prevName}" của {prevWhat} ({where}) khi bỏ dấu, hoa thường và dấu câu: dòng số liệu chỉ ghi tên này sẽ không biết là của chỉ số nào.',
        en: 'The name "{name}" of {what} is the same as "{prevName}" of {prevWhat} ({where}) once accents, case and punctuation are ignored: a data row written with this name only could be either.',
      },
    },
  },
  'reporting-units-file-read': {
    severity: 'error',
    title: { vi: 'Không đọc được tệp danh sách đơn vị', en: 'The reporting-units file cannot be read' },
    when: '`reportingUnits.file` cannot be read (missing, too large, not UTF-8)',
    hint: {
      vi: 'Đường dẫn tính từ thư mục chứa tệp kế hoạch. Kiểm tra tên tệp, hoặc bỏ khóa file và khai báo danh sách ở reportingUnits.list.',
      en: "The path is relative to the plan file's folder. Check the file name, or drop the file key and list the units under reportingUnits.list.",
    },
    messages: {
      os: {
        vi: 'Không đọc được tệp đơn vị báo cáo "{file}" (reportingUnits.file): {code}.',
        en: 'Cannot read the reporting-units file "{file}" (reportingUnits.file): {code}.',
      },
      tooLarge: {
        vi: 'Không đọc được tệp đơn vị báo cáo "{file}" (reportingUnits.file): quá lớn / too large (> {max} bytes).',
        en: 'Cannot read the reporting-units file "{file}" (reportingUnits.file): quá lớn / too large (> {max} bytes).',
      },
      notUtf8: {
        vi: 'Không đọc được tệp đơn vị báo cáo "{file}" (reportingUnits.file): không phải UTF-8 / not UTF-8.',
        en: 'Cannot read the reporting-units file "{file}" (reportingUnits.file): không phải UTF-8 / not UTF-8.',
      },
      noAccess: {
        vi: 'Không đọc được tệp đơn vị báo cáo "{file}" (reportingUnits.file): no file access when checking plan text alone.',
        en: 'Cannot read the reporting-units file "{file}" (reportingUnits.file): no file access when checking plan text alone.',
      },
    },
  },
  'reporting-units-file-invalid': {
    severity: 'error',
    title: {
      vi: 'Tệp danh sách đơn vị không đúng định dạng',
      en: 'The reporting-units file is not a list of units',
    },
    when: 'the units file is not a list of `{id, name, aliases?, group?}` (located in that file)',
    hint: {
      vi: 'Mỗi mục có dạng "- id: xa-phu-trung" rồi "name: Xã Phú Trung", có thể thêm aliases: [..] và group: <mã nhóm>.',
      en: 'Each entry reads "- id: xa-phu-trung" then "name: Xã Phú Trung", optionally aliases: [..] and group: <group id>.',
    },
    messages: {
      notList: {
        vi: 'Tệp đơn vị báo cáo: nội dung phải là một danh sách (mỗi mục bắt đầu bằng "- ").',
        en: 'Reporting-units file: the content must be a list (each entry starting with "- ").',
      },
      notMapping: {
        vi: 'Tệp đơn vị báo cáo: mục {n} không phải dạng "khóa: giá trị".',
        en: 'Reporting-units file: entry {n} is not "key: value" pairs.',
      },
      badKey: {
        vi: 'Tệp đơn vị báo cáo: khóa "{key}" không được dùng (chỉ có id, name, aliases, group).',
        en: 'Reporting-units file: key "{key}" is not allowed (only id, name, aliases, group).',
      },
      badId: {
        vi: 'Tệp đơn vị báo cáo: id phải là mã chữ thường không dấu nối bằng gạch ngang (ví dụ xa-phu-trung).',
        en: 'Reporting-units file: id must be lower-case ASCII words joined by hyphens (e.g. xa-phu-trung).',
      },
      noName: {
        vi: 'Tệp đơn vị báo cáo: thiếu tên đơn vị (name).',
        en: 'Reporting-units file: the unit has no name.',
      },
      badAliases: {
        vi: 'Tệp đơn vị báo cáo: aliases phải là danh sách các tên, không để trống.',
        en: 'Reporting-units file: aliases must be a list of non-empty names.',
      },
      badGroup: {
        vi: 'Tệp đơn vị báo cáo: group phải là mã nhóm.',
        en: 'Reporting-units file: group must be a group id.',
      },
    },
  },
  'weaker-later-target': {
    severity: 'warning',
    title: {
      vi: 'Chỉ tiêu giai đoạn sau thấp hơn giai đoạn trước',
      en: 'A later target asks less than an earlier one',
    },
    when: 'a later target for the same indicator asks for less than an earlier one',
    hint: {
      vi: 'Nếu đúng là kế hoạch hạ chỉ tiêu thì có thể bỏ qua cảnh báo này; nếu không, hãy sửa giá trị.',
      en: 'If the plan really lowers the target, ignore this warning; otherwise fix the value.',
    },
    messages: {
      weaker: {
        vi: 'Chỉ tiêu "{target}" ({comparator} {value}) thấp hơn chỉ tiêu trước đó "{earlier}" ({earlierComparator} {earlierValue}, hạn {earlierDue}) của cùng chỉ số "{indicator}".',
        en: 'Target "{target}" ({comparator} {value}) asks for less than the earlier target "{earlier}" ({earlierComparator} {earlierValue}, due {earlierDue}) for the same indicator "{indicator}".',
      },
    },
  },
  'needs-schema-version-2': {
    severity: 'error',
    title: {
      vi: 'Trường của định dạng phiên bản 2 trong tệp chưa ghi schemaVersion: 2',
      en: 'A version-2 field in a file without schemaVersion: 2',
    },
    when: 'a field or value of plan format version 2 in a file without `schemaVersion: 2`',
    hint: {
      vi: 'Sửa dòng đầu thành "schemaVersion: 2" (tệp phiên bản 1 vẫn đọc được như cũ khi chuyển lên 2).',
      en: 'Change the first line to "schemaVersion: 2" (everything a version-1 file says means the same in version 2).',
    },
    messages: {
      needsV2: {
        vi: '{what} thuộc định dạng phiên bản 2, nhưng tệp ghi schemaVersion: 1.',
        en: '{what} belongs to format version 2, but the file says schemaVersion: 1.',
      },
    },
  },
  'unit-owns-nothing': {
    severity: 'warning',
    title: { vi: 'Đơn vị không chủ trì hay phối hợp việc gì', en: 'A unit that owns nothing' },
    when: 'a declared unit owns or partners no target, task or area',
    hint: {
      vi: 'Ghi các nhiệm vụ văn bản giao cho đơn vị này (thường ở mục Tổ chức thực hiện), hoặc bỏ đơn vị khỏi danh sách.',
      en: 'Encode the duties the document gives this unit (usually under "Tổ chức thực hiện"), or remove it.',
    },
    messages: {
      nothing: {
        vi: 'Đơn vị "{unit}" ({name}) không chủ trì, không phối hợp chỉ tiêu, nhiệm vụ hay lĩnh vực nào.',
        en: 'Unit "{unit}" ({name}) leads, owns and partners no target, task or area.',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
