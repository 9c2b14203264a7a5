/** Byte-level encoding of a text file: BOMs, UTF-8 validity, legacy 8-bit text. */
import { type LegacyEncoding, legacyEncodingOf } from './legacy-encoding.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniffed = { ok: true; encoding: TextEncoding } | { ok: false; legacy: LegacyEncoding | null };

/**
 * Decide how to decode a file from its first bytes: a UTF-16 BOM (Excel "Unicode text"), else UTF-8
 * (with or without BOM) if the bytes are valid UTF-8. Invalid UTF-8 is 8-bit text: legacy Vietnamese
 * (TCVN3/VNI) when it looks like it, otherwise an unknown code page.
 */
export function sniffEncoding(head: Uint8Array, complete: boolean): Sniffed {
  if (head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'utf-16be' };
  try {
    // stream: true unless the head is the whole file, so a character cut at the end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return { ok: true, encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(head);
    return { ok: false, legacy: legacyEncodingOf(text) };
  }
}
