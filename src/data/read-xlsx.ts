/**
 * XLSX workbooks through exceljs's streaming worksheet reader (bounded memory), fed by our own zip layer
 * (xlsx-directory.ts, xlsx-zip.ts) so a damaged, truncated or hostile workbook is an error naming the
 * file and sheet, never a partial read. exceljs is imported here, lazily, so commands that read no
 * workbook never pay for it. In streaming mode exceljs ignores <mergeCell>: a merged cell's text sits in
 * its top-left cell only, which header detection accounts for.
 */

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { InputFile } from '../model/observation.js';
import { foldWords, nearest } from '../util/text.js';
import { colLetter, type RawCell } from './cells.js';
import type { DataCollector } from './collector.js';
import { dataFinding } from './diagnostics.js';
import { legacyEncodingDiag, noHeaderDiag } from './file-problems.js';
import { TableReader } from './table-reader.js';
import { toRawCell } from './xlsx-cell.js';
import { isMissingSharedString, type OpenedWorkbook, openWorkbook, sheetReader } from './xlsx-directory.js';
import {
  badXmlDiag,
  missingPartDiag,
  missingStringDiag,
  notWorkbookDiag,
  replacementCharDiag,
  zipProblemDiag,
} from './xlsx-problems.js';
import { ZipProblem } from './xlsx-zip.js';

interface StreamCell {
  value: unknown;
  numFmt?: string;
}
interface StreamRow {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, fn: (cell: StreamCell, col: number) => void): void;
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The first cell of a kind of damage in one sheet, and how many more there are. */
interface FirstBad {
  row: number;
  col: number;
  text: string;
  others: number;
}
const note = (b: FirstBad | null, row: number, col: number, text: string): FirstBad =>
  b ? { ...b, others: b.others + 1 } : { row, col, text, others: 0 };

/** Read one sheet into its table; false when the sheet is damaged (its problems are reported). */
async function readSheet(
  reader: unknown,
  path: string,
  display: string,
  wb: OpenedWorkbook,
  sheet: { name: string; part: string },
  table: TableReader,
): Promise<boolean> {
  const entry = wb.entries.get(sheet.part);
  const collector = table.collector;
  if (!entry) {
    collector.report(missingPartDiag(display, sheet.name, sheet.part));
    return false;
  }
  let badString: FirstBad | null = null;
  let badText: FirstBad | null = null;
  try {
    const ws = sheetReader<AsyncIterable<StreamRow>>(reader, path, sheet, entry);
    for await (const row of ws) {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = cell.value;
        if (isMissingSharedString(v)) {
          badString = note(badString, row.number, col, v.missingSharedString);
          return;
        }
        const raw = toRawCell(v, cell.numFmt);
        // U+FFFD is what undecodable bytes became: corrupted text is never data.
        if (typeof raw === 'string' && raw.includes('\uFFFD')) badText = note(badText, row.number, col, raw);
        cells[col - 1] = raw;
      });
      table.push(row.number, cells);
    }
  } catch (e) {
    collector.report(
      e instanceof ZipProblem
        ? zipProblemDiag(display, e, sheet.name)
        : badXmlDiag(display, sheet.name, sheet.part, (e as Error).message),
    );
    return false;
  }
  const at = (b: FirstBad) => ({ file: display, sheet: sheet.name, row: b.row, col: colLetter(b.col - 1) });
  const s = badString as FirstBad | null;
  const t = badText as FirstBad | null;
  if (s) collector.report(missingStringDiag(at(s), s.text, wb.sharedStrings, s.others));
  if (t) collector.report(replacementCharDiag(at(t), t.text, t.others));
  return !s && !t;
}

/** Read every sheet with a recognisable header, or only `sheet` when the input named one. */
export async function readXlsx(
  path: string,
  display: string,
  sheet: string | undefined,
  collector: DataCollector,
): Promise<InputFile | null> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
  });
  let wb: OpenedWorkbook;
  try {
    wb = await openWorkbook(reader, path);
  } catch (e) {
    collector.report(e instanceof ZipProblem ? zipProblemDiag(display, e) : unreadableDiag(display));
    return null;
  }
  if (!wb.sheets) {
    collector.report(notWorkbookDiag(display, wb.entries.has('content.xml') && wb.entries.has('mimetype')));
    return null;
  }
  const names = wb.sheets.map((s) => s.name);
  if (sheet !== undefined && !names.includes(sheet)) {
    collector.report(sheetNotFoundDiag(display, sheet, names));
    return null;
  }
  const read: string[] = [];
  let rows = 0;
  let failed = false;
  for (const s of wb.sheets) {
    if (sheet !== undefined && s.name !== sheet) continue;
    const table = new TableReader(collector, display, s.name);
    if (!(await readSheet(reader, path, display, wb, s, table))) {
      failed = true;
      continue;
    }
    const found = table.end();
    if (table.legacy) {
      collector.report(legacyEncodingDiag(display, table.legacy, s.name));
      failed = true;
    } else if (found) {
      read.push(s.name);
      rows += table.dataRows;
    }
  }
  if (failed) return null;
  if (read.length === 0) {
    // A named sheet without a header, or a workbook where no sheet has one.
    collector.report(noHeaderDiag(display, sheet));
    return null;
  }
  return { file: display, sha256: await fileSha256(path), format: 'xlsx', sheets: read, rows };
}

function unreadableDiag(display: string) {
  return dataFinding(
    'data-unreadable-file',
    'cannotOpen',
    {},
    { file: display },
    { hintId: 'cannotOpenHint' },
  );
}

function sheetNotFoundDiag(display: string, sheet: string, seen: string[]) {
  // Compare without diacritics: "Tien do" typed on a keyboard without Vietnamese input is "Tiến độ".
  const folded = seen.map(foldWords);
  const near = nearest(foldWords(sheet), folded).map((f) => seen[folded.indexOf(f)]!);
  const sheets = seen.map((s) => `"${s}"`).join(', ');
  return dataFinding(
    'data-sheet-not-found',
    'notFound',
    { sheet, sheets, near: near[0] ?? '' },
    { file: display, sheet },
    { text: sheet, hintId: near.length ? 'near' : 'exactName' },
  );
}
