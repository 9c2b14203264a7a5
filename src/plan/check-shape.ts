/** The first checks of parsed plan text: a mapping at the top, and a schemaVersion this release reads. */
import type { Diagnostic } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { PLAN_SCHEMA_VERSIONS } from '../model/plan.js';
import type { YamlSource } from './yaml-source.js';

export function checkMapping(src: YamlSource): Diagnostic | null {
  const d = src.data;
  if (d !== null && typeof d === 'object' && !Array.isArray(d)) return null;
  const empty = d === null || d === undefined;
  return {
    code: empty ? 'plan-empty' : 'plan-not-mapping',
    severity: 'error',
    message: empty
      ? msg('Tệp kế hoạch trống.', 'The plan file is empty.')
      : msg(
          'Tệp này không phải một kế hoạch: nội dung phải là các mục "khóa: giá trị" (schemaVersion, id, title, …), không phải một danh sách hay một dòng chữ.',
          'This file is not a plan: its content must be "key: value" entries (schemaVersion, id, title, …), not a list or a line of text.',
        ),
    location: src.locate(''),
    hint: msg(
      'Xem mẫu ở plans/phu-trung-2026-2030.yaml.',
      'See plans/phu-trung-2026-2030.yaml for an example.',
    ),
  };
}

export function checkVersion(src: YamlSource): Diagnostic | null {
  const v = (src.data as Record<string, unknown>).schemaVersion;
  if (typeof v !== 'number' || (PLAN_SCHEMA_VERSIONS as readonly number[]).includes(v)) return null;
  const supported = PLAN_SCHEMA_VERSIONS.join(', ');
  return {
    code: 'unknown-schema-version',
    severity: 'error',
    message: msg(
      `Phiên bản định dạng schemaVersion: ${v} không được hỗ trợ; phiên bản cchc này đọc được: ${supported}.`,
      `schemaVersion ${v} is not supported; this version of cchc reads: ${supported}.`,
    ),
    location: src.locate('/schemaVersion'),
    hint: msg(
      'Cập nhật cchc, hoặc sửa schemaVersion nếu ghi nhầm.',
      'Update cchc, or fix schemaVersion if it was a typo.',
    ),
    text: String(v),
  };
}
