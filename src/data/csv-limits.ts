/**
 * Bounds on a CSV's lines and cells, checked on the decoded text before papaparse sees it: papaparse keeps
 * an unfinished line in memory until its end arrives, so a 1 GB file without a line break would be held
 * whole (and take minutes). A line — or a cell — longer than MAX_CSV_LINE characters is refused as soon as
 * the limit is passed, with the record it starts. Documented in docs/data.md ("Limits").
 */

import type { Diagnostic } from '../model/diagnostic.js';
import { dataFinding } from './diagnostics.js';

/** 4 MiB characters: no real report line comes near it (Excel's own cell limit is 32,767 characters). */
export const MAX_CSV_LINE = 4 * 2 ** 20;

export class LineTooLong extends Error {
  constructor(readonly line: number) {
    super(`line ${line} longer than ${MAX_CSV_LINE}`);
  }
}

/** Counts characters since the last line break (\n, \r or \r\n) across chunks; O(line breaks) per chunk. */
export class LineBound {
  private since = 0;
  /** Physical line (1-based) the current position is on. */
  private line = 1;
  private endedWithCr = false;

  constructor(private readonly limit = MAX_CSV_LINE) {}

  feed(text: string): void {
    let i = 0;
    if (this.endedWithCr && text.charCodeAt(0) === 10) i = 1; // the \n of a \r\n split across chunks
    let nextLf = text.indexOf('\n', i);
    let nextCr = text.indexOf('\r', i);
    for (;;) {
      const br = nextLf < 0 ? nextCr : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
      if (br < 0) {
        this.since += text.length - i;
        if (this.since > this.limit) throw new LineTooLong(this.line);
        break;
      }
      if (this.since + (br - i) > this.limit) throw new LineTooLong(this.line);
      this.since = 0;
      this.line++;
      i = br + 1;
      if (br === nextCr && text.charCodeAt(i) === 10) i++;
      if (nextLf >= 0 && nextLf < i) nextLf = text.indexOf('\n', i);
      if (nextCr >= 0 && nextCr < i) nextCr = text.indexOf('\r', i);
    }
    this.endedWithCr = text.charCodeAt(text.length - 1) === 13;
  }
}

export function lineTooLongDiag(file: string, line: number, cell = false): Diagnostic {
  const mb = MAX_CSV_LINE / 2 ** 20;
  return dataFinding(
    'data-unreadable-file',
    cell ? 'cellTooLong' : 'lineTooLong',
    { mb, line },
    { file, row: line },
    {
      hintId: 'tooLongHint',
    },
  );
}
