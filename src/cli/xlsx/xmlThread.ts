// Hands large XML jobs to a worker thread, so a fill uses both cores: the shared strings are parsed while the main
// thread inflates and scans the sheet, the data sheet's layout is found while it evaluates, Jili's parts are checked
// and the data sheet's blocks checksummed while it builds the data sheet. Small jobs, and every job where a worker
// cannot start, run on the main thread: the outcome is the same either way (xmlJobs.ts).
import * as path from "path";
import { Worker } from "worker_threads";
import { RawCell } from "../../engine";
import { SheetLayout } from "./sheetLayout";
import { PackedStrings, receivedLayout, replyError, runXmlJob, transferable, unpackStrings, XmlJob, XmlReply } from "./xmlJobs";

/** Set by the compiled command line's build (webpack.cli.config.js); absent when the TypeScript sources run. */
declare const __JILI_COMPILED__: boolean | undefined;

/** Below this many characters a job runs on the main thread: starting the worker would cost more than it saves. */
export const THREAD_MIN_CHARS = 256 * 1024;
/** Once the worker runs, jobs from this size go to it (posting costs less than parsing 16 K characters here). */
const RUNNING_MIN_CHARS = 16 * 1024;

/** a job as its caller gives it (xmlJobs.ts XmlJob without the id) */
type JobBody = XmlJob extends infer J ? (J extends XmlJob ? Omit<J, "id"> : never) : never;

let worker: Worker | null | undefined;
/** the worker read a shared-string table: it is ended once it has no job left (see retire) */
let retireWhenIdle = false;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: XmlReply) => void; job: XmlJob }>();

/** The worker's file: compiled beside the command line, or the TypeScript module through bin/tsWorker.js. */
function workerArgs(): { file: string; data?: { jiliEntry: string } } {
  if (typeof __JILI_COMPILED__ !== "undefined" && __JILI_COMPILED__) return { file: path.join(__dirname, "jili.xmlWorker.js") };
  return { file: path.join(__dirname, "..", "..", "..", "bin", "tsWorker.js"), data: { jiliEntry: path.join(__dirname, "xmlWorker.ts") } };
}

/** The worker, started on first use; null when it cannot start (the jobs then run here) or JILI_XML_THREAD=off. */
function xmlWorker(): Worker | null {
  if (process.env.JILI_XML_THREAD === "off") return null;
  if (worker !== undefined) return worker;
  try {
    const { file, data } = workerArgs();
    const w = new Worker(file, { workerData: data });
    w.on("message", (reply: XmlReply) => {
      const entry = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) w.unref();
      // the CRC jobs of a sheet read in pieces may still be queued behind the table: ended after the last of them
      if (entry?.job.kind === "sharedStrings") retireWhenIdle = true;
      if (retireWhenIdle && waiting.size === 0) retire(w);
      entry?.resolve(reply);
    });
    // a worker that fails or stops leaves its jobs to the main thread; a sheet it was given is gone with it
    const orphan = () => {
      if (worker !== w) return;
      worker = null;
      for (const [id, entry] of waiting) {
        waiting.delete(id);
        if (entry.job.kind === "sheetLayout") entry.resolve({ id, ok: false, lost: true, reason: "the XML thread stopped" });
        else entry.resolve(runXmlJob(entry.job));
      }
    };
    w.on("error", orphan);
    w.on("exit", orphan);
    w.unref();
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Starts the worker before its first job, when one will come (a large workbook is about to be read): loading its
 * code (≈ 60 ms) then overlaps this thread's own start instead of delaying the shared strings. Unref'd: a worker
 * given no job never keeps the process alive.
 */
export function startXmlThreadEarly(): void {
  xmlWorker();
}

/**
 * Ends a worker whose heap holds what a large job left: an idle worker does not collect its garbage (the strings
 * of a full sheet's shared-string table, ≈ 0.16 GB of the fill's peak measured), and a fresh one costs less. The
 * next job starts a new worker.
 */
function retire(w: Worker): void {
  retireWhenIdle = false;
  if (worker === w) worker = undefined;
  void w.terminate();
}

function sizeOf(body: JobBody): number {
  if (body.kind === "sharedStrings") return body.xml.length;
  if (body.kind === "sheetLayout" || body.kind === "crc") return body.length;
  return body.parts.reduce((n, p) => n + p.text.length, 0);
}

/**
 * Runs a job, in the worker when it is large enough (or `threadFrom` says so); resolves with its reply. `transfer`:
 * buffers the worker is given rather than a copy of (only when the job goes to the worker).
 */
function run(body: JobBody, threadFrom: number, transfer: ArrayBuffer[] = []): Promise<XmlReply> {
  const job = { id: nextId++, ...body } as XmlJob;
  const size = sizeOf(body);
  const w = size >= threadFrom || (worker && size >= Math.min(threadFrom, RUNNING_MIN_CHARS)) ? xmlWorker() : null;
  lastJobInWorker = w !== null;
  if (!w) return Promise.resolve(runXmlJob(job));
  return new Promise((resolve) => {
    waiting.set(job.id, { resolve, job });
    w.ref();
    w.postMessage(job, transferable(transfer));
  });
}

/** The outcome of a job started now and awaited later: never an unhandled rejection in between. */
export interface Later<T> {
  /** resolves with the value, or rejects with the error the job met */
  get(): Promise<T>;
}

function later<T>(reply: Promise<XmlReply>, value: (r: Extract<XmlReply, { ok: true }>) => T): Later<T> {
  return {
    get: async () => {
      const r = await reply;
      if (!r.ok) throw replyError(r);
      return value(r);
    },
  };
}

/** The shared-string table of `xml` (sharedStrings.ts), read off the main thread when it is large. */
export function sharedStringsLater(xml: string, part: string, threadFrom = THREAD_MIN_CHARS): Later<RawCell[]> {
  return later(run({ kind: "sharedStrings", part, xml }, threadFrom), (r) => unpackStrings(r.strings as PackedStrings));
}

/** Checks that every part is namespace-well-formed XML (strictXml.ts), off the main thread when they are large. */
export function wellFormedLater(parts: { part: string; text: string }[], threadFrom = THREAD_MIN_CHARS): Later<void> {
  return later(run({ kind: "wellFormed", parts }, threadFrom), () => undefined);
}

/**
 * The CRC-32 of `length` bytes from `offset` of `block`, shared memory: read by the worker while the main thread
 * goes on (nothing is copied), here when the worker is off. The caller leaves those bytes alone until it resolves.
 */
export function blockCrcLater(block: SharedArrayBuffer, length: number, offset = 0, threadFrom = THREAD_MIN_CHARS): Promise<number> {
  return run({ kind: "crc", buffer: block, offset, length }, threadFrom).then((r) => {
    if (!r.ok) throw replyError(r);
    if (r.crc === undefined) throw new Error("a CRC job answered without its CRC");
    return r.crc;
  });
}

/** Reply of a layout job that could not be done because the worker stopped holding the sheet's bytes. */
export class SheetBytesLost extends Error {}

/**
 * The layout of a data sheet (sheetLayout.ts parseSheet), found in the worker while the main thread evaluates. The
 * bytes must be the caller's alone (Package.takeInflated): they are handed to the worker, not copied, and come back
 * with the layout. Rejects with SheetBytesLost when the worker stopped holding them.
 */
export function sheetLayoutLater(bytes: Buffer, threadFrom = THREAD_MIN_CHARS): Later<SheetLayout> {
  const body = { kind: "sheetLayout" as const, buffer: bytes.buffer as ArrayBuffer, offset: bytes.byteOffset, length: bytes.length };
  const reply = run(body, threadFrom, [body.buffer]);
  return {
    get: async () => {
      const r = await reply;
      if (!r.ok) throw r.lost ? new SheetBytesLost(r.reason) : replyError(r);
      return receivedLayout(r.layout as SheetLayout);
    },
  };
}

let lastJobInWorker = false;

/** Whether the worker has started, and whether the last job went to it: for tests of the two paths. */
export function workerStarted(): boolean {
  return worker !== undefined && worker !== null;
}

export function lastJobWentToWorker(): boolean {
  return lastJobInWorker;
}
