// The work a fill can hand to its second thread: the shared-string table read, parts checked well-formed, the data
// sheet's layout found, the CRC of a block of a part being written. The same function runs in the worker
// (xmlWorker.ts) and, where none is started, on the main thread.
import { RawCell } from "../../engine";
import { crc32 } from "./crc32";
import { XmlPartError } from "./dom";
import { sharedStrings } from "./sharedStrings";
import { parseSheet, SheetLayout } from "./sheetLayout";
import { checkWellFormed } from "./strictXml";

export type XmlJob =
  | { id: number; kind: "sharedStrings"; part: string; xml: string }
  | { id: number; kind: "wellFormed"; parts: { part: string; text: string }[] }
  /** the sheet's bytes: `length` bytes from `offset` of a buffer handed over whole (transferred, not copied) */
  | { id: number; kind: "sheetLayout"; buffer: ArrayBuffer; offset: number; length: number }
  /** `length` bytes from `offset` of memory shared with the main thread (read here while it goes on there) */
  | { id: number; kind: "crc"; buffer: SharedArrayBuffer; offset: number; length: number };

/**
 * The shared strings as one text and each entry's length (-1: no value): one string crosses between threads, not
 * 100 000 small ones (cloning each costs the receiving thread more than the slicing below).
 */
export interface PackedStrings {
  text: string;
  lengths: Int32Array;
}

export type XmlReply =
  | { id: number; ok: true; strings?: PackedStrings; layout?: SheetLayout; crc?: number }
  /**
   * a part that is not well-formed (XmlPartError's fields), or another failure (`part` absent); `lost`: the worker
   * stopped while it held a sheet's bytes, which must be inflated again
   */
  | { id: number; ok: false; part?: string; reason: string; lost?: boolean };

export function packStrings(values: readonly RawCell[]): PackedStrings {
  const lengths = new Int32Array(values.length);
  const texts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) lengths[i] = -1;
    else {
      const s = String(v);
      lengths[i] = s.length;
      texts.push(s);
    }
  }
  return { text: texts.join(""), lengths };
}

export function unpackStrings(p: PackedStrings): RawCell[] {
  const out: RawCell[] = new Array(p.lengths.length);
  let at = 0;
  for (let i = 0; i < p.lengths.length; i++) {
    const n = p.lengths[i];
    if (n < 0) out[i] = null;
    else {
      out[i] = p.text.substring(at, at + n);
      at += n;
    }
  }
  return out;
}

/** Does a job; a failure is a reply, never a throw (the worker has no one to throw to). */
export function runXmlJob(job: XmlJob): XmlReply {
  try {
    if (job.kind === "sharedStrings") return { id: job.id, ok: true, strings: packStrings(sharedStrings(job.xml, job.part)) };
    if (job.kind === "sheetLayout") return { id: job.id, ok: true, layout: parseSheet(Buffer.from(job.buffer, job.offset, job.length)) };
    if (job.kind === "crc") return { id: job.id, ok: true, crc: crc32(new Uint8Array(job.buffer, job.offset, job.length)) };
    for (const { part, text } of job.parts) checkWellFormed(part, text);
    return { id: job.id, ok: true };
  } catch (e) {
    if (e instanceof XmlPartError) return { id: job.id, ok: false, part: e.part, reason: e.reason };
    return { id: job.id, ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The memory a reply hands back whole rather than copies: a layout's arrays and the sheet's bytes (each buffer once;
 * a typed array's view survives the transfer).
 */
export function transfersOf(reply: XmlReply): ArrayBuffer[] {
  if (!reply.ok || !reply.layout) return [];
  const l = reply.layout;
  const views = [l.bytes, l.rowNum, l.rowStart, l.rowTagEnd, l.rowEnd, l.rowFirstCell, l.cellCol, l.cellStart, l.cellLen, l.cellFlags];
  return transferable(views.map((v) => v.buffer as ArrayBuffer));
}

/** Buffers that can be handed over: each once, and not shared memory (both threads hold that already). */
export function transferable(buffers: ArrayBufferLike[]): ArrayBuffer[] {
  return [...new Set(buffers)].filter((b): b is ArrayBuffer => !(b instanceof SharedArrayBuffer));
}

/** A layout that crossed threads: its bytes arrive as a plain Uint8Array and are a Buffer again. */
export function receivedLayout(layout: SheetLayout): SheetLayout {
  const b = layout.bytes as Uint8Array;
  return Buffer.isBuffer(b) ? layout : { ...layout, bytes: Buffer.from(b.buffer, b.byteOffset, b.byteLength) };
}

/** The error a failed reply stands for, as the main thread would have thrown it. */
export function replyError(reply: Extract<XmlReply, { ok: false }>): Error {
  return reply.part === undefined ? new Error(reply.reason) : new XmlPartError(reply.part, reply.reason);
}
