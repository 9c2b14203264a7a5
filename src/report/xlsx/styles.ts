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

/** Light fills that still read when printed in grey; the word in the cell carries the meaning. */
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
