import type { CatalogEntry } from './entry.js';

/** Plan codes: the file, YAML and schema. */
export const PLAN_FILE_CODES = {
  'plan-too-large': {
    severity: 'error',
    title: { vi: 'Tệp kế hoạch quá lớn', en: 'The plan file is too large' },
    when: 'file over 5 MiB (5,242,880 characters/bytes)',
    messages: {
      tooLarge: {
        vi: 'Tệp kế hoạch quá lớn ({size} ký tự/byte, tối đa {max}). Hãy kiểm tra đã chọn đúng tệp YAML kế hoạch chưa.',
        en: "The plan file is too large ({size} characters/bytes, at most {max}). Check that this is the plan's YAML file.",
      },
    },
  },
  'plan-too-deep': {
    severity: 'error',
    title: { vi: 'Tệp kế hoạch lồng nhau quá sâu', en: 'The plan file is nested too deeply' },
    when: 'mappings and lists nested more than 64 levels deep',
    messages: {
      tooDeep: {
        vi: 'Tệp lồng nhau quá sâu (quá {max} cấp danh sách/mục), không phải một kế hoạch. Hãy kiểm tra các dấu ngoặc [ ] { } và thụt lề.',
        en: 'The file is nested too deeply (more than {max} levels of lists and mappings) to be a plan. Check the brackets [ ] { } and the indentation.',
      },
    },
  },
  'plan-non-finite-number': {
    severity: 'error',
    title: {
      vi: 'Giá trị không phải số hữu hạn (.nan, .inf)',
      en: 'A value is not a finite number (.nan, .inf)',
    },
    when: '`.nan`, `.inf` or `-.inf` where a number is written',
    messages: {
      nan: {
        vi: 'Giá trị {written} không phải một con số (YAML đọc nó là "không phải số" (NaN)). Hãy ghi một số cụ thể, ví dụ 95.',
        en: 'The value {written} is not a number one can meet (YAML reads it as not-a-number (NaN)). Write an actual number, for example 95.',
      },
      infinity: {
        vi: 'Giá trị {written} không phải một con số (YAML đọc nó là vô cực). Hãy ghi một số cụ thể, ví dụ 95.',
        en: 'The value {written} is not a number one can meet (YAML reads it as infinity). Write an actual number, for example 95.',
      },
    },
  },
  'plan-encoding': {
    severity: 'error',
    title: { vi: 'Tệp kế hoạch không phải văn bản UTF-8', en: 'The plan file is not UTF-8 text' },
    when: 'file is not UTF-8 / UTF-16-with-BOM text',
    messages: {
      notUtf8: {
        vi: 'Tệp kế hoạch không phải văn bản UTF-8. Hãy lưu lại tệp dưới dạng UTF-8.',
        en: 'The plan file is not UTF-8 text. Save it again as UTF-8.',
      },
    },
  },
  'yaml-syntax': {
    severity: 'error',
    title: { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
    when: 'YAML cannot be parsed (first error only)',
    messages: {
      syntax: {
        vi: 'Tệp không đúng cú pháp YAML: {reason}. Hãy kiểm tra thụt lề, dấu hai chấm, dấu nháy và dấu ngoặc quanh vị trí này.',
        en: 'YAML syntax error: {reason}. Check indentation, colons, quotes and brackets around this position.',
      },
    },
  },
  'yaml-duplicate-key': {
    severity: 'error',
    title: { vi: 'Một khóa xuất hiện hai lần trong cùng một mục', en: 'A key appears twice in one mapping' },
    when: 'a key appears twice in one mapping',
    messages: {
      twice: {
        vi: 'Khóa bị lặp lại trong cùng một mục: YAML chỉ cho phép mỗi khóa xuất hiện một lần. Hãy xóa hoặc đổi tên một trong hai.',
        en: 'This key appears twice in the same mapping: YAML allows each key once. Remove or rename one of them.',
      },
    },
  },
  'yaml-alias-limit': {
    severity: 'error',
    title: { vi: 'Tệp dùng quá nhiều bí danh (alias) YAML', en: 'The file expands too many YAML aliases' },
    when: 'aliases expand more than 100 times',
    messages: {
      tooMany: {
        vi: 'Tệp dùng quá nhiều bí danh YAML (alias *…, tối đa {max} lần mở rộng). Hãy viết trực tiếp nội dung thay cho bí danh.',
        en: 'The file expands YAML aliases (*…) too many times (at most {max}). Write the content out instead of using aliases.',
      },
    },
  },
  'yaml-unquoted-comma': {
    severity: 'error',
    title: {
      vi: 'Dấu phẩy trong giá trị không có ngoặc kép đã cắt đôi giá trị',
      en: 'A comma in an unquoted value cut the value in two',
    },
    when: 'a comma inside an unquoted value of a `{ … }` mapping cut the value: the hint gives the value in quotes (`name: "UBND xã A, tỉnh B"`); replaces the `unknown-field`/`yaml-duplicate-key` the stray piece would cause',
    messages: {
      comma: {
        vi: 'Giá trị của "{field}" có dấu phẩy nhưng không nằm trong dấu nháy: trong { … } dấu phẩy ngăn cách các mục, nên "{piece}" bị đọc thành một trường riêng.',
        en: 'The value of "{field}" contains a comma but is not quoted: inside { … } a comma separates entries, so "{piece}" is read as a field of its own.',
      },
      commaHint: {
        vi: 'Đặt cả giá trị trong dấu nháy: {field}: "{whole}"',
        en: 'Put the whole value in quotes: {field}: "{whole}"',
      },
    },
  },
  'plan-empty': {
    severity: 'error',
    title: { vi: 'Tệp kế hoạch trống', en: 'The plan file is empty' },
    when: 'the file has no content',
    hint: {
      vi: 'Xem mẫu ở plans/phu-trung-2026-2030.yaml.',
      en: 'See plans/phu-trung-2026-2030.yaml for an example.',
    },
    messages: {
      empty: { vi: 'Tệp kế hoạch trống.', en: 'The plan file is empty.' },
    },
  },
  'plan-not-mapping': {
    severity: 'error',
    title: { vi: 'Nội dung tệp không phải một kế hoạch', en: 'The file content is not a plan' },
    when: 'the top level is a list or a scalar',
    hint: {
      vi: 'Xem mẫu ở plans/phu-trung-2026-2030.yaml.',
      en: 'See plans/phu-trung-2026-2030.yaml for an example.',
    },
    messages: {
      notMapping: {
        vi: 'Tệp này không phải một kế hoạch: nội dung phải là các mục "khóa: giá trị" (schemaVersion, id, title, …), không phải một danh sách hay một dòng chữ.',
        en: 'This file is not a plan: its content must be "key: value" entries (schemaVersion, id, title, …), not a list or a line of text.',
      },
    },
  },
  'unknown-schema-version': {
    severity: 'error',
    title: { vi: 'Phiên bản định dạng (schemaVersion) không được hỗ trợ', en: 'Unsupported schemaVersion' },
    when: '`schemaVersion` is not one this release reads',
    hint: {
      vi: 'Cập nhật cchc, hoặc sửa schemaVersion nếu ghi nhầm.',
      en: 'Update cchc, or fix schemaVersion if it was a typo.',
    },
    messages: {
      unsupported: {
        vi: 'Phiên bản định dạng schemaVersion: {version} không được hỗ trợ; phiên bản cchc này đọc được: {supported}.',
        en: 'schemaVersion {version} is not supported; this version of cchc reads: {supported}.',
      },
    },
  },
  'unknown-field': {
    severity: 'error',
    title: { vi: 'Trường không có trong định dạng kế hoạch', en: 'A field the plan format does not define' },
    when: 'a field the format does not have (with "did you mean")',
    messages: {
      unknown: {
        vi: 'Trường "{field}" không có trong định dạng kế hoạch (tại {where}).{didYouMean}',
        en: 'Unknown field "{field}" (in {where}).{didYouMean}',
      },
      allowedHint: { vi: 'Các trường được phép: {allowed}.', en: 'Allowed fields: {allowed}.' },
    },
  },
  'missing-field': {
    severity: 'error',
    title: { vi: 'Thiếu trường bắt buộc', en: 'A required field is missing' },
    when: 'a required field is absent',
    messages: {
      missing: {
        vi: 'Thiếu trường bắt buộc "{field}" trong {where}.',
        en: 'Missing required field "{field}" in {where}.',
      },
      missingHint: { vi: 'Hãy thêm dòng "{field}: …".', en: 'Add a line "{field}: …".' },
      v1List: {
        vi: 'Thiếu trường bắt buộc "{field}" trong kế hoạch.',
        en: 'Missing required field "{field}" in the plan.',
      },
      v1ListHint: {
        vi: 'Hãy thêm dòng "{field}: …"; kế hoạch chỉ có nhiệm vụ thì ghi schemaVersion: 2.',
        en: 'Add a line "{field}: …"; for a plan with tasks only, set schemaVersion: 2.',
      },
    },
  },
  'wrong-type': {
    severity: 'error',
    title: { vi: 'Giá trị sai kiểu', en: 'A value of the wrong type' },
    when: 'text where a number is expected, etc.',
    messages: {
      wrongType: {
        vi: '{where} phải là {want}, nhưng tệp ghi {got}.',
        en: '{where} must be {want}, but the file has {got}.',
      },
      percentHint: {
        vi: 'Ghi số không kèm dấu %: 95 cho 95%, 95.5 cho 95,5%.',
        en: 'Write the number without "%": 95 for 95%, 95.5 for 95.5%.',
      },
    },
  },
  'invalid-value': {
    severity: 'error',
    title: { vi: 'Giá trị không được phép', en: 'A value that is not allowed' },
    when: 'not one of the allowed values, bad id or date pattern, below a minimum',
    messages: {
      notAllowed: {
        vi: 'Giá trị "{value}" không hợp lệ cho {where}; chỉ nhận: {allowed}.{didYouMean}',
        en: '"{value}" is not a valid value for {where}; expected one of: {allowed}.{didYouMean}',
      },
      badId: {
        vi: 'Mã "{value}" tại {where} không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang (ví dụ "hai-long-tthc").',
        en: 'The id "{value}" in {where} is not valid: use lower-case ASCII letters, digits and hyphens (e.g. "hai-long-tthc").',
      },
      partialDate: {
        vi: 'Ngày "{value}" tại {where} phải viết dạng YYYY-MM-DD (hoặc YYYY-MM, YYYY khi chưa biết ngày).',
        en: 'The date "{value}" in {where} must be written YYYY-MM-DD (or YYYY-MM, YYYY when the day is not known).',
      },
      fullDate: {
        vi: 'Ngày "{value}" tại {where} phải viết dạng YYYY-MM-DD, ví dụ 2027-12-31.',
        en: 'The date "{value}" in {where} must be written YYYY-MM-DD, e.g. 2027-12-31.',
      },
      minimum: { vi: '{where} phải lớn hơn hoặc bằng {limit}.', en: '{where} must be at least {limit}.' },
      other: { vi: 'Giá trị không hợp lệ tại {where}.', en: 'Invalid value in {where}.' },
    },
  },
  'empty-value': {
    severity: 'error',
    title: { vi: 'Giá trị để trống', en: 'An empty value' },
    when: 'a required text is empty',
    messages: {
      empty: { vi: '{where} không được để trống.', en: '{where} must not be empty.' },
    },
  },
  'empty-list': {
    severity: 'error',
    title: { vi: 'Danh sách trống', en: 'An empty list' },
    when: '`units`, `phases` or `indicators` has no entry',
    messages: {
      empty: { vi: '{where} phải có ít nhất một mục.', en: '{where} must have at least one entry.' },
      v1Indicators: {
        vi: 'Danh sách chỉ số (indicators) phải có ít nhất một mục.',
        en: 'The indicators list must have at least one entry.',
      },
      v1IndicatorsHint: {
        vi: 'Kế hoạch chỉ có nhiệm vụ, không có chỉ tiêu định lượng: ghi schemaVersion: 2.',
        en: 'A plan with tasks and no quantitative targets: set schemaVersion: 2.',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
