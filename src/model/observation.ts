import type { Location } from './diagnostic.js';
import type { Period } from './period.js';

export const ASSESSMENTS = ['achieved', 'not-achieved', 'done', 'in-progress', 'not-started'] as const;
/**
 * A word-valued result: "Đạt"/"Có" → achieved, "Không đạt"/"Không" → not-achieved,
 * "Hoàn thành" → done, "Đang thực hiện" → in-progress, "Chưa thực hiện" → not-started.
 */
export type Assessment = (typeof ASSESSMENTS)[number];

/** One measured value of one indicator for one period (and reporting unit), with where it came from. */
export interface Observation {
  indicator: string;
  period: Period;
  /** Reporting commune/unit id for files that cover many; absent when the file is for one. */
  unit?: string;
  /**
   * The value in the indicator's unit (percent units for percentages: 95.5 = 95,5%).
   * null means "no data" — e.g. a zero denominator — never 0.
   */
  value: number | null;
  assessment?: Assessment;
  numerator?: number;
  denominator?: number;
  /** The cell text as written, for evidence. */
  raw: string;
  source: Location;
  /** "Nguồn" column: where the figure comes from (system, document). */
  evidence?: string;
  note?: string;
}

/** A reported state of a plan task for a period. */
export interface TaskProgress {
  task: string;
  period: Period;
  unit?: string;
  status: 'done' | 'in-progress' | 'not-started';
  note?: string;
  raw: string;
  source: Location;
}

/** One input file read, with its digest for the evidence trail. */
export interface InputFile {
  file: string;
  sha256: string;
  format: 'csv' | 'xlsx';
  /** Sheets read (XLSX). */
  sheets?: string[];
  rows: number;
}
