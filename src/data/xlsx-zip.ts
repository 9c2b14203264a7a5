/**
 * The zip layer of an .xlsx, read by its central directory and checked as it is read, so a damaged
 * workbook is an error instead of a partial read:
 * - a file cut short has no central directory → `cut-short`;
 * - a part that inflates to fewer or more bytes than the directory says, or whose deflate stream breaks,
 *   is `damaged` (a part cut in half, or a zip bomb lying about its size);
 * - a part larger than the documented limit is refused before it is inflated (`too-large`);
 * - a part whose XML does not end with its root element's closing tag was cut (`truncated`);
 * - a run of more than MAX_TEXT_RUN characters without markup (one giant cell or tag) is refused
 *   before it is held in memory (`too-long`).
 * Text is decoded as one UTF-8 stream across chunk boundaries (a letter split between two chunks stays
 * one letter); bytes that are not UTF-8 become U+FFFD, which the cell reader reports where it sits.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/** Where an entry's compressed bytes are, and how big it says it is once inflated. */
export interface ZipEntry {
  name: string;
  method: number;
  dataOffset: number;
  compSize: number;
  size: number;
}

/** Documented in docs/data.md ("Limits"). */
export const XLSX_LIMITS = {
  /** One part (a sheet's XML) inflated: 1 GiB, several million rows. */
  partBytes: 2 ** 30,
  /** The shared strings are held in memory for the whole read: 256 MiB of XML. */
  sharedStringsBytes: 2 ** 28,
  /** Characters between two '<': a cell's text or a tag. Excel's own cell limit is 32,767 characters. */
  textRun: 4 * 2 ** 20,
};

export type ZipProblemKind = 'cut-short' | 'zip64' | 'damaged' | 'truncated' | 'too-large' | 'too-long';

export class ZipProblem extends Error {
  constructor(
    readonly kind: ZipProblemKind,
    /** The part concerned (absent for the whole file). */
    readonly part?: string,
    readonly detail?: string,
  ) {
    super(`${kind}${part ? ` ${part}` : ''}${detail ? `: ${detail}` : ''}`);
  }
}

/** Every entry of the zip by name; throws ZipProblem when the directory is missing or unreadable. */
export async function listEntries(path: string): Promise<Map<string, ZipEntry>> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tailLen) throw new ZipProblem('cut-short');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) throw new ZipProblem('zip64');
    if (cdOffset + cdSize > size) throw new ZipProblem('cut-short');
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const found = new Map<string, ZipEntry>();
    const lh = Buffer.alloc(30);
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new ZipProblem('damaged');
      const nameLen = cd.readUInt16LE(p + 28);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      const compSize = cd.readUInt32LE(p + 20);
      const local = cd.readUInt32LE(p + 42);
      const { bytesRead } = await fh.read(lh, 0, 30, local);
      if (bytesRead < 30 || lh.readUInt32LE(0) !== 0x04034b50) throw new ZipProblem('damaged', name);
      const dataOffset = local + 30 + lh.readUInt16LE(26) + lh.readUInt16LE(28);
      if (dataOffset + compSize > size) throw new ZipProblem('cut-short', name);
      found.set(name, {
        name,
        method: cd.readUInt16LE(p + 10),
        dataOffset,
        compSize,
        size: cd.readUInt32LE(p + 24),
      });
      p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    return found;
  } finally {
    await fh.close();
  }
}

function rawStream(path: string, e: ZipEntry): Readable {
  const raw =
    e.compSize === 0
      ? createReadStream(path, { start: 1, end: 0 })
      : createReadStream(path, { start: e.dataOffset, end: e.dataOffset + e.compSize - 1 });
  return e.method === 8 ? raw.pipe(createInflateRaw()) : raw;
}

const CLOSE_TAG = /<\/(?:[\w.-]+:)?([\w.-]+)\s*>\s*$/;

/**
 * The text of one part, checked: declared and actual size agree, the size is under `limit`, no run
 * without markup is longer than the limit, and the XML ends with `</root>` (any namespace prefix).
 */
export async function* entryText(
  path: string,
  e: ZipEntry,
  root: string,
  limit = XLSX_LIMITS.partBytes,
): AsyncGenerator<string> {
  if (e.method !== 0 && e.method !== 8) throw new ZipProblem('damaged', e.name, `method ${e.method}`);
  if (e.size > limit) throw new ZipProblem('too-large', e.name, String(e.size));
  const decoder = new TextDecoder('utf-8');
  const stream = rawStream(path, e);
  let bytes = 0;
  let sinceMarkup = 0;
  let tail = '';
  const check = (text: string) => {
    const first = text.indexOf('<');
    if (first < 0) sinceMarkup += text.length;
    else {
      if (sinceMarkup + first > XLSX_LIMITS.textRun) throw new ZipProblem('too-long', e.name);
      sinceMarkup = text.length - 1 - text.lastIndexOf('<');
    }
    if (sinceMarkup > XLSX_LIMITS.textRun) throw new ZipProblem('too-long', e.name);
    tail = text.length >= 256 ? text.slice(-256) : (tail + text).slice(-256);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      // More than declared: a lying header (a zip bomb) or a damaged part; stop before inflating the rest.
      if (bytes > e.size) throw new ZipProblem('damaged', e.name, 'larger than declared');
      const text = decoder.decode(chunk, { stream: true });
      check(text);
      yield text;
    }
  } catch (err) {
    stream.destroy();
    if (err instanceof ZipProblem) throw err;
    throw new ZipProblem('damaged', e.name, (err as Error).message);
  }
  const last = decoder.decode();
  if (last) {
    check(last);
    yield last;
  }
  if (bytes !== e.size) throw new ZipProblem('damaged', e.name, `${bytes} of ${e.size} bytes`);
  if (CLOSE_TAG.exec(tail)?.[1] !== root) throw new ZipProblem('truncated', e.name);
}
