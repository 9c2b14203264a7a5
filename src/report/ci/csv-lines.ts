/**
 * The line each CSV record starts on. A record is a line unless a quoted cell holds line breaks, so data
 * rows (records, as the readers count them) are turned into editor lines by walking the bytes with the same
 * quote rule. Works on the bytes of every ASCII-compatible encoding the readers accept (UTF-8, Windows-1258,
 * TCVN3, VNI): `"`, CR and LF are single bytes there. UTF-16 text is decoded first.
 */
export function csvRecordLines(bytes: Uint8Array, wanted: ReadonlySet<number>): Map<number, number> {
  const out = new Map<number, number>();
  if (wanted.size === 0) return out;
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const codes = utf16 ? utf16Codes(bytes) : bytes;
  const QUOTE = 0x22;
  const CR = 0x0d;
  const LF = 0x0a;
  let record = 1;
  let line = 1;
  let quoted = false;
  if (wanted.has(1)) out.set(1, 1);
  for (let i = 0; i < codes.length && out.size < wanted.size; i++) {
    const c = codes[i]!;
    if (c === QUOTE) quoted = !quoted;
    else if (c === CR || c === LF) {
      if (c === CR && codes[i + 1] === LF) i++;
      line++;
      if (!quoted) {
        record++;
        if (wanted.has(record)) out.set(record, line);
      }
    }
  }
  return out;
}

function utf16Codes(bytes: Uint8Array): Uint16Array {
  const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}
