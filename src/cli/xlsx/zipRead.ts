// Reading an .xlsx's zip container from its central directory with Node's zlib (native inflate; jszip was too slow).
import * as zlib from "zlib";
import { CliError } from "../messages";
import { crc32 } from "./crc32";
import {
  CENTRAL_HEADER_SIZE,
  END_SIZE,
  END64_LOCATOR_SIZE,
  END64_SIZE,
  EXTRA_ZIP64,
  FLAG_ENCRYPTED,
  LOCAL_HEADER_SIZE,
  MAX16,
  MAX32,
  METHOD_DEFLATE,
  METHOD_STORED,
  SIG_CENTRAL,
  SIG_END,
  SIG_END64,
  SIG_END64_LOCATOR,
  SIG_LOCAL,
  ZipArchive,
  ZipEntry,
} from "./zipFormat";

/** zip64 values of an entry: the 32-bit fields that read 0xFFFFFFFF, in their order. */
function zip64Values(extra: Buffer, wanted: { size: boolean; compressed: boolean; offset: boolean }): { size?: number; compressed?: number; offset?: number } {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    if (id === EXTRA_ZIP64) {
      let p = at + 4;
      const out: { size?: number; compressed?: number; offset?: number } = {};
      const take = () => {
        const v = Number(extra.readBigUInt64LE(p));
        p += 8;
        return v;
      };
      if (wanted.size && p + 8 <= at + 4 + len) out.size = take();
      if (wanted.compressed && p + 8 <= at + 4 + len) out.compressed = take();
      if (wanted.offset && p + 8 <= at + 4 + len) out.offset = take();
      return out;
    }
    at += 4 + len;
  }
  return {};
}

function findEnd(buf: Buffer): number {
  // the end record is 22 bytes plus a comment of at most 65 535
  const stop = Math.max(0, buf.length - END_SIZE - 0xffff);
  for (let i = buf.length - END_SIZE; i >= stop; i--) if (buf.readUInt32LE(i) === SIG_END) return i;
  throw new Error("not a zip file (no end of central directory)");
}

/** Where the central directory is and how many entries it holds (from the end record, or the zip64 one). */
function centralDirectory(buf: Buffer, end: number): { count: number; cdSize: number; cdOffset: number } {
  let count = buf.readUInt16LE(end + 10);
  let cdSize = buf.readUInt32LE(end + 12);
  let cdOffset = buf.readUInt32LE(end + 16);
  if (count === MAX16 || cdSize === MAX32 || cdOffset === MAX32) {
    const loc = end - END64_LOCATOR_SIZE;
    if (loc >= 0 && buf.readUInt32LE(loc) === SIG_END64_LOCATOR) {
      const e64 = Number(buf.readBigUInt64LE(loc + 8));
      if (e64 + END64_SIZE > buf.length || buf.readUInt32LE(e64) !== SIG_END64) throw new Error("broken zip64 end of central directory");
      count = Number(buf.readBigUInt64LE(e64 + 32));
      cdSize = Number(buf.readBigUInt64LE(e64 + 40));
      cdOffset = Number(buf.readBigUInt64LE(e64 + 48));
    }
  }
  if (cdOffset + cdSize > buf.length) throw new Error("broken zip file (central directory outside the file)");
  return { count, cdSize, cdOffset };
}

/** Reads the central directory of a zip archive. Entries keep views into `buf` (nothing is copied or inflated). */
export function readZip(buf: Buffer): ZipArchive {
  if (buf.length < END_SIZE) throw new Error("not a zip file (too short)");
  const end = findEnd(buf);
  const comment = buf.subarray(end + END_SIZE, Math.min(buf.length, end + END_SIZE + buf.readUInt16LE(end + 20)));
  const { count, cdOffset } = centralDirectory(buf, end);
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    const entry = readEntry(buf, p);
    entries.set(entry.name, entry);
    // the lengths as recorded (a view at the end of a broken file may be shorter)
    p += CENTRAL_HEADER_SIZE + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return { entries, comment };
}

/** The entry whose central directory header is at `p`, with its local header's extra field and its data. */
function readEntry(buf: Buffer, p: number): ZipEntry {
  if (p + CENTRAL_HEADER_SIZE > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL) throw new Error("broken zip file (central directory)");
  const nameLen = buf.readUInt16LE(p + 28);
  const extraLen = buf.readUInt16LE(p + 30);
  const commentLen = buf.readUInt16LE(p + 32);
  const names = p + CENTRAL_HEADER_SIZE;
  const nameBytes = buf.subarray(names, names + nameLen);
  const centralExtra = buf.subarray(names + nameLen, names + nameLen + extraLen);
  let compressedSize = buf.readUInt32LE(p + 20);
  let size = buf.readUInt32LE(p + 24);
  let offset = buf.readUInt32LE(p + 42);
  if (compressedSize === MAX32 || size === MAX32 || offset === MAX32) {
    const z = zip64Values(centralExtra, { size: size === MAX32, compressed: compressedSize === MAX32, offset: offset === MAX32 });
    if (z.size !== undefined) size = z.size;
    if (z.compressed !== undefined) compressedSize = z.compressed;
    if (z.offset !== undefined) offset = z.offset;
  }
  if (offset + LOCAL_HEADER_SIZE > buf.length || buf.readUInt32LE(offset) !== SIG_LOCAL) throw new Error(`broken zip file (local header of ${nameBytes.toString("utf8")})`);
  const localNameLen = buf.readUInt16LE(offset + 26);
  const localExtraLen = buf.readUInt16LE(offset + 28);
  const dataStart = offset + LOCAL_HEADER_SIZE + localNameLen + localExtraLen;
  if (dataStart + compressedSize > buf.length) throw new Error(`broken zip file (data of ${nameBytes.toString("utf8")})`);
  return {
    name: nameBytes.toString("utf8"),
    nameBytes,
    versionMadeBy: buf.readUInt16LE(p + 4),
    versionNeeded: buf.readUInt16LE(p + 6),
    flags: buf.readUInt16LE(p + 8),
    method: buf.readUInt16LE(p + 10),
    time: buf.readUInt16LE(p + 12),
    date: buf.readUInt16LE(p + 14),
    crc: buf.readUInt32LE(p + 16),
    compressedSize,
    size,
    internalAttr: buf.readUInt16LE(p + 36),
    externalAttr: buf.readUInt32LE(p + 38),
    localExtra: buf.subarray(offset + LOCAL_HEADER_SIZE + localNameLen, dataStart),
    centralExtra,
    comment: buf.subarray(names + nameLen + extraLen, names + nameLen + extraLen + commentLen),
    data: buf.subarray(dataStart, dataStart + compressedSize),
  };
}

/** The uncompressed bytes of an entry, refused (partCorrupt) when they do not inflate or their CRC is not the recorded one. */
export function inflateEntry(e: ZipEntry): Buffer {
  if (e.flags & FLAG_ENCRYPTED) throw new CliError("encrypted", {});
  let out: Buffer;
  if (e.method === METHOD_STORED) out = e.data;
  else if (e.method === METHOD_DEFLATE) {
    try {
      // one output buffer of the size the directory gives (no pieces to join afterwards)
      out = zlib.inflateRawSync(e.data, { chunkSize: Math.max(64 * 1024, Math.min(e.size + 64, 0x3fffffff)) });
    } catch (err) {
      throw new CliError("partCorrupt", { part: e.name, detail: (err as Error).message });
    }
  } else throw new Error(`${e.name}: unsupported zip compression method ${e.method}`);
  if (out.length !== e.size || crc32(out) !== e.crc) throw new CliError("partCorrupt", { part: e.name, detail: "CRC" });
  return out;
}
