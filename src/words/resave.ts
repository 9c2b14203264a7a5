import type { Msg } from '../model/diagnostic.js';

/**
 * How to save a workbook again as .xlsx, for both programs offices use: Excel (its Vietnamese menus say "Lưu
 * thành", the file type "Sổ làm việc Excel") and LibreOffice Calc ("Lưu dưới dạng"). One wording for every hint.
 */
export const SAVE_AS_XLSX: Msg = {
  vi: 'trong Excel chọn Tệp → Lưu thành (Save As) → "Sổ làm việc Excel (*.xlsx)"; trong LibreOffice Calc chọn Tệp → Lưu dưới dạng → "Excel 2007-365 (.xlsx)"',
  en: 'in Excel use File → Save As → "Excel Workbook (*.xlsx)"; in LibreOffice Calc use File → Save As → "Excel 2007-365 (.xlsx)"',
};

/** "Mở tệp rồi lưu lại dạng .xlsx: …", with something said before and after when a hint needs it. */
export function resaveHint(before: Msg | undefined, after?: Msg): Msg {
  const join = (lang: 'vi' | 'en') =>
    [
      before?.[lang] ??
        (lang === 'vi' ? 'Mở tệp rồi lưu lại dạng .xlsx' : 'Open the file and save it as .xlsx'),
      SAVE_AS_XLSX[lang],
    ].join(': ') +
    (after ? `; ${after[lang]}` : '') +
    '.';
  return { vi: join('vi'), en: join('en') };
}

/** A damaged workbook: Excel offers to repair it when it opens it; LibreOffice reads many damaged ones as they are. */
export const REPAIR_AND_RESAVE: Msg = resaveHint(
  {
    vi: 'Mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp hỏng) hoặc LibreOffice Calc, rồi lưu lại dạng .xlsx',
    en: 'Open the file in Excel (it offers to repair a damaged file) or LibreOffice Calc and save it as .xlsx',
  },
  { vi: 'hoặc lấy lại bản gốc của tệp', en: 'or get the original file again' },
);
