import type { Lang } from '../../model/diagnostic.js';
import type { Period } from '../../model/period.js';
import type { Plan } from '../../model/plan.js';
import { formatDate } from '../../util/date.js';
import { foldKey } from '../../util/text.js';
import { TEMPLATE_UNIT_WORDS } from '../../words/template.js';

/** Whom the filled workbook goes back to, and by when: what the unit needs to know, not a command to run. */
export interface SendBack {
  /** "công chức phụ trách CCHC, Phòng Văn hóa - Xã hội" (`--send-to`); default: the plan issuer's CCHC officer. */
  to?: string;
  /** ISO date the workbook is due back (`--due`); without it, the instructions say "after the window closes". */
  due?: string;
}

/**
 * A reporting unit's display name for the heading ("UBND xã Phú Trung" for `phu-trung`): the plan's own list of
 * reporting units when it has one, an owning unit of that id, or the issuer when the id spells its place.
 * The id itself stays in the "Đơn vị" column, where the reader matches it.
 */
export function reportingUnitName(plan: Plan, id: string): string {
  const list = (plan as { reportingUnits?: { list?: { id: string; name: string }[] } }).reportingUnits?.list;
  const listed = list?.find((u) => u.id === id) ?? plan.units.find((u) => u.id === id);
  if (listed) return listed.name;
  const place = plan.issuer.place ?? plan.issuer.name.replace(/^.*?\b(?:xã|phường|thị trấn)\s+/iu, '');
  return foldKey(place) === foldKey(id) ? plan.issuer.name : id;
}

function sendLine(plan: Plan, period: Period, send: SendBack, lang: Lang, n: number): string {
  const vi = lang === 'vi';
  const to =
    send.to ??
    (vi
      ? `công chức phụ trách cải cách hành chính của ${plan.issuer.name}`
      : `the administrative-reform officer of ${plan.issuer.name}`);
  const when = send.due
    ? vi
      ? `trước ngày ${formatDate(send.due)}`
      : `by ${formatDate(send.due)}`
    : vi
      ? `ngay sau ngày ${formatDate(period.end)} (ngày cuối kỳ số liệu)`
      : `right after ${formatDate(period.end)} (the last day of the data window)`;
  return vi
    ? `${n}. Nhập xong, lưu tệp (giữ nguyên tên trang và định dạng .xlsx), ký phần "Người lập biểu" ở cuối trang và gửi tệp cho ${to} ${when}.`
    : `${n}. When done, save the file (keep the sheet names and the .xlsx format), sign the "Prepared by" block at the foot and send the file to ${to} ${when}.`;
}

/** The name of `unit` when it is one of the plan's listed reporting units (not the issuer, not an owning office). */
function listedUnit(plan: Plan, unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  return plan.reportingUnits?.list.find((u) => u.id === unit)?.name;
}

/** A template for one listed reporting unit says so in its first line: all rows are the unit's. */
function forUnit(
  lines: string[],
  plan: Plan,
  unit: string | undefined,
  what: 'indicators' | 'tasks',
  lang: Lang,
) {
  const name = listedUnit(plan, unit);
  return name === undefined ? lines : [TEMPLATE_UNIT_WORDS[what](name, lang), ...lines.slice(1)];
}

export function indicatorInstructions(
  plan: Plan,
  period: Period,
  send: SendBack,
  lang: Lang,
  unit?: string,
): string[] {
  return forUnit(indicatorLines(plan, period, send, lang), plan, unit, 'indicators', lang);
}

function indicatorLines(plan: Plan, period: Period, send: SendBack, lang: Lang): string[] {
  if (lang === 'en') {
    return [
      '1. Type only in the yellow cells of your own rows (see "Lead unit"): value, numerator, denominator, source, note; the other cells are locked. Do not change the codes or the period.',
      '2. Percentages: enter the number in percent, 95.5 for 95.5% (not 0.955). Where the rate comes from counts, enter the numerator and the denominator too; a zero denominator means "no data", not 0%.',
      '3. Qualitative indicators: pick Đạt / Không đạt; milestones: Hoàn thành / Đang thực hiện / Chưa thực hiện; levels: a whole number 1–5; ranks: a whole number (1 is best).',
      '4. Leave a row empty when there is no figure yet: it is skipped. Say where each figure comes from (system, document) in "source".',
      sendLine(plan, period, send, lang, 5),
    ];
  }
  return [
    '1. Đơn vị tìm các dòng của mình ở cột "Đơn vị chủ trì" và chỉ nhập vào các ô nền vàng (Giá trị, Tử số, Mẫu số, Nguồn/minh chứng, Ghi chú); các ô khác đã khóa. Không sửa Mã chỉ tiêu và Kỳ báo cáo.',
    '2. Tỷ lệ (%): nhập số theo đơn vị phần trăm, ví dụ 95,5 cho 95,5% (không nhập 0,955). Nếu tỷ lệ tính từ số hồ sơ, nhập cả Tử số và Mẫu số; mẫu số bằng 0 nghĩa là "không có số liệu", không phải 0%.',
    '3. Chỉ tiêu định tính: chọn Đạt / Không đạt; mốc hoàn thành: chọn Hoàn thành / Đang thực hiện / Chưa thực hiện; cấp độ: số nguyên từ 1 đến 5; thứ hạng: số nguyên (1 là cao nhất).',
    '4. Chưa có số liệu thì để trống cả dòng: dòng trống được bỏ qua. Ghi rõ nguồn số liệu (hệ thống, văn bản) ở cột Nguồn/minh chứng.',
    sendLine(plan, period, send, lang, 5),
  ];
}

export function taskInstructions(
  plan: Plan,
  period: Period,
  send: SendBack,
  lang: Lang,
  unit?: string,
): string[] {
  return forUnit(taskLines(plan, period, send, lang), plan, unit, 'tasks', lang);
}

function taskLines(plan: Plan, period: Period, send: SendBack, lang: Lang): string[] {
  return lang === 'vi'
    ? [
        '1. Đơn vị tìm các nhiệm vụ của mình ở cột "Đơn vị chủ trì", chọn Tình trạng trong kỳ: Hoàn thành / Đang thực hiện / Chưa thực hiện; ghi kết quả, sản phẩm hoặc vướng mắc ở cột Ghi chú.',
        '2. Nhiệm vụ chưa có báo cáo thì để trống Tình trạng: dòng đó được bỏ qua. Không sửa Mã nhiệm vụ và Kỳ báo cáo.',
        sendLine(plan, period, send, lang, 3),
      ]
    : [
        '1. Find your tasks by "Lead unit" and pick the status of each in the period: Hoàn thành (done) / Đang thực hiện (in progress) / Chưa thực hiện (not started); note results, outputs or obstacles.',
        '2. Leave the status empty when there is nothing to report: the row is skipped. Do not change the task codes or the period.',
        sendLine(plan, period, send, lang, 3),
      ];
}
