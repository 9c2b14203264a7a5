/**
 * Reading an .xlsx's shared parts through the zip central directory, before streaming its sheets.
 *
 * Why: exceljs's streaming reader walks the zip in stored order. Files written by exceljs (our own
 * data-entry template among them) store the sheets first and xl/sharedStrings.xml, xl/styles.xml and
 * xl/workbook.xml after them; on Node ≥ 18 those trailing entries are intermittently not delivered, and
 * the reader throws "Cannot read properties of undefined (reading 'sheets')" or, worse, reads the sheets
 * without their strings or number formats (exceljs issue #3064, open at the time of writing). Handing
 * the reader these parts first, read by their offsets, removes the race; the sheets still stream.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/** Where an entry's compressed bytes are. */
export interface ZipEntryRef {
  method: number;
  dataOffset: number;
  compSize: number;
}

/** Offsets of the named entries; null when the zip cannot be read this way (ZIP64, damaged). */
export async function locateEntries(path: string, names: string[]): Promise<Map<string, ZipEntryRef> | null> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tailLen) return null;
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || cdOffset + cdSize > size) return null;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const found = new Map<string, ZipEntryRef>();
    for (let p = 0; p + 46 <= cd.length && cd.readUInt32LE(p) === 0x02014b50; ) {
      const method = cd.readUInt16LE(p + 10);
      const compSize = cd.readUInt32LE(p + 20);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const local = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      p += 46 + nameLen + extraLen + commentLen;
      if (!names.includes(name)) continue;
      if (method !== 0 && method !== 8) return null;
      const lh = Buffer.alloc(30);
      await fh.read(lh, 0, 30, local);
      if (lh.readUInt32LE(0) !== 0x04034b50) return null;
      found.set(name, {
        method,
        compSize,
        dataOffset: local + 30 + lh.readUInt16LE(26) + lh.readUInt16LE(28),
      });
    }
    return found;
  } finally {
    await fh.close();
  }
}

/** The uncompressed bytes of one entry, streamed. */
export function entryStream(path: string, ref: ZipEntryRef): Readable {
  const raw =
    ref.compSize === 0
      ? createReadStream(path, { start: 1, end: 0 })
      : createReadStream(path, { start: ref.dataOffset, end: ref.dataOffset + ref.compSize - 1 });
  return ref.method === 8 ? raw.pipe(createInflateRaw()) : raw;
}

/** exceljs WorkbookReader internals this module drives (stable across 4.x; checked against 4.4.0). */
interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  sharedStrings?: unknown[];
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string }[] };
}

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/**
 * Load the workbook's relationships, sheet list, shared strings and styles into `reader` ahead of the
 * stream, and make the stream skip them. Returns the sheet names the workbook lists, or null when the
 * parts could not be read ahead (the stream is then left to do it, race and all).
 */
export async function preloadWorkbook(reader: unknown, path: string): Promise<string[] | null> {
  const refs = await locateEntries(path, [WORKBOOK, RELS, STRINGS, STYLES]).catch(() => null);
  const wb = refs?.get(WORKBOOK);
  const rels = refs?.get(RELS);
  if (!refs || !wb || !rels) return null;
  const r = reader as ReaderInternals;
  await r._parseRels(entryStream(path, rels));
  // Excel may write absolute targets ("/xl/worksheets/sheet1.xml"); exceljs matches relative ones.
  for (const rel of r.workbookRels ?? []) rel.Target = rel.Target.replace(/^\/xl\//, '');
  await r._parseWorkbook(entryStream(path, wb));
  const strings = refs.get(STRINGS);
  if (strings) for await (const _ of r._parseSharedStrings(entryStream(path, strings)));
  else r.sharedStrings = [];
  const styles = refs.get(STYLES);
  if (styles) await r._parseStyles(entryStream(path, styles));
  const skip = async () => {};
  r._parseRels = skip;
  r._parseWorkbook = skip;
  r._parseStyles = skip;
  r._parseSharedStrings = async function* () {};
  return (r.model?.sheets ?? []).map((s) => s.name);
}
