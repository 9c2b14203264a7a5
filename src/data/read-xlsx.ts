/**
 * XLSX workbooks through exceljs's streaming reader (bounded memory). exceljs is imported here, lazily,
 * so commands that read no workbook never pay for it. In streaming mode exceljs ignores <mergeCell>:
 * a merged cell's text sits in its top-left cell only, which header detection accounts for.
 */

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { msg } from '../model/diagnostic.js';
import type { InputFile } from '../model/observation.js';
import { foldWords, nearest } from '../util/text.js';
import type { RawCell } from './cells.js';
import type { DataCollector } from './collector.js';
import { dataDiag } from './diagnostics.js';
import { fileDiag, legacyEncodingDiag, noHeaderDiag } from './file-problems.js';
import { TableReader } from './table-reader.js';
import { toRawCell } from './xlsx-cell.js';
import { preloadWorkbook } from './xlsx-directory.js';

interface StreamCell {
  value: unknown;
  numFmt?: string;
}
interface StreamRow {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, fn: (cell: StreamCell, col: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  name: string;
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Read every sheet with a recognisable header, or only `sheet` when the input named one. */
export async function readXlsx(
  path: string,
  display: string,
  sheet: string | undefined,
  collector: DataCollector,
): Promise<InputFile | null> {
  const ExcelJS = (await import('exceljs')).default;
  const workbookReader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
  });
  let listed: string[] | null = null;
  const reader = workbookReader as unknown as AsyncIterable<StreamSheet>;
  const seen: string[] = [];
  const read: string[] = [];
  let rows = 0;
  let failed = false;
  try {
    listed = await preloadWorkbook(workbookReader, path);
    for await (const ws of reader) {
      seen.push(ws.name);
      if (sheet !== undefined && ws.name !== sheet) continue;
      const table = new TableReader(collector, display, ws.name);
      for await (const row of ws) {
        const cells: RawCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = toRawCell(cell.value, cell.numFmt);
        });
        table.push(row.number, cells);
      }
      const found = table.end();
      if (table.legacy) {
        collector.report(legacyEncodingDiag(display, table.legacy, ws.name));
        failed = true;
      } else if (found) {
        read.push(ws.name);
        rows += table.dataRows;
      }
    }
  } catch {
    collector.report(
      fileDiag(
        'data-unreadable-file',
        display,
        'Không mở được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.',
        'Cannot open the Excel file: it is damaged or not an .xlsx workbook.',
        msg(
          'Mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".',
          'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
        ),
      ),
    );
    return null;
  }
  // A sheet the workbook lists but the stream never delivered: say so rather than report without it.
  const lost = (listed ?? []).filter(
    (name) => !seen.includes(name) && (sheet === undefined || sheet === name),
  );
  if (lost.length) {
    collector.report(
      fileDiag(
        'data-unreadable-file',
        display,
        `Không đọc được trang tính ${lost.map((n) => `"${n}"`).join(', ')} của tệp Excel.`,
        `Could not read sheet ${lost.map((n) => `"${n}"`).join(', ')} of the Excel file.`,
        msg('Mở tệp bằng Excel và lưu lại rồi chạy lại.', 'Open the file in Excel, save it again and rerun.'),
      ),
    );
    return null;
  }
  if (sheet !== undefined && !seen.includes(sheet)) {
    // Compare without diacritics: "Tien do" typed on a keyboard without Vietnamese input is "Tiến độ".
    const folded = seen.map(foldWords);
    const near = nearest(foldWords(sheet), folded).map((f) => seen[folded.indexOf(f)]!);
    collector.report(
      dataDiag(
        'data-sheet-not-found',
        'error',
        { file: display, sheet },
        msg(
          `Không có trang tính "${sheet}". Các trang tính trong tệp: ${seen.map((s) => `"${s}"`).join(', ')}.`,
          `There is no sheet "${sheet}". Sheets in the file: ${seen.map((s) => `"${s}"`).join(', ')}.`,
        ),
        {
          text: sheet,
          hint: near.length
            ? msg(`Có phải ý bạn là "${near[0]}"?`, `Did you mean "${near[0]}"?`)
            : msg('Ghi đúng tên trang tính sau dấu #.', 'Write the exact sheet name after the #.'),
        },
      ),
    );
    return null;
  }
  if (failed) return null;
  if (read.length === 0) {
    // A named sheet without a header, or a workbook where no sheet has one.
    collector.report(noHeaderDiag(display, sheet));
    return null;
  }
  return { file: display, sha256: await fileSha256(path), format: 'xlsx', sheets: read, rows };
}
