import type { Borders, Fill, Font } from 'exceljs';
import type { Status, TaskStatus } from '../../model/report.js';

/** NĐ 30/2020 asks for Times New Roman; viewers without it substitute a metric-compatible serif. */
export const FONT_NAME = 'Times New Roman';

export const font = (size: number, extra: Partial<Font> = {}): Partial<Font> => ({
  name: FONT_NAME,
  size,
  ...extra,
});

export const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * Light fills for screen and colour print. In black-and-white print they all come out a similar pale grey, so
 * the statuses that need action are also told apart without colour: see ACTION_STYLE.
 */
export const STATUS_FILL: Record<Status, string> = {
  met: 'FFC6EFCE',
  'on-track': 'FFDDEBF7',
  'at-risk': 'FFFFEB9C',
  missed: 'FFFFC7CE',
  'no-data': 'FFE7E6E6',
};

export const TASK_STATUS_FILL: Record<TaskStatus, string> = {
  done: 'FFC6EFCE',
  'on-track': 'FFDDEBF7',
  overdue: 'FFFFC7CE',
  'no-data': 'FFE7E6E6',
};

export const HEADER_FILL = 'FFF2F2F2';
export const GROUP_FILL = 'FFFAFAFA';
/** Input cells of the data-entry template: pale yellow, the usual "type here" colour. */
export const INPUT_FILL = 'FFFFF9DB';
export const LOCKED_FILL = 'FFEDEDED';

/** Body text of the tables (12 pt: appendix tables are a size below the 13–14 pt body of the report). */
export const TABLE_PT = 12;

const medium = { style: 'medium' as const, color: { argb: 'FF000000' } };
const double = { style: 'double' as const, color: { argb: 'FF000000' } };

/**
 * What marks an action status in a black-and-white printout: missed (and overdue) bold in a double frame,
 * at risk bold italic in a heavy frame; the other statuses stay regular in the thin grid.
 */
export const ACTION_STYLE = {
  missed: { font: { bold: true }, border: { top: double, left: double, bottom: double, right: double } },
  'at-risk': {
    font: { bold: true, italic: true },
    border: { top: medium, left: medium, bottom: medium, right: medium },
  },
} as const satisfies Record<string, { font: Partial<Font>; border: Partial<Borders> }>;

/** The style of a status cell: its fill, and for missed/at-risk/overdue the bold and frame of ACTION_STYLE. */
export function statusLook(s: Status | `task-${TaskStatus}`): {
  fill: Fill;
  font: Partial<Font>;
  border: Partial<Borders>;
} {
  const fill = solid(
    s.startsWith('task-') ? TASK_STATUS_FILL[s.slice(5) as TaskStatus] : STATUS_FILL[s as Status],
  );
  const action =
    s === 'missed' || s === 'task-overdue'
      ? ACTION_STYLE.missed
      : s === 'at-risk'
        ? ACTION_STYLE['at-risk']
        : undefined;
  return {
    fill,
    font: font(TABLE_PT, action?.font ?? {}),
    border: action?.border ?? BOX,
  };
}
