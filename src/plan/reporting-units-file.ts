/**
 * `reportingUnits.file`: a YAML list of reporting units kept beside the plan (95 communes do not belong in
 * every plan). Read here, checked for shape with errors located in that file, and merged after the
 * plan's own `reportingUnits.list`.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import type { RawReportingUnit } from './raw-plan.js';
import { parseYamlSource } from './yaml-source.js';

/** One reporting unit with a way to locate its fields, in whichever file it was written. */
export interface LocatedUnit {
  unit: RawReportingUnit;
  /** Where `field` ("id", "name", "aliases/0") of this unit is written. */
  at(field: string): Location;
}

/** What the loader gives to read the units file: its text and display path, or why it cannot be read. */
export type ReadUnitsFile = (relative: string) => { text: string; file: string } | { error: string };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FIELDS = new Set(['id', 'name', 'aliases', 'group']);

/** Read and shape-check the units file named at `where`; entries that are malformed are left out. */
export function readUnitsFile(
  relative: string,
  read: ReadUnitsFile,
  where: Location,
): { units: LocatedUnit[]; diagnostics: Diagnostic[] } {
  const got = read(relative);
  if ('error' in got) {
    return {
      units: [],
      diagnostics: [
        {
          code: 'reporting-units-file-read',
          severity: 'error',
          message: msg(
            `Không đọc được tệp đơn vị báo cáo "${relative}" (reportingUnits.file): ${got.error}.`,
            `Cannot read the reporting-units file "${relative}" (reportingUnits.file): ${got.error}.`,
          ),
          hint: msg(
            'Đường dẫn tính từ thư mục chứa tệp kế hoạch. Kiểm tra tên tệp, hoặc bỏ khóa file và khai báo danh sách ở reportingUnits.list.',
            "The path is relative to the plan file's folder. Check the file name, or drop the file key and list the units under reportingUnits.list.",
          ),
          location: where,
          text: relative,
        },
      ],
    };
  }
  const src = parseYamlSource(got.text, got.file);
  if (src.diagnostics.length > 0) return { units: [], diagnostics: src.diagnostics };
  const bad = (pointer: string, vi: string, en: string, key = false): Diagnostic => ({
    code: 'reporting-units-file-invalid',
    severity: 'error',
    message: msg(`Tệp đơn vị báo cáo: ${vi}`, `Reporting-units file: ${en}`),
    hint: msg(
      'Mỗi mục có dạng "- id: xa-phu-trung" rồi "name: Xã Phú Trung", có thể thêm aliases: [..] và group: <mã nhóm>.',
      'Each entry reads "- id: xa-phu-trung" then "name: Xã Phú Trung", optionally aliases: [..] and group: <group id>.',
    ),
    location: src.locate(pointer, key),
  });
  if (!Array.isArray(src.data)) {
    return {
      units: [],
      diagnostics: [
        bad(
          '',
          'nội dung phải là một danh sách (mỗi mục bắt đầu bằng "- ").',
          'the content must be a list (each entry starting with "- ").',
        ),
      ],
    };
  }
  const units: LocatedUnit[] = [];
  const diagnostics: Diagnostic[] = [];
  src.data.forEach((item: unknown, i) => {
    const p = `/${i}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      diagnostics.push(
        bad(p, `mục ${i + 1} không phải dạng "khóa: giá trị".`, `entry ${i + 1} is not "key: value" pairs.`),
      );
      return;
    }
    const rec = item as Record<string, unknown>;
    const before = diagnostics.length;
    for (const k of Object.keys(rec)) {
      if (!FIELDS.has(k))
        diagnostics.push(
          bad(
            `${p}/${k}`,
            `khóa "${k}" không được dùng (chỉ có id, name, aliases, group).`,
            `key "${k}" is not allowed (only id, name, aliases, group).`,
            true,
          ),
        );
    }
    if (typeof rec.id !== 'string' || !ID.test(rec.id))
      diagnostics.push(
        bad(
          rec.id === undefined ? p : `${p}/id`,
          'id phải là mã chữ thường không dấu nối bằng gạch ngang (ví dụ xa-phu-trung).',
          'id must be lower-case ASCII words joined by hyphens (e.g. xa-phu-trung).',
        ),
      );
    if (typeof rec.name !== 'string' || rec.name.trim() === '')
      diagnostics.push(
        bad(rec.name === undefined ? p : `${p}/name`, 'thiếu tên đơn vị (name).', 'the unit has no name.'),
      );
    if (
      rec.aliases !== undefined &&
      (!Array.isArray(rec.aliases) || rec.aliases.some((a) => typeof a !== 'string' || a.trim() === ''))
    )
      diagnostics.push(
        bad(
          `${p}/aliases`,
          'aliases phải là danh sách các tên, không để trống.',
          'aliases must be a list of non-empty names.',
        ),
      );
    if (rec.group !== undefined && typeof rec.group !== 'string')
      diagnostics.push(bad(`${p}/group`, 'group phải là mã nhóm.', 'group must be a group id.'));
    if (diagnostics.length > before) return;
    units.push({ unit: rec as unknown as RawReportingUnit, at: (field) => src.locate(`${p}/${field}`) });
  });
  return { units, diagnostics };
}
