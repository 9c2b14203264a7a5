/** Byte-level encoding of a text file: BOMs, UTF-8 validity, Vietnamese 8-bit text. */
import { type EightBitReading, ICONV_NAME, iconv, readEightBit } from './legacy-encoding.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniffed = { ok: true; encoding: TextEncoding } | { ok: false; eightBit: EightBitReading };

/**
 * Decide how to decode a file from its first bytes: a UTF-16 BOM (Excel "Unicode text"), else UTF-8
 * (with or without BOM) if the bytes are valid UTF-8. Invalid UTF-8 is 8-bit text: Windows-1258, TCVN3
 * or VNI when it reads as Vietnamese that way (see legacy-encoding.ts), otherwise an unknown code page.
 */
export function sniffEncoding(head: Uint8Array, complete: boolean): Sniffed {
  if (head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'utf-16be' };
  try {
    // stream: true unless the head is the whole file, so a character cut at the end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return { ok: true, encoding: 'utf-8' };
  } catch {
    return { ok: false, eightBit: readEightBit(head) };
  }
}

/** A streaming decoder: chunks in, text out; `end()` flushes. */
export interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

export function unicodeDecoder(encoding: TextEncoding): ChunkDecoder {
  // fatal: a file valid at its start but broken further on is refused, never read with U+FFFD in it.
  const d = new TextDecoder(encoding, { fatal: true });
  return { write: (c) => d.decode(c, { stream: true }), end: () => d.decode() };
}

/** Windows-1258 or TCVN3 → Unicode. Cells are NFC-normalised after parsing, which composes 1258's tone marks. */
export function eightBitDecoder(encoding: keyof typeof ICONV_NAME): ChunkDecoder {
  const d = iconv().getDecoder(ICONV_NAME[encoding]);
  return {
    write: (c) => d.write(Buffer.from(c.buffer, c.byteOffset, c.byteLength)),
    end: () => d.end() ?? '',
  };
}
