/**
 * A small, strict zip reader and a deterministic zip writer for .xlsx packages (node:zlib only).
 *
 * Reading is the first line of defence against hostile files: the central directory is parsed and every
 * entry inflated with a hard cap on the uncompressed size BEFORE exceljs (which inflates everything into
 * memory) sees the file. A truncated, random or empty file, an entry that inflates to more than it declares,
 * or a package that inflates to more than `maxUncompressedBytes` is refused with a sentence, never a stack.
 *
 * Writing stores the entries in the given order with one fixed DOS date and time (no "now" anywhere), DEFLATE
 * level 9, no extra fields and no data descriptors, so the same entries give the same bytes (for the same zlib).
 */
import * as zlib from "zlib";

/** 256 MiB: far above any real workbook (a 100,000-formula template is ~10 MB inflated), far below a zip bomb. */
export const DEFAULT_MAX_UNCOMPRESSED = 256 * 1024 * 1024;
/** Excel's own limit on the number of parts is far lower; this stops central directories that claim millions. */
const MAX_ENTRIES = 100_000;

/** A package that cannot be read; the message is for the user (no stack trace). */
export class PackageError extends Error {}

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

function findEocd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  return -1;
}

/**
 * Every entry of a zip package, inflated, in central-directory order. Throws PackageError for anything that
 * is not a well-formed zip or that inflates to more than `maxUncompressedBytes` in total.
 */
export function readZip(buf: Buffer, maxUncompressedBytes = DEFAULT_MAX_UNCOMPRESSED): ZipEntry[] {
  if (buf.length === 0) throw new PackageError("the file is empty (an .xlsx file is a zip package)");
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOC_SIG) throw new PackageError("the file is not an .xlsx (zip) package");
  const eocd = findEocd(buf);
  if (eocd < 0) throw new PackageError("the zip package is truncated or damaged (no end-of-directory record)");
  const count = buf.readUInt16LE(eocd + 10);
  const cenSize = buf.readUInt32LE(eocd + 12);
  const cenOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cenOffset === 0xffffffff) throw new PackageError("ZIP64 packages are not supported");
  if (count > MAX_ENTRIES) throw new PackageError(`the package claims ${count} parts (at most ${MAX_ENTRIES})`);
  if (cenOffset + cenSize > eocd) throw new PackageError("the zip package is truncated or damaged (central directory out of range)");
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cenOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CEN_SIG) throw new PackageError("the zip package is damaged (bad central directory entry)");
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOC_SIG) throw new PackageError(`the zip package is damaged (part ${name} not found)`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compSize > buf.length) throw new PackageError(`the zip package is truncated (part ${name} is cut off)`);
    if (total + size > maxUncompressedBytes) throw tooLarge(maxUncompressedBytes);
    const raw = buf.subarray(start, start + compSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) {
      try {
        // Never inflate more than the entry declares (nor than the budget left): a lying header cannot grow memory.
        data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
      } catch (e) {
        if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) throw new PackageError(`part ${name} inflates to more than the ${size} bytes it declares (a damaged or hostile package)`);
        throw new PackageError(`part ${name} cannot be inflated (the package is damaged)`);
      }
    } else throw new PackageError(`part ${name} uses zip compression method ${method} (only stored and deflated parts are read)`);
    if (data.length !== size) throw new PackageError(`part ${name} inflates to ${data.length} bytes, not the ${size} it declares (a damaged package)`);
    total += size;
    entries.push({ name, data });
  }
  return entries;
}

function tooLarge(limit: number): PackageError {
  return new PackageError(`the package inflates to more than ${Math.round(limit / 1048576)} MiB (the limit for uncompressed content; raise it with --max-uncompressed-mb if the file is trusted)`);
}

let crcTable: Uint32Array | undefined;
function crc32(data: Buffer): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** DOS time and date fields for a UTC date (2-second resolution). */
function dosDateTime(d: Date): { time: number; date: number } {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/** A zip package of `entries` in the given order, every entry stamped with `stamp`; deterministic. */
export function writeZip(entries: readonly ZipEntry[], stamp: Date): Buffer {
  const { time, date } = dosDateTime(stamp);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const comp = zlib.deflateRawSync(e.data, { level: 9 });
    const crc = crc32(e.data);
    const utf8Flag = /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0;
    const loc = Buffer.alloc(30);
    loc.writeUInt32LE(LOC_SIG, 0);
    loc.writeUInt16LE(20, 4);
    loc.writeUInt16LE(utf8Flag, 6);
    loc.writeUInt16LE(8, 8);
    loc.writeUInt16LE(time, 10);
    loc.writeUInt16LE(date, 12);
    loc.writeUInt32LE(crc, 14);
    loc.writeUInt32LE(comp.length, 18);
    loc.writeUInt32LE(e.data.length, 22);
    loc.writeUInt16LE(name.length, 26);
    loc.writeUInt16LE(0, 28);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(CEN_SIG, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(utf8Flag, 8);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt16LE(time, 12);
    cen.writeUInt16LE(date, 14);
    cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(comp.length, 20);
    cen.writeUInt32LE(e.data.length, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    locals.push(loc, name, comp);
    centrals.push(cen, name);
    offset += 30 + name.length + comp.length;
  }
  const cenBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIG, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cenBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cenBuf, end]);
}
