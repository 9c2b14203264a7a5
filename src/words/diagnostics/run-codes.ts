import type { CatalogEntry } from './entry.js';

/** Codes of a run over plan and data (check, rollup) and of the CI annotations of its results. */
export const RUN_CODES = {
  'target-missed': {
    severity: 'by-fail-on',
    title: { vi: 'Chỉ tiêu không đạt', en: 'A target was missed' },
    when: 'CI formats: a missed target, annotated at its plan line',
  },
  'target-at-risk': {
    severity: 'by-fail-on',
    title: { vi: 'Chỉ tiêu có nguy cơ không đạt', en: 'A target is at risk' },
    when: 'CI formats: a target at risk, annotated at its plan line',
  },
  'task-overdue': {
    severity: 'by-fail-on',
    title: { vi: 'Nhiệm vụ quá hạn', en: 'A task is overdue' },
    when: 'CI formats: an overdue task, annotated at its plan line (counts as missed)',
  },
  'check-rows-without-unit': {
    severity: 'warning',
    title: {
      vi: 'Dòng số liệu không ghi đơn vị báo cáo',
      en: 'Data rows that name no reporting unit',
    },
    when: 'some rows name a reporting unit (`Đơn vị`) and others do not: the unnamed rows count for no unit',
    hint: {
      vi: 'Điền cột Đơn vị cho mọi dòng, hoặc bỏ cột này nếu tệp chỉ của một đơn vị.',
      en: 'Fill the Đơn vị column on every row, or drop it if the file is for one unit.',
    },
    messages: {
      rows: {
        vi: '{count} dòng số liệu không ghi Đơn vị trong khi các dòng khác có ghi; các dòng này không được tính cho đơn vị nào.',
        en: '{count} data rows name no Đơn vị (reporting unit) while others do; they are not counted for any unit.',
      },
    },
  },
  'check-over-units-per-unit': {
    severity: 'warning',
    title: {
      vi: 'Chỉ tiêu theo số đơn vị: mỗi đơn vị được so với ngưỡng của mình',
      en: 'Targets over units: each unit is compared with its own threshold',
    },
    when: 'check/report on a plan with targets over units: the target’s own result (enough units?) is in `rollup`',
    hint: {
      vi: 'Xem kết quả của chỉ tiêu bằng: cchc rollup <kế hoạch> --data <số liệu>',
      en: "See the target's result with: cchc rollup <plan> --data <data>",
    },
    messages: {
      targets: {
        vi: 'Chỉ tiêu theo số đơn vị ({list}): ở đây mỗi đơn vị được so với ngưỡng của chính đơn vị đó; đủ số đơn vị đạt hay chưa (kết quả của chỉ tiêu) không có trong báo cáo này.',
        en: "Targets over units ({list}): each unit is compared here with its own threshold; whether enough units meet it (the target's own result) is not in this report.",
      },
    },
  },
  'rollup-unit-spellings-merged': {
    severity: 'warning',
    title: {
      vi: 'Hai cách viết tên đơn vị được gộp làm một',
      en: 'Two spellings of a unit name merged into one unit',
    },
    when: 'rollup without declared units: spellings that differ only in case, spacing or marks were read as one unit',
    hint: {
      vi: 'Khai báo danh sách đơn vị (reportingUnits) trong kế hoạch để mỗi cách viết được đối chiếu với một mã.',
      en: 'Declare the units (reportingUnits) in the plan so every spelling is matched to an id.',
    },
    messages: {
      merged: {
        vi: 'Đơn vị "{unit}" còn được viết là {spellings}: đã tính chung là một đơn vị.',
        en: 'The unit "{unit}" is also written {spellings}: counted as one unit.',
      },
    },
  },
  'rollup-units-look-alike': {
    severity: 'warning',
    title: { vi: 'Hai đơn vị có tên gần giống nhau', en: 'Two units with look-alike names' },
    when: 'rollup without declared units: a bare name beside the same name with "Xã"/"Phường", kept as two units',
    hint: {
      vi: 'Sửa cột Đơn vị cho thống nhất, hoặc khai báo đơn vị với bí danh (aliases) trong kế hoạch.',
      en: 'Make the Đơn vị column consistent, or declare the unit with aliases in the plan.',
    },
    messages: {
      alike: {
        vi: 'Các đơn vị {names} trông như cùng một đơn vị; đang được tính riêng.',
        en: 'The units {names} look like the same unit; they are counted separately.',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
