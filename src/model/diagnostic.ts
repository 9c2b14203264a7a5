/** Languages the tool speaks. Vietnamese is the default everywhere. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A message in both languages; renderers pick one. Keeps the core free of a global language setting. */
export interface Msg {
  vi: string;
  en: string;
}

/**
 * `note`: nothing is wrong, but the officer should know how a cell was read ("Không phát sinh" taken as no
 * data). Notes never fail a run and are not counted as warnings (`--max-warnings`); `--quiet` hides them.
 */
export type Severity = 'error' | 'warning' | 'note';

/**
 * Where a problem or a figure is. YAML positions use line/column; data files use
 * sheet/row/column. All numbers are 1-based, as editors and spreadsheets show them.
 */
export interface Location {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** XLSX sheet name. */
  sheet?: string;
  /** Data row: the spreadsheet row number, or the CSV record number counting the header as 1. */
  row?: number;
  /** Data column as a spreadsheet letter ("D"); CSV columns are numbered the same way. */
  col?: string;
  /** The header of that column, as written in the file. */
  field?: string;
  /** JSON pointer into the plan document, for plan diagnostics ("/targets/3/value"). */
  pointer?: string;
}

/** One problem found by any stage. Plain data: every output format is a function of it. */
export interface Diagnostic {
  /** Stable kebab-case code, e.g. `unknown-unit`, `data-zero-denominator`. Part of the public contract. */
  code: string;
  severity: Severity;
  message: Msg;
  location?: Location;
  /** What the user can do about it. */
  hint?: Msg;
  /** The offending text as it appeared in the input. */
  text?: string;
  /**
   * What the finding is about, stable across runs (a target id and reporting unit), when the pointer and
   * message are not: CI formats build fingerprints from it so a finding keeps its identity quarter to quarter.
   */
  key?: string;
  /**
   * Set when several findings of the same code in the same file are reported as this one (located at the
   * first): how many there are in all. The message names the next few places.
   */
  count?: number;
}

export const msg = (vi: string, en: string): Msg => ({ vi, en });
