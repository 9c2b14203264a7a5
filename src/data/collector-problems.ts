/** The collector's diagnostics: unknown codes, duplicate rows, grouped repeats. */
import type { Diagnostic, Location, Msg } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { formatNumber } from '../util/number.js';
import { dataDiag, placeText } from './diagnostics.js';

/** `suggest` is the nearest known codes, quoted and joined ("" when none is near). */
export function unknownDiag(
  kind: 'indicator' | 'task',
  code: string,
  suggest: string,
  loc: Location,
): Diagnostic {
  if (kind === 'indicator')
    return dataDiag(
      'data-unknown-indicator',
      'error',
      loc,
      msg(
        `Mã chỉ tiêu "${code}" không có trong kế hoạch${suggest ? `; có phải ý bạn là ${suggest}?` : '.'}`,
        `Indicator code "${code}" is not in the plan${suggest ? `; did you mean ${suggest}?` : '.'}`,
      ),
      {
        text: code,
        hint: msg(
          'Sửa mã theo danh sách chỉ tiêu của kế hoạch (mục indicators trong tệp YAML).',
          "Use a code from the plan's indicator list (the indicators section of the YAML file).",
        ),
      },
    );
  return dataDiag(
    'data-unknown-task',
    'error',
    loc,
    msg(
      `Mã nhiệm vụ "${code}" không có trong kế hoạch${suggest ? `; có phải ý bạn là ${suggest}?` : '.'}`,
      `Task id "${code}" is not in the plan${suggest ? `; did you mean ${suggest}?` : '.'}`,
    ),
    {
      text: code,
      hint: msg(
        'Sửa mã theo danh sách nhiệm vụ của kế hoạch (mục tasks trong tệp YAML).',
        "Use an id from the plan's task list (the tasks section of the YAML file).",
      ),
    },
  );
}

/** A second row for the same indicator/task, period and unit: a warning when the figure is the same. */
export function duplicateDiag(
  same: boolean,
  first: Location,
  loc: Location,
  raw: string,
  what: string,
): Diagnostic {
  if (same)
    return dataDiag(
      'data-duplicate-identical',
      'warning',
      loc,
      msg(
        `Dòng trùng với ${placeText(first, 'vi')} (${what}), cùng số liệu: chỉ tính một lần.`,
        `Row repeats ${placeText(first, 'en')} (${what}) with the same figure: counted once.`,
      ),
      { text: raw, hint: msg('Xóa một trong hai dòng.', 'Delete one of the two rows.') },
    );
  return dataDiag(
    'data-duplicate',
    'error',
    loc,
    msg(
      `Dòng trùng với ${placeText(first, 'vi')} (${what}) nhưng số liệu khác nhau: không biết dùng số nào.`,
      `Row repeats ${placeText(first, 'en')} (${what}) with a different figure: cannot tell which is right.`,
    ),
    {
      text: raw,
      hint: msg(
        'Giữ lại một dòng cho mỗi chỉ tiêu, kỳ báo cáo và đơn vị; xóa hoặc sửa dòng còn lại.',
        'Keep one row per indicator, period and unit; delete or correct the other.',
      ),
    },
  );
}

/**
 * "dòng 9 cột D"; on another sheet than the first place's: "trang tính "Số liệu" dòng 9 cột D" (the file is
 * the group's own).
 */
function shortPlace(l: Location, firstSheet: string | undefined, lang: 'vi' | 'en'): string {
  const other = l.sheet !== undefined && l.sheet !== firstSheet;
  const sheet = other ? (lang === 'vi' ? `trang tính "${l.sheet}" ` : `sheet "${l.sheet}" `) : '';
  const row = l.row === undefined ? '' : lang === 'vi' ? `dòng ${l.row}` : `row ${l.row}`;
  const col = l.col === undefined ? '' : lang === 'vi' ? ` cột ${l.col}` : ` column ${l.col}`;
  return `${sheet}${row}${col}`.trim();
}

/**
 * The first message of a group, then the count and the next places: "… (47.600 chỗ như vậy trong tệp này;
 * tiếp theo: dòng 3 cột D, dòng 4 cột D, …)".
 */
export function groupedText(
  first: Msg,
  firstSheet: string | undefined,
  count: number,
  places: Location[],
): Msg {
  const more = count > places.length + 1;
  const vi = places.map((p) => shortPlace(p, firstSheet, 'vi')).join(', ') + (more ? ', …' : '');
  const en = places.map((p) => shortPlace(p, firstSheet, 'en')).join(', ') + (more ? ', …' : '');
  return msg(
    `${first.vi} (${formatNumber(count, 'vi')} chỗ như vậy trong tệp này; tiếp theo: ${vi})`,
    `${first.en} (${formatNumber(count, 'en')} such places in this file; next: ${en})`,
  );
}
