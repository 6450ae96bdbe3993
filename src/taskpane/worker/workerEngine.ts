import type { SchemeDocument } from "../../engine";
import type { DataTable } from "../controller/locate";
import type { JobControl, PaneEngine, PaneRun } from "./engine";
import { cancelledError } from "./errors";
import { EVALUATE_STAGES, StatementsOutcome, STATEMENTS_STAGES } from "./jobs";
import { cutIntoPieces } from "./pieces";
import type { JobRequest, RunRequest } from "./protocol";
import { rebuildResult } from "./rebuild";
import { keepViews } from "./views";
import type { EvaluateWire } from "./wire";
import { WorkerLink, WorkerLike } from "./workerLink";
import { yieldToLoop } from "./yieldToLoop";

export type { WorkerLike } from "./workerLink";

/**
 * The pane's engine in a Web Worker. The table is sent in pieces, a turn of the event loop between two, once per
 * table (Statements reuse the fill's); the outcome comes back in pieces and the result is rebuilt here. Cancel ends
 * the worker at once (an engine call cannot be interrupted) and the next job starts a new one.
 */
export class WorkerEngine implements PaneEngine {
  readonly mode = "worker" as const;
  private readonly link: WorkerLink;
  /** the tables the worker holds, with the generation of the worker they were sent to */
  private sent = new WeakMap<DataTable, { tableId: number; generation: number }>();

  constructor(spawn: () => Promise<WorkerLike>) {
    this.link = new WorkerLink(spawn);
  }

  private async run(table: DataTable, request: JobRequest, control: JobControl): Promise<unknown> {
    const w = await this.link.open();
    const total = request.kind === "evaluate" ? EVALUATE_STAGES : STATEMENTS_STAGES;
    let sent = this.sent.get(table);
    if (sent === undefined || sent.generation !== this.link.generation) {
      const tableId = this.link.nextId();
      const generation = this.link.generation;
      for (const piece of cutIntoPieces(table)) {
        if (control.cancel?.cancelled) throw cancelledError();
        w.postMessage({ type: "table", tableId, piece });
        await yieldToLoop();
      }
      if (this.link.generation !== generation) throw this.link.stoppedError();
      this.sent.set(table, (sent = { tableId, generation }));
    }
    control.onProgress?.(1, total);
    const { tableId } = sent;
    const value = await this.link.job(control, (jobId) => w.postMessage({ type: "run", jobId, tableId, request }));
    control.onProgress?.(total, total);
    return value;
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
