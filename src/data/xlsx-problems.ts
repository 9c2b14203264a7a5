/** What is wrong with a damaged or unexpected workbook, said in words a user can act on. */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { REPAIR_AND_RESAVE } from '../words/resave.js';
import { dataDiag } from './diagnostics.js';
import { XLSX_LIMITS, type ZipProblem } from './xlsx-zip.js';

const MB = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
const sheetVi = (s?: string) => (s === undefined ? '' : ` (trang tính "${s}")`);
const sheetEn = (s?: string) => (s === undefined ? '' : ` (sheet "${s}")`);

const RESAVE = REPAIR_AND_RESAVE;

/** A ZipProblem while reading `sheet` (or the workbook's shared parts when absent). */
export function zipProblemDiag(file: string, p: ZipProblem, sheet?: string): Diagnostic {
  const at: Location = sheet === undefined ? { file } : { file, sheet };
  const part = p.part ?? '';
  const d = (vi: string, en: string, hint = RESAVE) =>
    dataDiag('data-unreadable-file', 'error', at, msg(vi, en), { hint });
  switch (p.kind) {
    case 'cut-short':
      return d(
        'Tệp Excel bị hỏng hoặc bị cắt cụt (thiếu mục lục của tệp nén): có thể tệp chưa tải hay sao chép xong. Tệp không được đọc.',
        'The Excel file is damaged or cut short (its zip directory is missing): it may not have finished downloading or copying. It is not read.',
        msg('Tải hoặc sao chép lại tệp rồi chạy lại.', 'Download or copy the file again and rerun.'),
      );
    case 'zip64':
      return d(
        'Tệp Excel dùng định dạng nén ZIP64 (tệp rất lớn), cchc không đọc được.',
        'The workbook is a ZIP64 archive (a very large file), which cchc does not read.',
        msg(
          'Chia số liệu thành nhiều tệp nhỏ hơn, hoặc xuất ra "CSV UTF-8".',
          'Split the data into smaller files, or export it as "CSV UTF-8".',
        ),
      );
    case 'truncated':
      return d(
        `Phần ${part}${sheetVi(sheet)} của tệp Excel bị cắt cụt: nội dung dừng giữa chừng, các dòng sau chỗ cắt bị mất. Tệp không được đọc.`,
        `Part ${part}${sheetEn(sheet)} of the workbook is cut short: it stops part-way and the rows after the cut are lost. The file is not read.`,
      );
    case 'too-large':
      return d(
        `Phần ${part}${sheetVi(sheet)} giải nén ra ${MB(Number(p.detail))}, vượt giới hạn ${MB(part.endsWith('sharedStrings.xml') ? XLSX_LIMITS.sharedStringsBytes : XLSX_LIMITS.partBytes)} (có thể là "bom nén"). Tệp không được đọc.`,
        `Part ${part}${sheetEn(sheet)} inflates to ${MB(Number(p.detail))}, over the ${MB(part.endsWith('sharedStrings.xml') ? XLSX_LIMITS.sharedStringsBytes : XLSX_LIMITS.partBytes)} limit (possibly a "zip bomb"). The file is not read.`,
        msg('Chia số liệu thành nhiều tệp nhỏ hơn.', 'Split the data into smaller files.'),
      );
    case 'too-long':
      return d(
        `Phần ${part}${sheetVi(sheet)} có một ô hay một thẻ dài hơn ${MB(XLSX_LIMITS.textRun)} ký tự (giới hạn; Excel chỉ cho 32.767 ký tự một ô). Tệp không được đọc.`,
        `Part ${part}${sheetEn(sheet)} has a cell or tag longer than ${MB(XLSX_LIMITS.textRun)} characters (the limit; Excel allows 32,767 per cell). The file is not read.`,
      );
    default:
      return d(
        `Phần ${part || 'mục lục'}${sheetVi(sheet)} của tệp Excel bị hỏng${p.detail ? ` (${p.detail})` : ''}: không đọc hết được nên tệp không được đọc.`,
        `Part ${part || 'directory'}${sheetEn(sheet)} of the workbook is damaged${p.detail ? ` (${p.detail})` : ''}: it cannot be read in full, so the file is not read.`,
      );
  }
}

/** The sheet's XML is not well-formed (saxes' message carries line:column inside the part). */
export function badXmlDiag(file: string, sheet: string, part: string, detail: string): Diagnostic {
  return dataDiag(
    'data-unreadable-file',
    'error',
    { file, sheet },
    msg(
      `Trang tính "${sheet}" (${part}) có XML hỏng: ${detail}. Tệp không được đọc.`,
      `Sheet "${sheet}" (${part}) has damaged XML: ${detail}. The file is not read.`,
    ),
    { hint: RESAVE },
  );
}

export function missingPartDiag(file: string, sheet: string, part: string): Diagnostic {
  return dataDiag(
    'data-unreadable-file',
    'error',
    { file, sheet },
    msg(
      `Tệp Excel liệt kê trang tính "${sheet}" nhưng thiếu phần chứa nó (${part || 'không rõ'}). Tệp không được đọc.`,
      `The workbook lists sheet "${sheet}" but the part that holds it (${part || 'unknown'}) is missing. The file is not read.`,
    ),
    { hint: RESAVE },
  );
}

/** A zip without xl/workbook.xml: an OpenDocument spreadsheet under an .xlsx name, or some other zip. */
export function notWorkbookDiag(file: string, ods: boolean): Diagnostic {
  return dataDiag(
    'data-unsupported-file',
    'error',
    { file },
    ods
      ? msg(
          'Đây là bảng tính OpenDocument (.ods, của LibreOffice) mang đuôi .xlsx, không phải tệp Excel.',
          'This is an OpenDocument spreadsheet (.ods, from LibreOffice) named .xlsx, not an Excel workbook.',
        )
      : msg(
          'Tệp là tệp nén (.zip) nhưng không phải bảng tính Excel: không có phần xl/workbook.xml.',
          'The file is a zip archive but not an Excel workbook: it has no xl/workbook.xml part.',
        ),
    {
      hint: ods
        ? msg(
            'Mở bằng LibreOffice Calc, chọn File → Save As → "Excel 2007-365 (.xlsx)".',
            'Open it in LibreOffice Calc and use File → Save As → "Excel 2007-365 (.xlsx)".',
          )
        : RESAVE,
    },
  );
}

/** A cell that points at a shared string that is not there; `first` is the first such cell of the sheet. */
export function missingStringDiag(
  at: Location,
  index: string,
  count: number | null,
  others: number,
): Diagnostic {
  const more = (vi: boolean) =>
    others === 0 ? '' : vi ? ` (và ${others} ô khác cùng lỗi)` : ` (and ${others} more cells like it)`;
  return dataDiag(
    'data-unreadable-file',
    'error',
    at,
    count === null
      ? msg(
          `Ô này trỏ tới chuỗi dùng chung số ${index} nhưng tệp Excel không có phần chuỗi dùng chung (xl/sharedStrings.xml): chữ trong các ô bị mất${more(true)}.`,
          `This cell points at shared string ${index} but the workbook has no shared-strings part (xl/sharedStrings.xml): the text of its cells is lost${more(false)}.`,
        )
      : msg(
          `Ô này trỏ tới chuỗi dùng chung số ${index} nhưng tệp chỉ có ${count} chuỗi (0–${count - 1}): tệp bị hỏng${more(true)}.`,
          `This cell points at shared string ${index} but the workbook has only ${count} (0–${count - 1}): the file is damaged${more(false)}.`,
        ),
    { hint: RESAVE },
  );
}

/** Text with U+FFFD: bytes that were not UTF-8, or a character lost before the file reached us. */
export function replacementCharDiag(at: Location, text: string, others: number): Diagnostic {
  const more = (vi: boolean) =>
    others === 0 ? '' : vi ? ` (và ${others} ô khác)` : ` (and ${others} more cells)`;
  return dataDiag(
    'data-bad-encoding',
    'error',
    at,
    msg(
      `Ô có ký tự không đọc được "\uFFFD" (U+FFFD): chữ ở đây đã bị hỏng, không dùng làm số liệu${more(true)}.`,
      `The cell holds the replacement character "\uFFFD" (U+FFFD): its text is corrupted and is not used as data${more(false)}.`,
    ),
    {
      text,
      hint: msg(
        'Gõ lại nội dung ô trong Excel rồi lưu lại; nếu tệp được tạo bằng chương trình khác, hãy xuất lại dạng UTF-8.',
        'Retype the cell in Excel and save; if another program wrote the file, export it again as UTF-8.',
      ),
    },
  );
}
