import type { Msg } from '../model/diagnostic.js';
import { SAFE_WRITE } from './help-options.js';

/** One command's help: its summary, its arguments, and the options whose meaning is its own. */
export interface CommandHelp {
  summary: Msg;
  args?: Record<string, Msg>;
  options?: Record<string, Msg>;
}

const PLAN: Msg = { vi: 'tệp kế hoạch (YAML)', en: 'plan file (YAML)' };
const safe = (what: Msg): Msg => ({ vi: `${what.vi}; ${SAFE_WRITE.vi}`, en: `${what.en}; ${SAFE_WRITE.en}` });
const WORKBOOK = safe({ vi: 'tệp Excel cần ghi', en: 'the workbook to write' });

/**
 * The words of `cchc --help` and of each command's help, Vietnamese and English side by side. Loaded only when
 * help is shown (src/cli/localise-help.ts), so a normal run does not pay for them.
 */
export const COMMAND_HELP: Record<string, CommandHelp> = {
  cchc: {
    summary: {
      vi: 'Kiểm tra kế hoạch cải cách hành chính (CCHC) với số liệu thực hiện',
      en: 'Check an administrative-reform (CCHC) plan against measured results',
    },
  },
  help: {
    summary: { vi: 'hiển thị trợ giúp của một lệnh', en: 'display help for a command' },
    args: { command: { vi: 'tên lệnh', en: 'command name' } },
  },
  validate: {
    summary: {
      vi: 'Kiểm tra tệp kế hoạch: cú pháp, cấu trúc và nội dung',
      en: 'Check plan files: syntax, structure and meaning',
    },
    args: {
      plan: {
        vi: 'tệp kế hoạch, hoặc mẫu đường dẫn như plans/*.yaml; dấu - là đọc kế hoạch từ đầu vào chuẩn',
        en: 'plan files, or patterns such as plans/*.yaml; - reads a plan from standard input',
      },
    },
    options: {
      '--format': {
        vi: 'định dạng báo cáo: stylish để đọc trên màn hình, các định dạng khác cho công cụ CI',
        en: 'report format: stylish for reading on screen, the others for CI tools',
      },
      '--output': safe({
        vi: 'ghi báo cáo vào tệp thay vì in ra màn hình',
        en: 'write the report to a file instead of the screen',
      }),
      '--no-error-on-unmatched-pattern': {
        vi: 'bỏ qua mẫu đường dẫn không khớp tệp nào, thay vì dừng với mã thoát 2',
        en: 'skip patterns that match no file, instead of stopping with exit code 2',
      },
    },
  },
  check: {
    summary: {
      vi: 'Đánh giá chỉ tiêu và nhiệm vụ của kế hoạch theo số liệu thực hiện',
      en: "Evaluate a plan's targets and tasks against measured data",
    },
    args: { plan: PLAN },
    options: {
      '--format': {
        vi: 'định dạng: table = bảng trên màn hình; markdown, json; github, sarif, gitlab cho công cụ CI',
        en: 'output format: table = on-screen table; markdown, json; github, sarif, gitlab for CI tools',
      },
      '--output': safe({
        vi: 'ghi báo cáo vào tệp thay vì in ra màn hình',
        en: 'write the report to a file instead of the screen',
      }),
      '--fail-on': {
        vi: 'trả mã thoát 1 khi có chỉ tiêu từ mức này: missed = không đạt, at-risk = có nguy cơ không đạt hoặc không đạt, never = không bao giờ; thêm ,aspirations để tính cả chỉ tiêu phấn đấu',
        en: 'exit with code 1 when a target is at this level: missed, at-risk = at risk or missed, never; add ,aspirations to count aspiration targets too',
      },
      '--group-by': {
        vi: 'nhóm bảng theo lĩnh vực (area) hay giai đoạn (phase); auto = theo lĩnh vực khi kế hoạch có lĩnh vực',
        en: 'group the table by area or by phase; auto = by area when the plan has areas',
      },
      '--all-tasks': {
        vi: 'liệt kê từng nhiệm vụ, kể cả nhiệm vụ chưa có báo cáo',
        en: 'list every task, also those with no report yet',
      },
    },
  },
  report: {
    summary: {
      vi: 'Xuất báo cáo Excel (phụ lục kèm báo cáo) gửi Sở Nội vụ',
      en: 'Write the Excel report (appendix to the cover report) for the provincial Department of Home Affairs',
    },
    args: { plan: PLAN },
    options: {
      '--output': WORKBOOK,
      '--report-number': {
        vi: 'số của báo cáo mà phụ lục kèm theo, ví dụ 125 hoặc 125/BC-UBND',
        en: 'number of the report the appendix goes with, e.g. 125 or 125/BC-UBND',
      },
      '--report-symbol': {
        vi: 'ký hiệu sau số báo cáo (mặc định: BC-UBND)',
        en: 'symbol after the report number (default: BC-UBND)',
      },
      '--report-date': {
        vi: 'ngày của báo cáo, dd/mm/yyyy hoặc YYYY-MM-DD',
        en: 'date of the report, dd/mm/yyyy or YYYY-MM-DD',
      },
      '--signer-title': {
        vi: 'chức vụ người ký; dấu "/" để xuống dòng',
        en: 'the signer\'s title; "/" starts a new line',
      },
      '--signer-name': { vi: 'họ tên người ký', en: "the signer's full name" },
    },
  },
  rollup: {
    summary: {
      vi: 'Tổng hợp kết quả của mọi đơn vị báo cáo (xã, phường, sở): bảng tổng hợp, xếp hạng, chỉ tiêu theo số đơn vị',
      en: 'Roll up every reporting unit (communes, wards, departments): matrix, ranking, targets over units',
    },
    args: { plan: PLAN },
    options: {
      '--group': {
        vi: 'chỉ các đơn vị của nhóm này (mã nhóm trong reportingUnits.groups)',
        en: 'only the units of this group (a group id of reportingUnits.groups)',
      },
      '--format': {
        vi: 'định dạng: table = bảng trên màn hình; markdown, json; xlsx = tệp Excel',
        en: 'output format: table = on-screen table; markdown, json; xlsx = Excel workbook',
      },
      '--output': safe({
        vi: 'ghi vào tệp thay vì in ra màn hình, bắt buộc với xlsx',
        en: 'write to a file instead of the screen, required for xlsx',
      }),
      '--split': {
        vi: 'ghi mỗi đơn vị một tệp Excel vào thư mục này',
        en: 'write one workbook per unit into this folder',
      },
      '--place': {
        vi: 'địa danh ở dòng ngày tháng của tệp Excel',
        en: 'place name on the date line of the workbooks',
      },
    },
  },
  template: {
    summary: {
      vi: 'Tạo biểu Excel để các đơn vị nhập số liệu của một kỳ báo cáo',
      en: 'Write a data-entry workbook for the units to fill in for one reporting period',
    },
    args: { plan: PLAN },
    options: {
      '--output': WORKBOOK,
      '--period': {
        vi: 'kỳ báo cáo, ví dụ "Quý III/2026" (mặc định: kỳ sắp đến hạn báo cáo)',
        en: 'reporting period, e.g. "Q3 2026" (default: the next period due)',
      },
      '--unit': {
        vi: 'mã các đơn vị báo cáo, cách nhau bằng dấu phẩy: mỗi đơn vị một trang',
        en: 'reporting unit ids, comma-separated: one sheet each',
      },
      '--send-to': {
        vi: 'nơi nhận biểu đã nhập, ghi trong phần hướng dẫn cho đơn vị',
        en: 'whom the units send the filled workbook to, written in their instructions',
      },
      '--due': {
        vi: 'hạn gửi lại biểu, dd/mm/yyyy hoặc YYYY-MM-DD',
        en: 'date it is due back, dd/mm/yyyy or YYYY-MM-DD',
      },
    },
  },
  diff: {
    summary: {
      vi: 'So sánh hai lần ban hành của một kế hoạch và chỉ ra chỗ nới lỏng chỉ tiêu',
      en: 'Compare two revisions of a plan and show where targets were weakened',
    },
    args: {
      old: { vi: 'tệp kế hoạch trước khi điều chỉnh', en: 'the plan file before the amendment' },
      new: { vi: 'tệp kế hoạch sau khi điều chỉnh', en: 'the plan file after the amendment' },
    },
    options: {
      '--format': { vi: 'định dạng: table = bảng, json', en: 'output format: table, json' },
      '--output': safe({
        vi: 'ghi kết quả so sánh vào tệp thay vì in ra màn hình',
        en: 'write the comparison to a file instead of the screen',
      }),
    },
  },
  init: {
    summary: {
      vi: 'Tạo kế hoạch CCHC mới cho một xã từ kế hoạch mẫu',
      en: 'Start a new commune plan from the sample plan',
    },
    options: {
      '--xa': { vi: 'tên xã, ví dụ "Tân Phú"', en: 'commune name, e.g. "Tan Phu"' },
      '--tinh': { vi: 'tên tỉnh, ví dụ "Đồng Nai"', en: 'province name, e.g. "Dong Nai"' },
      '--output': safe({
        vi: 'tệp kế hoạch cần tạo (mặc định: plans/<tên-xã>-2026-2030.yaml)',
        en: 'plan file to create (default: plans/<commune>-2026-2030.yaml)',
      }),
    },
  },
};

/** Under `cchc --help`: where each command's help is, and how to read it in the other language. */
export const ROOT_EPILOGUE: Msg = {
  vi: 'Trợ giúp của từng lệnh: cchc <lệnh> --help.\nBằng tiếng Anh: thêm --lang en, hoặc đặt biến môi trường CCHC_LANG=en.',
  en: 'Help for one command: cchc <command> --help.\nIn Vietnamese: add --lang vi, or set the environment variable CCHC_LANG=vi.',
};

/** The words commander adds after a description: "(chọn: a | b; mặc định: a)". */
export const HELP_EXTRAS = {
  choices: { vi: 'chọn', en: 'choices' },
  default: { vi: 'mặc định', en: 'default' },
} as const;
