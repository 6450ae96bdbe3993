import type { SchemeDocument } from "../../engine";
import type { DataTable } from "../controller/locate";
import type { JobControl, PaneEngine, PaneRun } from "./engine";
import { cancelledError, EngineJobError } from "./errors";
import { EVALUATE_STAGES, StatementsOutcome, STATEMENTS_STAGES } from "./jobs";
import { cutIntoPieces, PieceAssembler } from "./pieces";
import type { FromWorker, JobRequest, RunRequest, ToWorker } from "./protocol";
import { rebuildError, rebuildResult } from "./rebuild";
import { keepViews } from "./views";
import type { EvaluateWire } from "./wire";
import { yieldToLoop } from "./yieldToLoop";

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
 * The pane's engine in a Web Worker. The table is sent in pieces, a turn of the event loop between two, once per
 * table (Statements reuse the fill's); the outcome comes back in pieces and the result is rebuilt here. Cancel ends
 * the worker at once (an engine call cannot be interrupted) and the next job starts a new one.
 */
export class WorkerEngine implements PaneEngine {
  readonly mode = "worker" as const;
  private worker: Promise<WorkerLike> | null = null;
  private sent = new WeakMap<DataTable, number>();
  private jobs = new Map<number, Pending>();
  private nextId = 0;
  /** the worker could not start or died: every later job fails at once (the caller falls back) */
  private broken: EngineJobError | null = null;

  constructor(private readonly spawn: () => Promise<WorkerLike>) {}

  private start(): Promise<WorkerLike> {
    return (this.worker ??= this.spawn().then((w) => {
      w.onmessage = (e) => this.receive(e.data);
      w.onerror = (e) => this.fail(new EngineJobError("WORKER_FAILED", e instanceof Error ? e.message : String((e as { message?: unknown })?.message ?? "the worker failed")));
      return w;
    }));
  }

  /** ends the worker and every job on it (Cancel, or the worker failed) */
  private stop(error: Error): void {
    const w = this.worker;
    this.worker = null;
    this.sent = new WeakMap();
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

  private async run(table: DataTable, request: JobRequest, control: JobControl): Promise<unknown> {
    if (this.broken) throw this.broken;
    const w = await this.start().catch((e: unknown) => {
      this.fail(new EngineJobError("WORKER_FAILED", e instanceof Error ? e.message : String(e)));
      throw this.broken;
    });
    const total = request.kind === "evaluate" ? EVALUATE_STAGES : STATEMENTS_STAGES;
    let tableId = this.sent.get(table);
    if (tableId === undefined) {
      tableId = ++this.nextId;
      for (const piece of cutIntoPieces(table)) {
        if (control.cancel?.cancelled) throw cancelledError();
        w.postMessage({ type: "table", tableId, piece });
        await yieldToLoop();
      }
      if (this.worker === null) throw this.broken ?? cancelledError();
      this.sent.set(table, tableId);
    }
    control.onProgress?.(1, total);
    const jobId = ++this.nextId;
    const outcome = new Promise<unknown>((resolve, reject) => this.jobs.set(jobId, { pieces: new PieceAssembler(), resolve, reject, control }));
    const poll = setInterval(() => {
      if (control.cancel?.cancelled && this.jobs.has(jobId)) this.stop(cancelledError());
    }, CANCEL_POLL_MS);
    try {
      w.postMessage({ type: "run", jobId, tableId, request });
      const value = await outcome;
      control.onProgress?.(total, total);
      return value;
    } finally {
      clearInterval(poll);
    }
  }

  async evaluate(table: DataTable, request: RunRequest, control: JobControl = {}): Promise<PaneRun> {
    const wire = (await this.run(table, { ...request, kind: "evaluate" }, control)) as EvaluateWire;
    return rebuilt(wire, request.scheme);
  }

  async statements(table: DataTable, request: RunRequest & { total: number }, control: JobControl = {}): Promise<StatementsOutcome> {
    return (await this.run(table, { ...request, kind: "statements" }, control)) as StatementsOutcome;
  }
}

/** the evaluation as the pane holds it: the result rebuilt over the scheme the pane has, its views kept beside it */
function rebuilt(wire: EvaluateWire, scheme: SchemeDocument): PaneRun {
  const result = rebuildResult(wire.result, scheme);
  keepViews(result, wire.views);
  return { run: { result, plan: wire.plan, columns: wire.columns, stamp: wire.stamp }, views: wire.views };
}
