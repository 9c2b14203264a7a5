/** What is wrong with a damaged or unexpected workbook, said in words a user can act on. */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import type { MessageData } from '../words/diagnostics/catalog.js';
import { moreCells, partName, sheetSuffix } from '../words/place-words.js';
import { dataFinding } from './diagnostics.js';
import { XLSX_LIMITS, type ZipProblem } from './xlsx-zip.js';

const MB = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
/** A ZipProblem while reading `sheet` (or the workbook's shared parts when absent). */
export function zipProblemDiag(file: string, p: ZipProblem, sheet?: string): Diagnostic {
  const at: Location = sheet === undefined ? { file } : { file, sheet };
  const part = p.part ?? '';
  const d = (id: string, data: MessageData = {}, hintId = 'resave') =>
    dataFinding('data-unreadable-file', id, { part, sheet: sheetSuffix(sheet), ...data }, at, { hintId });
  switch (p.kind) {
    case 'cut-short':
      return d('cutShort', {}, 'cutShortHint');
    case 'zip64':
      return d('zip64', {}, 'zip64Hint');
    case 'truncated':
      return d('truncated');
    case 'too-large': {
      const limit = part.endsWith('sharedStrings.xml')
        ? XLSX_LIMITS.sharedStringsBytes
        : XLSX_LIMITS.partBytes;
      return d('tooLarge', { size: MB(Number(p.detail)), limit: MB(limit) }, 'tooLargeHint');
    }
    case 'too-long':
      return d('tooLong', { limit: MB(XLSX_LIMITS.textRun) });
    default:
      return d('damaged', { part: partName(part, 'directory'), detail: p.detail ? ` (${p.detail})` : '' });
  }
}

/** The sheet's XML is not well-formed (saxes' message carries line:column inside the part). */
export function badXmlDiag(file: string, sheet: string, part: string, detail: string): Diagnostic {
  return dataFinding(
    'data-unreadable-file',
    'badXml',
    { sheet, part, detail },
    { file, sheet },
    { hintId: 'resave' },
  );
}

export function missingPartDiag(file: string, sheet: string, part: string): Diagnostic {
  const data = { sheet, part: partName(part, 'unknown') };
  return dataFinding('data-unreadable-file', 'missingPart', data, { file, sheet }, { hintId: 'resave' });
}

/** A zip without xl/workbook.xml: an OpenDocument spreadsheet under an .xlsx name, or some other zip. */
export function notWorkbookDiag(file: string, ods: boolean): Diagnostic {
  return ods
    ? dataFinding('data-unsupported-file', 'ods', {}, { file }, { hintId: 'odsHint' })
    : dataFinding('data-unsupported-file', 'notWorkbook', {}, { file }, { hintId: 'resave' });
}

/** A cell that points at a shared string that is not there; `first` is the first such cell of the sheet. */
export function missingStringDiag(
  at: Location,
  index: string,
  count: number | null,
  others: number,
): Diagnostic {
  const more = moreCells(others, true);
  return count === null
    ? dataFinding('data-unreadable-file', 'noStrings', { index, more }, at, { hintId: 'resave' })
    : dataFinding('data-unreadable-file', 'badString', { index, count, last: count - 1, more }, at, {
        hintId: 'resave',
      });
}

/** Text with U+FFFD: bytes that were not UTF-8, or a character lost before the file reached us. */
export function replacementCharDiag(at: Location, text: string, others: number): Diagnostic {
  const more = moreCells(others, false);
  return dataFinding('data-bad-encoding', 'replacement', { more }, at, { text, hintId: 'replacementHint' });
}
