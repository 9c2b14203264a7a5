/**
 * Opening an .xlsx by its zip central directory: the relationships, sheet list, shared strings and
 * styles are parsed first, then each sheet's part is streamed, every part through the checks of
 * xlsx-zip.ts (declared size, limits, truncation, one UTF-8 stream across chunks).
 *
 * Why not exceljs's own zip walk: it reads the zip in stored order, and files written by exceljs (our own
 * data-entry template among them) store the sheets before xl/sharedStrings.xml, xl/styles.xml and
 * xl/workbook.xml; on Node ≥ 18 those trailing entries are intermittently not delivered (exceljs issue
 * #3064). It also decodes each chunk on its own (a letter split across chunks became "��"), never notices
 * a part that stops half-way, and inflates whatever a zip bomb holds.
 */
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { entryText, listEntries, XLSX_LIMITS, type ZipEntry } from './xlsx-zip.js';

/** exceljs WorkbookReader internals this module drives (stable across 4.x; checked against 4.4.0). */
interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Iterable<{ value: unknown }>;
  sharedStrings?: unknown[];
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
}

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/** What a cell holds when it points at a shared string the workbook does not have. */
export interface MissingSharedString {
  missingSharedString: string;
}

export function isMissingSharedString(v: unknown): v is MissingSharedString {
  return typeof v === 'object' && v !== null && 'missingSharedString' in v;
}

/**
 * exceljs reads `sharedStrings[index]` and makes a bad index an empty cell, silently. Behind this proxy a
 * missing index (or one that is not a number) yields a marker the cell reader reports at its cell.
 */
function guardStrings(strings: unknown[]): unknown[] {
  return new Proxy(strings, {
    get(t, k) {
      const v = (t as unknown as Record<string | symbol, unknown>)[k];
      if (v !== undefined || typeof k !== 'string' || k in t) return v;
      return /^-?\d+$|^NaN$/.test(k) ? { missingSharedString: k } : v;
    },
  });
}

/** A sheet the workbook lists, with the zip part that holds it. */
export interface SheetPart {
  name: string;
  part: string;
}

export interface OpenedWorkbook {
  entries: Map<string, ZipEntry>;
  /** null: a zip, but not an Excel workbook (no xl/workbook.xml or its relationships). */
  sheets: SheetPart[] | null;
  /** Number of shared strings; null when the workbook has no shared-strings part. */
  sharedStrings: number | null;
}

const textStream = (path: string, e: ZipEntry, root: string, limit?: number) =>
  Readable.from(entryText(path, e, root, limit), { objectMode: true });

/** A relationship target → zip part name ("worksheets/sheet1.xml" and "/xl/worksheets/sheet1.xml" alike). */
function partName(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(`xl/${target}`);
}

/** Parse the workbook's shared parts into `reader`. Throws ZipProblem for a damaged zip or part. */
export async function openWorkbook(reader: unknown, path: string): Promise<OpenedWorkbook> {
  const entries = await listEntries(path);
  const wb = entries.get(WORKBOOK);
  const rels = entries.get(RELS);
  if (!wb || !rels) return { entries, sheets: null, sharedStrings: null };
  const r = reader as ReaderInternals;
  await r._parseRels(textStream(path, rels, 'Relationships'));
  await r._parseWorkbook(textStream(path, wb, 'workbook'));
  const strings = entries.get(STRINGS);
  if (strings) {
    const sst = textStream(path, strings, 'sst', XLSX_LIMITS.sharedStringsBytes);
    for await (const _ of r._parseSharedStrings(sst));
  } else r.sharedStrings = [];
  const count = strings ? (r.sharedStrings ?? []).length : null;
  r.sharedStrings = guardStrings(r.sharedStrings ?? []);
  const styles = entries.get(STYLES);
  if (styles) await r._parseStyles(textStream(path, styles, 'styleSheet'));
  const targets = new Map((r.workbookRels ?? []).map((rel) => [rel.Id, partName(rel.Target)]));
  const sheets = (r.model?.sheets ?? []).map((s) => ({ name: s.name, part: targets.get(s.rId) ?? '' }));
  return { entries, sheets, sharedStrings: count };
}

/** An exceljs worksheet reader over one sheet's checked, decoded text. */
export function sheetReader<T>(reader: unknown, path: string, sheet: SheetPart, entry: ZipEntry): T {
  const r = reader as ReaderInternals;
  const [first] = [...r._parseWorksheet(entryText(path, entry, 'worksheet'), '0')];
  const ws = first!.value as T & { name: string };
  ws.name = sheet.name;
  return ws;
}

/**
 * For the benchmarks (bench/data.js): load the shared parts into `reader` and make exceljs's own zip walk
 * skip them, then let it stream the sheets. Returns the sheet names, or null when not a workbook.
 */
export async function preloadWorkbook(reader: unknown, path: string): Promise<string[] | null> {
  const opened = await openWorkbook(reader, path).catch(() => null);
  if (!opened?.sheets) return null;
  const r = reader as ReaderInternals;
  const skip = async () => {};
  r._parseRels = skip;
  r._parseWorkbook = skip;
  r._parseStyles = skip;
  r._parseSharedStrings = async function* () {};
  return opened.sheets.map((s) => s.name);
}
