/**
 * Values that are not one measured figure of what the indicator measures: a change ("-31", "tăng 3 bậc"), a
 * range or bound ("50-95", "<10"), points for a rate ("8,5 điểm"), a count of units for a rate ("2/13 sở").
 * Only cells that failed the ordinary reading (or carry a sign) come here, so none of this costs a normal row.
 */
import { type Msg, msg } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';

export type ShapeCode =
  | 'data-change-not-value'
  | 'data-range-not-value'
  | 'data-points-not-rate'
  | 'data-units-not-rate';

/** Why a text is not a value of the indicator, and how to write it instead. */
export interface Shape {
  code: ShapeCode;
  why: Msg;
  hint: Msg;
}

/** Lower case, no diacritics (đ → d), spaces collapsed; punctuation kept (a dash or "<" matters here). */
export function plainText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim();
}

const NUM = String.raw`\d[\d.,]*`;
const SIGNED = /^[+\-\u2212\u2013]\s*\d/;
const CHANGE_WORDS = new RegExp(
  String.raw`(?:^|\s)(?:tang|giam|len|xuong|tut|cai thien)(?:\s+(?:them|duoc))?\s+${NUM}|(?:^|\s|\d)bac(?:$|\s|[.,;)])`,
);
const RANGE = new RegExp(
  [
    String.raw`^(?:[<>\u2264\u2265]=?|=[<>])\s*${NUM}`,
    String.raw`^${NUM}\s*%?\s*(?:-|\u2013|\u2014|~|den|toi)\s*${NUM}`,
    String.raw`^tu\s+${NUM}.*\s(?:den|toi)\s+${NUM}`,
    String.raw`^(?:tren|duoi|hon|gan|it nhat|toi thieu|toi da|khong duoi|khong qua|khong thap hon|khong cao hon)\s+${NUM}`,
  ].join('|'),
);
const POINTS = /(?:^|[\s\d/(])diem(?:$|[\s.,;:)])/;
// Units that a province counts ("2/13 sở", "5/95 xã"), matched with their diacritics: "số" is not "sở".
const UNIT_WORDS =
  'sở|ban|ngành|xã|phường|thị trấn|huyện|quận|tỉnh|đơn vị|cơ quan|địa phương|phòng|ubnd|xa|phuong|don vi|co quan';
const UNIT_COUNT = new RegExp(
  String.raw`^${NUM}\s*(?:/|trên)\s*${NUM}\s*(?:${UNIT_WORDS})(?=$|[\s,.;:)(])|^${NUM}\s*(?:${UNIT_WORDS})(?=$|[\s,.;:)(])`,
);
const UNIT_WORD = new RegExp(String.raw`(?:^|[\s(])(?:${UNIT_WORDS})(?=$|[\s,.;:)(])`);

export function isSigned(text: string): boolean {
  return SIGNED.test(text.trim());
}

const change = (kind: IndicatorKind): Shape => ({
  code: 'data-change-not-value',
  why: msg(
    kind === 'rank'
      ? 'đây là mức thay đổi thứ hạng (tăng/giảm bậc), không phải thứ hạng đạt được'
      : 'đây là mức thay đổi (tăng/giảm), không phải giá trị đo được của kỳ',
    kind === 'rank'
      ? 'this is a change of rank (places gained or lost), not the rank reached'
      : 'this is a change (up/down), not the measured value of the period',
  ),
  hint: msg(
    kind === 'rank'
      ? 'Ghi thứ hạng đạt được trong kỳ, ví dụ "12" hoặc "Hạng 12/95"; mức tăng/giảm bậc ghi vào cột Ghi chú.'
      : 'Ghi giá trị đo được của kỳ, không có dấu + hoặc −; mức tăng/giảm ghi vào cột Ghi chú.',
    kind === 'rank'
      ? 'Write the rank reached in the period, e.g. "12" or "Hạng 12/95"; put the change in the Ghi chú (note) column.'
      : 'Write the value measured in the period, without a + or − sign; put the change in the Ghi chú (note) column.',
  ),
});

const RANGE_SHAPE: Shape = {
  code: 'data-range-not-value',
  why: msg(
    'đây là một khoảng hoặc một ngưỡng, không phải một giá trị đo được',
    'this is a range or a bound, not one measured value',
  ),
  hint: msg(
    'Ghi một giá trị đo được của kỳ (ví dụ "87,5%"); ngưỡng của chỉ tiêu đã có trong kế hoạch.',
    'Write the one value measured in the period (e.g. "87,5%"); the target\'s threshold is already in the plan.',
  ),
};

export const POINTS_SHAPE: Shape = {
  code: 'data-points-not-rate',
  why: msg(
    'đây là điểm số (ví dụ điểm Bộ chỉ số 766), không phải tỷ lệ phần trăm mà chỉ tiêu đo',
    'this is a score (e.g. a 766 index score), not the percentage the indicator measures',
  ),
  hint: msg(
    'Ghi tỷ lệ phần trăm (ví dụ "85,5%"), hoặc tử số và mẫu số là số hồ sơ/thủ tục; điểm số không quy đổi thành tỷ lệ.',
    'Write the percentage (e.g. "85,5%"), or the numerator and denominator as counts of dossiers/procedures; a score is not converted to a rate.',
  ),
};

export const UNITS_SHAPE: Shape = {
  code: 'data-units-not-rate',
  why: msg(
    'đây là số đơn vị (sở, xã, cơ quan…) đạt yêu cầu, không phải tỷ lệ mà chỉ tiêu đo',
    'this is a count of units (departments, communes, agencies…) that met a bar, not the rate the indicator measures',
  ),
  hint: msg(
    'Ghi tỷ lệ của chính chỉ tiêu (ví dụ số hồ sơ thanh toán trực tuyến / số hồ sơ có phí); số đơn vị đạt ghi vào cột Ghi chú.',
    "Write the indicator's own rate (e.g. dossiers paid online / fee-bearing dossiers); put the count of units in the Ghi chú (note) column.",
  ),
};

/** Whether a unit-of-measure, numerator or note text speaks of points ("điểm") or of counted units ("sở"). */
export function contextOf(text: string): 'points' | 'units' | undefined {
  if (POINTS.test(plainText(text))) return 'points';
  if (UNIT_WORD.test(text.toLowerCase().normalize('NFC'))) return 'units';
  return undefined;
}

/** "2/13 sở", "10/10 điểm" in a note: the figures it names, to compare with the row's Tử số/Mẫu số. */
const FIGURES = /(\d+)\s*(?:\/|trên)\s*(\d+)/;
export function figuresOf(text: string): [number, number] | undefined {
  const m = FIGURES.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * The reason a text that was not read as a value of `kind` is not one: a change, a range, points for a
 * percentage, a count of units for a percentage. undefined when none fits (the caller says "cannot read").
 */
export function shapeOf(text: string, kind: IndicatorKind): Shape | undefined {
  if (kind === 'milestone' || kind === 'qualitative') return undefined;
  const t = plainText(text);
  if (SIGNED.test(t) || CHANGE_WORDS.test(t)) return change(kind);
  if (RANGE.test(t)) return RANGE_SHAPE;
  if (kind === 'percentage') {
    if (POINTS.test(t)) return POINTS_SHAPE;
    if (UNIT_COUNT.test(text.trim().toLowerCase().normalize('NFC'))) return UNITS_SHAPE;
  }
  return undefined;
}
