import type { Msg } from '../model/diagnostic.js';
import type { CliRefusal } from './cli-refusals.js';

/** The words of `cchc init`: its questions, its refusals, and the next steps it prints. */

/** Asked on a terminal when a flag is missing (in Vietnamese: the names are Vietnamese names). */
export const INIT_QUESTIONS = {
  xa: 'Tên xã (ví dụ Tân Phú): ',
  tinh: 'Tên tỉnh (ví dụ Đồng Nai): ',
} as const;

/** The flags a run without a terminal lacks, as the refusal lists them. */
export const INIT_NAME_FLAGS = { xa: '--xa "<tên xã>"', tinh: '--tinh "<tên tỉnh>"' } as const;

/** `missing`: the flags of INIT_NAME_FLAGS not given, space-separated. */
export const initNeedsNames = (missing: string): CliRefusal => ({
  message: {
    vi: `cchc init cần tên xã và tên tỉnh: thiếu ${missing}.`,
    en: `cchc init needs the commune and province names: missing ${missing}.`,
  },
  hint: {
    vi: 'Ví dụ: cchc init --xa "Tân Phú" --tinh "Đồng Nai"',
    en: 'For example: cchc init --xa "Tân Phú" --tinh "Đồng Nai"',
  },
});

export const COMMUNE_NAME_NEEDS_LETTERS: CliRefusal = {
  message: { vi: 'Tên xã cần có chữ hoặc số.', en: 'The commune name needs letters or digits.' },
};

export const planFileNotYaml = (file: string): CliRefusal => ({
  message: { vi: `Tệp "${file}" phải có đuôi .yaml.`, en: `The file "${file}" must end in .yaml.` },
});

export const initWouldOverwrite = (shown: string): CliRefusal => ({
  message: {
    vi: `Tệp ${shown} đã có; cchc init không ghi đè.`,
    en: `${shown} already exists; cchc init does not overwrite.`,
  },
  hint: {
    vi: 'Chọn tên khác với --output, hoặc xóa/đổi tên tệp cũ.',
    en: 'Choose another name with --output, or move the old file.',
  },
});

/** What was made and the three steps that follow, one line each, ending in a line end. */
export function initDone(
  plan: string,
  workbook: string,
  names: { xa: string; tinh: string },
  period: string,
): Msg {
  return {
    vi: [
      `Đã tạo kế hoạch ${plan} (xã ${names.xa}, tỉnh ${names.tinh}) và biểu nhập liệu ${workbook} cho ${period}.`,
      'Bước tiếp theo:',
      `  1. Sửa ${plan} cho đúng văn bản của xã: số, ngày, căn cứ, đơn vị, chỉ tiêu, nhiệm vụ.`,
      `  2. cchc validate ${plan}`,
      `  3. Điền số liệu vào ${workbook}, rồi: cchc check ${plan} --data ${workbook}`,
      '',
    ].join('\n'),
    en: [
      `Created the plan ${plan} (commune ${names.xa}, province ${names.tinh}) and the data-entry workbook ${workbook} for ${period}.`,
      'Next steps:',
      `  1. Edit ${plan} to match the commune's document: number, date, basis, units, targets, tasks.`,
      `  2. cchc validate ${plan}`,
      `  3. Fill in ${workbook}, then: cchc check ${plan} --data ${workbook}`,
      '',
    ].join('\n'),
  };
}
