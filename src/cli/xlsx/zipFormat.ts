// The zip format's record signatures, flags, sizes and entry fields, shared by the zip reader and writer.

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_END = 0x06054b50;
export const SIG_END64 = 0x06064b50;
export const SIG_END64_LOCATOR = 0x07064b50;
export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_UTF8 = 0x0800;
/** the largest 32-bit field; in a field read, "see the zip64 extra field" */
export const MAX32 = 0xffffffff;
/** the largest 16-bit count; in an end record read, "see the zip64 end record" */
export const MAX16 = 0xffff;
/** id of the zip64 extra field */
export const EXTRA_ZIP64 = 0x0001;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

/** fixed sizes of the records (names, extra fields and comments follow them) */
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_SIZE = 22;
export const END64_LOCATOR_SIZE = 20;
export const END64_SIZE = 56;

export interface ZipEntry {
  name: string;
  nameBytes: Buffer;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  /** DOS time and date as stored */
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttr: number;
  externalAttr: number;
  localExtra: Buffer;
  centralExtra: Buffer;
  comment: Buffer;
  /** the entry's compressed bytes (a view into the archive read, or freshly deflated) */
  data: Buffer;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  comment: Buffer;
}
