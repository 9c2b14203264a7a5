/** `--data` arguments → the files to read: files, folders (recursively), `book.xlsx#Sheet`. */
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { pushAll } from '../util/array.js';
import { displayPath } from '../util/fs.js';
import type { MessageData } from '../words/diagnostics/catalog.js';
import { dataFinding } from './diagnostics.js';

/** One file to read. */
export interface DataInput {
  /** Absolute path. */
  path: string;
  /** As shown in diagnostics and InputFile: relative to cwd, forward slashes. */
  display: string;
  format: 'csv' | 'xlsx';
  sheet?: string;
  size: number;
}

const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);
const XLSX_EXT = new Set(['.xlsx', '.xlsm']);
const SHEET_SUFFIX = /^(.*?\.xls[xm])#(.*)$/i;
const FOLDER_EXT = new Set(['.csv', '.xlsx']);

/** Files inside a folder, recursively, sorted by path; hidden entries and Excel `~$` lock files skipped. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) pushAll(out, await walk(p));
    else if (e.isFile() && FOLDER_EXT.has(path.extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

async function magic(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(8);
    const { bytesRead } = await fh.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * An encrypted Office file (Excel's "Encrypt with Password") is an OLE/CFB container holding the
 * streams EncryptionInfo and EncryptedPackage; their names sit UTF-16LE in its directory. Scanned in
 * chunks (names may be split across them), up to 64 MiB: an encrypted workbook is no bigger.
 */
async function isEncryptedOffice(file: string): Promise<boolean> {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  const fh = await open(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    for (let pos = 0; pos < 64 * 2 ** 20; pos += chunk.length) {
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
      if (bytesRead === 0) return false;
      const window = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      if (window.includes(name)) return true;
      carry = window.subarray(Math.max(0, window.length - name.length));
    }
    return false;
  } finally {
    await fh.close();
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Classify one file by extension and first bytes; a problem becomes a diagnostic. */
async function classify(
  file: string,
  display: string,
  sheet: string | undefined,
): Promise<DataInput | Diagnostic> {
  const st = await stat(file);
  const at = { file: display };
  if (st.size === 0) return dataFinding('data-empty-file', 'empty', {}, at);
  const head = await magic(file);
  const ext = path.extname(file).toLowerCase();
  const unsupported = (id: string, data: MessageData = {}) =>
    dataFinding('data-unsupported-file', id, data, at, { hintId: `${id}Hint` });
  if (starts(head, OLE)) return unsupported((await isEncryptedOffice(file)) ? 'encrypted' : 'xls');
  if (XLSX_EXT.has(ext) || (sheet !== undefined && starts(head, ZIP))) {
    if (!starts(head, ZIP)) return unsupported('notXlsx');
    return sheet === undefined
      ? { path: file, display, format: 'xlsx', size: st.size }
      : { path: file, display, format: 'xlsx', sheet, size: st.size };
  }
  if (CSV_EXT.has(ext)) {
    if (starts(head, ZIP)) return unsupported('zipNamedText', { ext });
    return { path: file, display, format: 'csv', size: st.size };
  }
  return unsupported('otherType', { type: ext || path.basename(file) });
}

/** Split `book.xlsx#Sheet` (at the first ".xlsx#", so a sheet name may hold "#") unless the full name is a file. */
async function splitSheet(abs: string): Promise<{ file: string; sheet?: string }> {
  const m = SHEET_SUFFIX.exec(abs);
  if (!m) return { file: abs };
  const exists = await stat(abs).then(
    () => true,
    () => false,
  );
  if (exists) return { file: abs };
  return { file: m[1]!, sheet: m[2]! };
}

/**
 * Expand the inputs in the order given; within a folder, sorted. The same file (and sheet) named twice
 * is read once. Problems (missing files, wrong types, empty folders) come back as diagnostics.
 */
export async function expandInputs(
  inputs: string[],
  cwd: string,
): Promise<{ files: DataInput[]; diagnostics: Diagnostic[] }> {
  const files: DataInput[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const add = async (file: string, sheet: string | undefined) => {
    const key = `${file}#${sheet ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const r = await classify(file, displayPath(file, cwd), sheet);
    if ('code' in r) diagnostics.push(r);
    else files.push(r);
  };
  for (const input of inputs) {
    const { file, sheet } = await splitSheet(path.resolve(cwd, input));
    const display = displayPath(file, cwd);
    const st = await stat(file).catch(() => null);
    if (!st) {
      diagnostics.push(dataFinding('data-file-not-found', 'missing', {}, { file: display }));
      continue;
    }
    if (st.isDirectory()) {
      const inside = await walk(file);
      if (inside.length === 0)
        diagnostics.push(dataFinding('data-no-files', 'noFiles', {}, { file: display }));
      for (const f of inside) await add(f, undefined);
      continue;
    }
    await add(file, sheet);
  }
  return { files, diagnostics };
}
