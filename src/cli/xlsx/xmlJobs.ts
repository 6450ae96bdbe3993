// The strict XML work a fill can hand to its second thread: the shared-string table read, parts checked well-formed.
// The same function runs in the worker (xmlWorker.ts) and, where no worker is started, on the main thread.
import { RawCell } from "../../engine";
import { XmlPartError } from "./dom";
import { sharedStrings } from "./sharedStrings";
import { checkWellFormed } from "./strictXml";

export type XmlJob = { id: number; kind: "sharedStrings"; part: string; xml: string } | { id: number; kind: "wellFormed"; parts: { part: string; text: string }[] };

/**
 * The shared strings as one text and each entry's length (-1: no value): one string crosses between threads, not
 * 100 000 small ones (cloning each costs the receiving thread more than the slicing below).
 */
export interface PackedStrings {
  text: string;
  lengths: Int32Array;
}

export type XmlReply =
  | { id: number; ok: true; strings?: PackedStrings }
  /** a part that is not well-formed (XmlPartError's fields), or another failure (`part` absent) */
  | { id: number; ok: false; part?: string; reason: string };

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
    for (const { part, text } of job.parts) checkWellFormed(part, text);
    return { id: job.id, ok: true };
  } catch (e) {
    if (e instanceof XmlPartError) return { id: job.id, ok: false, part: e.part, reason: e.reason };
    return { id: job.id, ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** The error a failed reply stands for, as the main thread would have thrown it. */
export function replyError(reply: Extract<XmlReply, { ok: false }>): Error {
  return reply.part === undefined ? new Error(reply.reason) : new XmlPartError(reply.part, reply.reason);
}
