import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP format to look inside a .docx before mammoth opens it: the list of entries
 * (from the central directory) and each entry's real uncompressed size, measured with a hard cap,
 * so a zip bomb is refused instead of filling the memory.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  /** As declared by the archive; a crafted archive may lie, hence `inflatedSize`. */
  size: number;
  localOffset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** ZIP64 archives mark sizes this way; a .docx under 20 MB never needs them. */
const ZIP64 = 0xffffffff;

function findEndRecord(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** The entries of an archive, or null when it is not a readable ZIP (truncated, damaged, ZIP64). */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const end = findEndRecord(buf);
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = buf.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: buf.toString('latin1', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      encrypted: (buf.readUInt16LE(at + 8) & 1) === 1,
    };
    if (entry.size === ZIP64 || entry.compressedSize === ZIP64 || entry.localOffset === ZIP64) return null;
    entries.push(entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The real uncompressed size of an entry, inflating at most `cap` bytes: `Infinity` when it would
 * exceed the cap, null when the entry cannot be read (bad offsets, unknown method, broken data).
 */
export function inflatedSize(buf: Buffer, entry: ZipEntry, cap: number): number | null {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  if (entry.method === 0) return data.length > cap ? Infinity : data.length;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) }).length;
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? Infinity : null;
  }
}
