// Writing the zip container: entries not changed are copied with their compressed bytes as read, changed ones keep their metadata.
import { BACKSLASH, SLASH } from "./bytes";
import { Deflated } from "./deflateSink";
import {
  CENTRAL_HEADER_SIZE,
  END_SIZE,
  EXTRA_ZIP64,
  FLAG_DATA_DESCRIPTOR,
  FLAG_UTF8,
  LOCAL_HEADER_SIZE,
  MAX16,
  MAX32,
  METHOD_DEFLATE,
  SIG_CENTRAL,
  SIG_END,
  SIG_LOCAL,
  ZipEntry,
} from "./zipFormat";

/** An entry to write: as read (copied raw) or with new content. */
export type OutEntry = { kind: "copy"; entry: ZipEntry } | { kind: "new"; name: string; content: Deflated; like?: ZipEntry; date: Date };

/** an entry's header fields as written */
type Header = Omit<ZipEntry, "name" | "data">;

/** "version needed to extract" of deflated entries */
const VERSION_DEFLATE = 20;

/** DOS time and date (UTC) of a Date. */
export function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** Extra fields without the zip64 one: sizes and offsets are written in 32 bits again. */
function withoutZip64(extra: Buffer): Buffer {
  if (extra.length === 0) return extra;
  const keep: Buffer[] = [];
  let at = 0;
  let dropped = false;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    const end = Math.min(extra.length, at + 4 + len);
    if (id === EXTRA_ZIP64) dropped = true;
    else keep.push(extra.subarray(at, end));
    at = end;
  }
  return dropped ? Buffer.concat(keep) : extra;
}

/** The header of an entry copied as read: no data descriptor, no zip64 field. */
function copiedHeader(x: ZipEntry): Header {
  return { ...x, nameBytes: forwardSlashes(x.nameBytes), flags: x.flags & ~FLAG_DATA_DESCRIPTOR, localExtra: withoutZip64(x.localExtra), centralExtra: withoutZip64(x.centralExtra) };
}

/**
 * A name with its folders separated by `/`, as zip and OPC require: a zip made on Windows may use `\`, which Jili
 * reads but LibreOffice cannot open (the name's bytes are otherwise kept; `\` is one byte in UTF-8 and in CP437).
 */
function forwardSlashes(name: Buffer): Buffer {
  return name.includes(BACKSLASH) ? Buffer.from(name.map((b) => (b === BACKSLASH ? SLASH : b))) : name;
}

/** The header of an entry with new content: the name, date, attributes and comment of the entry it replaces, if any. */
function newHeader(e: Extract<OutEntry, { kind: "new" }>): Header {
  const nameBytes = forwardSlashes(e.like ? e.like.nameBytes : Buffer.from(e.name, "utf8"));
  const ascii = !/[^\x20-\x7e]/.test(e.name);
  const { time, date } = dosDateTime(e.date);
  const like = e.like;
  return {
    nameBytes,
    versionMadeBy: like ? like.versionMadeBy : VERSION_DEFLATE,
    versionNeeded: Math.max(like ? like.versionNeeded : 0, VERSION_DEFLATE),
    // keeps the name's encoding flag; no data descriptor, no deflate-level hint
    flags: like ? like.flags & FLAG_UTF8 : ascii ? 0 : FLAG_UTF8,
    method: METHOD_DEFLATE,
    time: like ? like.time : time,
    date: like ? like.date : date,
    crc: e.content.crc,
    compressedSize: e.content.data.reduce((n, b) => n + b.length, 0),
    size: e.content.size,
    internalAttr: like ? like.internalAttr : 0,
    externalAttr: like ? like.externalAttr : 0,
    localExtra: like ? withoutZip64(like.localExtra) : Buffer.alloc(0),
    centralExtra: like ? withoutZip64(like.centralExtra) : Buffer.alloc(0),
    comment: like ? like.comment : Buffer.alloc(0),
  };
}

/**
 * The fields a local and a central header share, in the same order (version needed, flags, method, time, date, CRC,
 * sizes, name length), from `at`: offset 4 in a local header, 6 in a central one (after "version made by").
 */
function writeSharedFields(buf: Buffer, h: Header, at: number): void {
  buf.writeUInt16LE(h.versionNeeded, at);
  buf.writeUInt16LE(h.flags, at + 2);
  buf.writeUInt16LE(h.method, at + 4);
  buf.writeUInt16LE(h.time, at + 6);
  buf.writeUInt16LE(h.date, at + 8);
  buf.writeUInt32LE(h.crc >>> 0, at + 10);
  buf.writeUInt32LE(h.compressedSize, at + 14);
  buf.writeUInt32LE(h.size, at + 18);
  buf.writeUInt16LE(h.nameBytes.length, at + 22);
}

function localHeader(h: Header): Buffer {
  const local = Buffer.alloc(LOCAL_HEADER_SIZE);
  local.writeUInt32LE(SIG_LOCAL, 0);
  writeSharedFields(local, h, 4);
  local.writeUInt16LE(h.localExtra.length, 28);
  return local;
}

/** The central directory header of an entry whose local header is at `offset`. */
function centralHeader(h: Header, offset: number): Buffer {
  const c = Buffer.alloc(CENTRAL_HEADER_SIZE);
  c.writeUInt32LE(SIG_CENTRAL, 0);
  c.writeUInt16LE(h.versionMadeBy, 4);
  writeSharedFields(c, h, 6);
  c.writeUInt16LE(h.centralExtra.length, 30);
  c.writeUInt16LE(h.comment.length, 32);
  c.writeUInt16LE(0, 34);
  c.writeUInt16LE(h.internalAttr, 36);
  c.writeUInt32LE(h.externalAttr >>> 0, 38);
  c.writeUInt32LE(offset, 42);
  return c;
}

function endRecord(count: number, cdSize: number, cdOffset: number, comment: Buffer): Buffer {
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(cdOffset, 16);
  end.writeUInt16LE(comment.length, 20);
  return end;
}

/** Writes a zip archive: local headers without data descriptors, then the central directory and its end. */
export function writeZip(entries: OutEntry[], comment: Buffer): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const h = e.kind === "copy" ? copiedHeader(e.entry) : newHeader(e);
    const data = e.kind === "copy" ? [e.entry.data] : e.content.data;
    if (h.size >= MAX32 || h.compressedSize >= MAX32 || offset >= MAX32) throw new Error("the workbook is too large for a zip without zip64 (4 GB)");
    out.push(localHeader(h), h.nameBytes, h.localExtra, ...data);
    central.push(centralHeader(h, offset), h.nameBytes, h.centralExtra, h.comment);
    offset += LOCAL_HEADER_SIZE + h.nameBytes.length + h.localExtra.length + h.compressedSize;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  if (entries.length >= MAX16 || offset >= MAX32) throw new Error("the workbook is too large for a zip without zip64");
  return Buffer.concat([...out, ...central, endRecord(entries.length, cdSize, offset, comment), comment]);
}
