/**
 * How a return closes its table (src/data/table-end.ts): a place-date line ("Phú Trung, ngày 16 tháng 12 năm
 * 2026"), a signature block ("Người lập biểu", "KT. CHỦ TỊCH"), "Nơi nhận:" and "Ghi chú:" paragraphs. Folded
 * (src/util/text.ts foldWords) unless said otherwise; spellings read from input.
 */

/** "…, ngày 16 tháng 12 năm 2026", folded. */
export const PLACE_DATE = /^(?:[a-z]+ ){0,6}ngay (?:\d{1,2} )?thang (?:\d{1,2} )?nam(?: \d{4})?$/;

/** Signature headings, folded. */
export const SIGNATURE_HEADINGS: ReadonlySet<string> = new Set([
  'nguoi lap bieu',
  'nguoi lap',
  'nguoi lap bang',
  'nguoi tong hop',
  'nguoi bao cao',
  'nguoi ky',
  'thu truong don vi',
  'thu truong co quan',
  'lanh dao don vi',
  'chu tich',
  'pho chu tich',
  'giam doc',
  'pho giam doc',
  'truong phong',
  'pho truong phong',
  'chanh van phong',
  'ky ghi ro ho ten',
  'ky va ghi ro ho ten',
  'ky ten dong dau',
  'ky ho ten dong dau',
  'ky ghi ro ho ten dong dau',
  'da ky',
]);

/** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC", "Q. TRƯỞNG PHÒNG": the signing authority, as typed. */
export const ON_BEHALF = /^(?:KT|TM|TL|TUQ|Q)\s*\.\s*\S/i;

/** "Nơi nhận:", "Xác nhận của …": the distribution list and the confirming authority, folded. */
export const PARAGRAPH = /^(?:noi nhan|xac nhan cua|xac nhan)\b/;

/** "Ghi chú:" / "Chú thích:" / "Lưu ý:" opening a paragraph, or alone in a cell, as typed (NFC). */
export const NOTE_HEADING = /^(?:ghi chú|chú thích|lưu ý|ghi chu|chu thich|luu y)\s*(?:[:：]|$)/i;
