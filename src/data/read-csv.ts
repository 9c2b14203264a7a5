/**
 * CSV files, streamed: bytes → (BOM/encoding sniffed) text → NFC, line-aligned → papaparse in chunks → table.
 * Row numbers are CSV record numbers counting from 1 at the first record, the header record included,
 * which is the row number Excel shows when it opens the file (a quoted field with line breaks is one record).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { InputFile } from '../model/observation.js';
import { nfcCell } from './cells.js';
import type { DataCollector } from './collector.js';
import { detectDelimiter } from './csv-delimiter.js';
import { LineBound, LineTooLong, lineTooLongDiag, MAX_CSV_LINE } from './csv-limits.js';
import { dataFinding } from './diagnostics.js';
import {
  type ChunkDecoder,
  eightBitDecoder,
  sniffEncoding,
  type TextEncoding,
  unicodeDecoder,
} from './encoding.js';
import {
  convertedEncodingDiag,
  encodingFailureDiag,
  legacyEncodingDiag,
  noHeaderDiag,
} from './file-problems.js';
import type { EightBitReading } from './legacy-encoding.js';
import { TableReader } from './table-reader.js';

const CHUNK = 1 << 20;

class EncodingProblem extends Error {}

/** How the bytes were turned into text, or why they were not. */
export type Decoding =
  | { ok: true; encoding: TextEncoding | 'windows-1258' | 'TCVN3' }
  | { ok: false; reading: EightBitReading | { kind: 'broken' } };

function decoderFor(
  head: Uint8Array,
  complete: boolean,
): { decoder: ChunkDecoder | null; decoding: Decoding } {
  const s = sniffEncoding(head, complete);
  if (s.ok) return { decoder: unicodeDecoder(s.encoding), decoding: { ok: true, encoding: s.encoding } };
  const r = s.eightBit;
  if (r.kind === 'found' && r.encoding !== 'VNI')
    return { decoder: eightBitDecoder(r.encoding), decoding: { ok: true, encoding: r.encoding } };
  return { decoder: null, decoding: { ok: false, reading: r } };
}

/** Decoded text chunks of a file; the sha256 of its bytes is updated as they pass. */
async function* decodedChunks(
  path: string,
  size: number,
  hash: ReturnType<typeof createHash>,
  onDecoding: (d: Decoding) => void,
): AsyncGenerator<string> {
  let decoder: ChunkDecoder | null = null;
  const bound = new LineBound();
  /** Text after the chunk's last line break, normalised with the next chunk. */
  let carry = '';
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (!decoder) {
      const d = decoderFor(chunk, chunk.length >= size);
      onDecoding(d.decoding);
      if (!d.decoder) throw new EncodingProblem();
      decoder = d.decoder;
    }
    let text: string;
    try {
      text = decoder.write(chunk);
    } catch {
      onDecoding({ ok: false, reading: { kind: 'broken' } });
      throw new EncodingProblem();
    }
    bound.feed(text);
    // NFC per run of whole lines: a line break never composes with what is around it, so normalising
    // line-aligned text equals normalising each cell, once per chunk instead of once per cell.
    const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
    if (cut === 0) carry += text;
    else {
      yield nfcCell(carry + text.slice(0, cut));
      carry = text.slice(cut);
    }
  }
  const rest = carry + (decoder ? decoder.end() : '');
  if (rest) yield nfcCell(rest);
}

export async function readCsv(
  path: string,
  display: string,
  size: number,
  collector: DataCollector,
): Promise<InputFile | null> {
  const hash = createHash('sha256');
  let decoding: Decoding | null = null;
  const chunks = decodedChunks(path, size, hash, (d) => {
    decoding = d;
    // Said first, before any row problem, since it explains how every cell below was read.
    if (d.ok && d.encoding === 'TCVN3') collector.report(convertedEncodingDiag(display, 'TCVN3'));
  });
  const table = new TableReader(collector, display);
  let record = 0;
  let quoteProblem: number | null = null;
  let tooLong: { row: number; cell: boolean } | null = null;
  try {
    const first = await chunks.next();
    const head = first.done ? '' : first.value;
    const delimiter = detectDelimiter(head.slice(0, 65536));
    async function* all(): AsyncGenerator<string> {
      if (head) yield head;
      yield* chunks;
    }
    await new Promise<void>((resolve, reject) => {
      Papa.parse<string[]>(Readable.from(all(), { objectMode: true }) as unknown as File, {
        delimiter,
        skipEmptyLines: false,
        chunk(results) {
          const base = record;
          for (const row of results.data) {
            record++;
            // A quoted cell may span lines, each under the line limit: bound the cell too.
            for (const c of row)
              if (c.length > MAX_CSV_LINE && !tooLong) tooLong = { row: record, cell: true };
            table.pushText(record, row);
          }
          if (quoteProblem === null)
            for (const e of results.errors) if (e.type === 'Quotes') quoteProblem = base + (e.row ?? 0) + 1;
        },
        complete: () => resolve(),
        error: (e: Error) => reject(e),
      });
    });
  } catch (e) {
    if (e instanceof LineTooLong) tooLong = { row: e.line, cell: false };
    else if (!(e instanceof EncodingProblem) && (decoding as Decoding | null)?.ok !== false) throw e;
  }
  const long = tooLong as { row: number; cell: boolean } | null;
  if (long) {
    collector.report(lineTooLongDiag(display, long.row, long.cell));
    return null;
  }
  const how = decoding as Decoding | null;
  if (how && !how.ok) {
    collector.report(encodingFailureDiag(display, how.reading));
    return null;
  }
  if (quoteProblem !== null)
    collector.report(
      dataFinding(
        'data-unreadable-file',
        'unclosedQuote',
        {},
        { file: display, row: quoteProblem },
        {
          hintId: 'unclosedQuoteHint',
        },
      ),
    );
  const found = table.end();
  if (table.legacy) {
    collector.report(legacyEncodingDiag(display, table.legacy));
    return null;
  }
  if (!found) {
    collector.report(noHeaderDiag(display));
    return null;
  }
  return { file: display, sha256: hash.digest('hex'), format: 'csv', rows: table.dataRows };
}
