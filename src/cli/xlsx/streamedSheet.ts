// A large worksheet part inflated on Node's thread pool while its rows are scanned here, piece by piece: the inflate
// (≈ 0.6 s for the 0.4 GB of XML of a full sheet) no longer comes before the scan but beside it, on the second core.
import * as zlib from "zlib";
import { RawCell } from "../../engine";
import { CliError } from "../messages";
import { SheetContext } from "./cellValue";
import { crc32Combine } from "./crc32";
import { SheetScan } from "./readSheetCells";
import { blockCrcLater } from "./xmlThread";
import { FLAG_ENCRYPTED, METHOD_DEFLATE, ZipEntry } from "./zipFormat";

/** Below this size a part is inflated in one call before its scan (a few milliseconds: no gain from pieces). */
export const STREAM_MIN_BYTES = 8 << 20;
/** The output of one pass of the thread pool: a piece scanned while the next is inflated. */
const PIECE_BYTES = 1 << 20;
/** A size from the zip directory beyond this is not believed enough to allocate it up front. */
const MAX_STREAMED_BYTES = 0x3fffffff;
/** The bytes checksummed in one job of the XML thread, while the scan goes on here. */
const CRC_REGION_BYTES = 16 << 20;

/** The CRC-32 of `length` bytes from `offset` of shared memory, worked out elsewhere (the XML thread) or here. */
export type RegionCrc = (buffer: SharedArrayBuffer, offset: number, length: number) => Promise<number>;

const onXmlThread: RegionCrc = (buffer, offset, length) => blockCrcLater(buffer, length, offset);

/** Whether entry `e` is read in pieces: deflated, not encrypted, large. */
export function streamsWhileScanned(e: ZipEntry, minBytes = STREAM_MIN_BYTES): boolean {
  return e.method === METHOD_DEFLATE && !(e.flags & FLAG_ENCRYPTED) && e.size >= minBytes && e.size <= MAX_STREAMED_BYTES;
}

/**
 * The cells of a worksheet entry and its inflated bytes. Each piece zlib hands back is copied into one buffer of the
 * size the zip directory gives — shared memory, whose regions the XML thread checksums as they fill (`regionCrc`) —
 * and its rows are scanned (SheetScan) while zlib inflates the next. The size and CRC are checked at the end as for
 * any part (partCorrupt otherwise), before the cells are given.
 */
export async function scanWhileInflating(
  e: ZipEntry,
  ctx: SheetContext,
  pieceBytes = PIECE_BYTES,
  regionCrc: RegionCrc = onXmlThread,
): Promise<{ bytes: Buffer; cells: RawCell[][] }> {
  // zeroed: bytes not inflated yet can never be taken for markup
  const shared = new SharedArrayBuffer(e.size);
  const out = Buffer.from(shared);
  const scan = new SheetScan(out, ctx);
  let at = 0;
  let failure: CliError | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  // the regions handed to the XML thread, in order, and where the next one starts
  const crcs: { crc: Promise<number>; length: number }[] = [];
  let checked = 0;
  const checksum = (to: number) => {
    const crc = regionCrc(shared, checked, to - checked);
    // a failed job is seen when the CRCs are awaited; until then it must not count as unhandled
    crc.catch(() => undefined);
    crcs.push({ crc, length: to - checked });
    checked = to;
  };
  const inflate = zlib.createInflateRaw({ chunkSize: pieceBytes });
  inflate.on("data", (piece: Buffer) => {
    if (failure) return;
    if (at + piece.length > e.size) {
      failure = new CliError("partCorrupt", { part: e.name, detail: "CRC" });
      inflate.destroy();
    } else {
      piece.copy(out, at);
      at += piece.length;
      if (at - checked >= CRC_REGION_BYTES) checksum(at);
    }
    wake?.();
  });
  inflate.on("end", () => {
    ended = true;
    wake?.();
  });
  inflate.on("error", (err: Error) => {
    failure ??= new CliError("partCorrupt", { part: e.name, detail: err.message });
    wake?.();
  });
  inflate.end(e.data);
  let scanned = 0;
  for (;;) {
    if (failure) throw failure;
    if (ended) break;
    if (at > scanned) {
      scanned = at;
      scan.more(at, false);
    }
    // the pieces that came while this thread scanned are there when it looks again
    await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  }
  if (at > checked) checksum(at);
  let crc = 0;
  for (const region of crcs) crc = crc32Combine(crc, await region.crc, region.length);
  if (at !== e.size || crc !== e.crc) throw new CliError("partCorrupt", { part: e.name, detail: "CRC" });
  scan.more(at, true);
  return { bytes: out, cells: scan.cells() };
}
