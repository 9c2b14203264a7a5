/**
 * exceljs (through JSZip) stamps every part of the .xlsx with the current time, so the same report
 * would differ byte for byte from one run to the next. Rewrite every entry's DOS time and date, in the
 * central directory and in each local header, to 1980-01-01 00:00, the zip epoch: same inputs, same
 * bytes. Works from the end-of-central-directory record, so data descriptors do not matter.
 */
export function fixZipTimes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return out;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > out.length || view.getUint32(p, true) !== 0x02014b50) break;
    view.setUint16(p + 12, DOS_TIME, true);
    view.setUint16(p + 14, DOS_DATE, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, DOS_TIME, true);
      view.setUint16(local + 12, DOS_DATE, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let p = view.byteLength - 22; p >= Math.max(0, view.byteLength - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === 0x06054b50) return p;
  }
  return -1;
}
