/** Taking a real workbook apart and putting it back (damaged on purpose): hostile files made at test time. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export type Parts = Map<string, Buffer>;

/** Every entry's inflated bytes, in stored order. */
export function unzip(zip: Buffer): Parts {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const parts: Parts = new Map();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const comp = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + comp);
    parts.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return parts;
}

export interface ZipOptions {
  /** Entries written uncompressed (their chunk boundaries are then predictable). */
  store?: string[];
  /** Overrides of what the directory says an entry inflates to (a lying header). */
  declaredSize?: Record<string, number>;
  /** Cut this many bytes off the end of an entry's compressed data, keeping its declared sizes. */
  cutData?: Record<string, number>;
}

/** A zip of `parts`, deflated unless stored. */
export function zip(parts: Parts, opts: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const stored = opts.store?.includes(name) ?? false;
    let body = stored ? data : deflateRawSync(data);
    const cut = opts.cutData?.[name];
    if (cut) body = body.subarray(0, body.length - cut);
    const nameBuf = Buffer.from(name, 'utf8');
    const size = opts.declaredSize?.[name] ?? data.length;
    const head = (sig: number, len: number) => {
      const b = Buffer.alloc(len);
      b.writeUInt32LE(sig, 0);
      return b;
    };
    const lh = head(0x04034b50, 30);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(stored ? 0 : 8, 8);
    lh.writeUInt32LE(crc32(data), 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(nameBuf.length, 26);
    const ch = head(0x02014b50, 46);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(stored ? 0 : 8, 10);
    ch.writeUInt32LE(crc32(data), 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(nameBuf.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, nameBuf, body);
    central.push(ch, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A copy of `parts` with one part's text edited; the edit must change something. */
export function edit(parts: Parts, name: string, fn: (xml: string) => string): Parts {
  const before = parts.get(name)!.toString('utf8');
  const after = fn(before);
  if (after === before) throw new Error(`edit of ${name} changed nothing`);
  const copy = new Map(parts);
  copy.set(name, Buffer.from(after, 'utf8'));
  return copy;
}

export function without(parts: Parts, name: string): Parts {
  const copy = new Map(parts);
  if (!copy.delete(name)) throw new Error(`no part ${name}`);
  return copy;
}
