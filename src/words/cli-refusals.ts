import type { Msg } from '../model/diagnostic.js';

/**
 * What the command line says when it cannot run (exit 2): a usage mistake, or an output it will not or
 * cannot write; each with what to do. The CLI throws them as CchcError with its code (`usage`,
 * `output-write`, `plan-invalid`). Small and always loaded: any run may need one.
 */
export interface CliRefusal {
  message: Msg;
  hint?: Msg;
}

export const badTolerance = (text: string): CliRefusal => ({
  message: { vi: `--tolerance "${text}" không hợp lệ.`, en: `--tolerance "${text}" is not valid.` },
  hint: {
    vi: 'Dùng một số không âm, ví dụ --tolerance 2 (2 điểm %).',
    en: 'Use a non-negative number, e.g. --tolerance 2 (2 percentage points).',
  },
});

/** The output is one of the inputs: by the same path (`same`), or through a link or another name. */
export const overwritesInput = (shown: string, input: string, same: boolean): CliRefusal => ({
  message: same
    ? { vi: `Không ghi đè tệp đầu vào ${shown}.`, en: `Refusing to overwrite the input file ${shown}.` }
    : {
        vi: `Không ghi đè tệp đầu vào: ${shown} chính là tệp ${input} (qua liên kết hoặc tên khác).`,
        en: `Refusing to overwrite the input file: ${shown} is the same file as ${input} (a link or another name).`,
      },
  hint: { vi: 'Chọn một tên tệp khác cho --output.', en: 'Choose another file name for --output.' },
});

export const notXlsxOutput = (output: string): CliRefusal => ({
  message: {
    vi: `Tệp --output "${output}" phải có đuôi .xlsx.`,
    en: `The --output file "${output}" must end in .xlsx.`,
  },
  hint: { vi: 'Ví dụ: --output bao-cao-quy-3.xlsx', en: 'For example: --output report-q3.xlsx' },
});

export const cannotWrite = (shown: string, reason: string): CliRefusal => ({
  message: { vi: `Không ghi được tệp ${shown}: ${reason}`, en: `Could not write ${shown}: ${reason}` },
  hint: {
    vi: 'Kiểm tra thư mục có tồn tại, có quyền ghi, và tệp không đang mở trong Excel.',
    en: 'Check that the folder exists, is writable, and the file is not open in Excel.',
  },
});

/** validate's report file; `code` is the system's error code (ENOENT…), when there is one. */
export const cannotWriteReport = (shown: string, code: string | undefined): CliRefusal => ({
  message: {
    vi: `Không ghi được báo cáo vào ${shown} (${code ?? 'lỗi'}).`,
    en: `Could not write the report to ${shown} (${code ?? 'error'}).`,
  },
  hint: {
    vi: 'Kiểm tra thư mục đích có tồn tại và ghi được không.',
    en: 'Check that the folder exists and is writable.',
  },
});

export const cannotMakeFolder = (shown: string, reason: string): CliRefusal => ({
  message: {
    vi: `Không tạo được thư mục ${shown}: ${reason}`,
    en: `Could not create the folder ${shown}: ${reason}`,
  },
});

/** `list`: the patterns, each quoted, comma-separated. */
export const unmatchedPatterns = (list: string): CliRefusal => ({
  message: { vi: `Mẫu ${list} không khớp với tệp nào.`, en: `The pattern ${list} matches no file.` },
  hint: {
    vi: 'Kiểm tra thư mục làm việc và mẫu đường dẫn (ví dụ plans/*.yaml).',
    en: 'Check the working directory and the pattern (for example plans/*.yaml).',
  },
});

export const NO_UNIT_IDS: CliRefusal = {
  message: { vi: '--unit cần ít nhất một mã đơn vị.', en: '--unit needs at least one unit id.' },
  hint: { vi: 'Ví dụ: --unit phu-trung,tan-phu', en: 'For example: --unit phu-trung,tan-phu' },
};

export const notADate = (option: string, text: string): CliRefusal => ({
  message: { vi: `${option} "${text}" không phải một ngày.`, en: `${option} "${text}" is not a date.` },
  hint: { vi: `Ví dụ: ${option} 18/09/2026`, en: `For example: ${option} 18/09/2026` },
});

export const XLSX_NEEDS_OUTPUT: CliRefusal = {
  message: { vi: '--format xlsx cần --output <tệp.xlsx>.', en: '--format xlsx needs --output <file.xlsx>.' },
  hint: {
    vi: 'Ví dụ: --format xlsx --output tong-hop.xlsx',
    en: 'For example: --format xlsx --output rollup.xlsx',
  },
};

/** `cchc template` of a plan that does not validate. */
export const noTemplateOfBrokenPlan = (file: string): CliRefusal => ({
  message: {
    vi: `Kế hoạch ${file} có lỗi, chưa tạo được biểu.`,
    en: `The plan ${file} has errors; no template was made.`,
  },
  hint: {
    vi: `Chạy "cchc validate ${file}" để xem chi tiết.`,
    en: `Run "cchc validate ${file}" for details.`,
  },
});

/** commander's InvalidArgumentError text for --max-warnings: said before --lang is known, so in both languages. */
export const MAX_WARNINGS_EXPECTED = '--max-warnings: số nguyên không âm / a whole number ≥ 0';
