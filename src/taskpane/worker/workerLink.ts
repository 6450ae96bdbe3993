import type { JobControl } from "./engine";
import { cancelledError, EngineJobError } from "./errors";
import { PieceAssembler } from "./pieces";
import type { FromWorker, ToWorker } from "./protocol";
import { rebuildError } from "./rebuild";

/** What the engine needs of a Worker (a test gives a MessageChannel to a WorkerHost instead). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((e: { data: FromWorker }) => void) | null;
  onerror: ((e: unknown) => void) | null;
  terminate(): void;
}

/** How often a running job looks at the Cancel token (the token is a flag the button sets). */
const CANCEL_POLL_MS = 50;

interface Pending {
  pieces: PieceAssembler;
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
  control: JobControl;
}

/**
 * One engine worker and the jobs waiting on it (the pattern of Microsoft's sample "Office Add-in Custom Function Using
 * Web Workers": each job has an id, its promise is kept by id, and the worker's answer naming the id settles it). The
 * worker starts at the first job; stopping it (Cancel, or it failed) rejects every job on it, and the next job starts
 * a new one — unless it failed: then every later job fails at once with WORKER_FAILED (the caller falls back).
 */
export class WorkerLink {
  private worker: Promise<WorkerLike> | null = null;
  private jobs = new Map<number, Pending>();
  private lastId = 0;
  private broken: EngineJobError | null = null;
  /** counts the stops: what was sent to the worker of an earlier generation is gone */
  generation = 0;

  constructor(private readonly spawn: () => Promise<WorkerLike>) {}

  /** a new id for a job or a table, unique on this link */
  nextId(): number {
    return ++this.lastId;
  }

  /** the worker, started if need be */
  async open(): Promise<WorkerLike> {
    if (this.broken) throw this.broken;
    return (this.worker ??= this.spawn().then((w) => {
      w.onmessage = (e) => this.receive(e.data);
      w.onerror = (e) => this.fail(new EngineJobError("WORKER_FAILED", e instanceof Error ? e.message : String((e as { message?: unknown })?.message ?? "the worker failed")));
      return w;
    })).catch((e: unknown) => {
      this.fail(new EngineJobError("WORKER_FAILED", e instanceof Error ? e.message : String(e)));
      throw this.broken;
    });
  }

  /** why the link cannot go on (it failed), or the cancel that stopped it */
  stoppedError(): Error {
    return this.broken ?? cancelledError();
  }

  /** ends the worker and every job on it (Cancel, or the worker failed) */
  stop(error: Error): void {
    const w = this.worker;
    this.worker = null;
    this.generation++;
    void w?.then((x) => x.terminate(), () => undefined);
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const j of jobs) j.reject(error);
  }

  private fail(error: EngineJobError): void {
    this.broken = error;
    this.stop(error);
  }

  private receive(m: FromWorker): void {
    const job = this.jobs.get(m.jobId);
    if (!job) return;
    if (m.type === "progress") job.control.onProgress?.(m.done, m.total);
    else if (m.type === "piece") job.pieces.add(m.piece);
    else {
      this.jobs.delete(m.jobId);
      if (m.type === "done") job.resolve(job.pieces.value);
      else job.reject(rebuildError(m.error));
    }
  }

  /**
   * A job: registered under a new id, asked for by `send` (which posts its messages), its outcome put together from
   * the pieces the worker answers with. The Cancel token is looked at while it runs; a cancel stops the worker.
   */
  async job(control: JobControl, send: (jobId: number) => Promise<void> | void): Promise<unknown> {
    // the worker was stopped between open() and here: nothing would ever answer
    if (this.worker === null) throw this.stoppedError();
    const jobId = this.nextId();
    const outcome = new Promise<unknown>((resolve, reject) => this.jobs.set(jobId, { pieces: new PieceAssembler(), resolve, reject, control }));
    // a stop while `send` still posts rejects the outcome before it is awaited: not an unhandled rejection
    outcome.catch(() => undefined);
    const poll = setInterval(() => {
      if (control.cancel?.cancelled && this.jobs.has(jobId)) this.stop(cancelledError());
    }, CANCEL_POLL_MS);
    try {
      await send(jobId);
      return await outcome;
    } finally {
      clearInterval(poll);
    }
  }
}
