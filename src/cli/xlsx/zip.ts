// The zip container of an .xlsx, read and written with Node's own zlib (the pure-JS deflate of jszip was the largest single cost of a 100 000-row fill).
//
// Reading uses the central directory. Writing keeps every entry in its order; an entry that is not replaced is
// copied with its compressed bytes, CRC, dates, attributes, extra fields and comment as read (the data is never
// recompressed), an entry that is replaced keeps its name, date, attributes and comment, and a new entry gets the
// given date. No data descriptors and no zip64 are written: an entry of 4 GB or more is refused.
// The work is in zipRead.ts, zipWrite.ts, deflateSink.ts and crc32.ts; this module gathers it.

export { crc32 } from "./crc32";
export { DEFLATE_LEVEL, deflateSync, DeflateSink } from "./deflateSink";
export type { Deflated } from "./deflateSink";
export { inflateEntry, readZip } from "./zipRead";
export { dosDateTime, writeZip } from "./zipWrite";
export type { OutEntry } from "./zipWrite";
export type { ZipArchive, ZipEntry } from "./zipFormat";
