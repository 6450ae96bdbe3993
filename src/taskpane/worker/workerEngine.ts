import type { EvaluationResult, PersonTotalRun, SchemeDocument, SheetGrid } from "../../engine";
import type { DataTable } from "../controller/locate";
import type { JobControl, PaneEngine, PaneRun, PersonTotalsInput } from "./engine";
import { cancelledError } from "./errors";
import { EVALUATE_STAGES, StatementsOutcome, STATEMENTS_STAGES } from "./jobs";
import { PERSON_TOTAL_STAGES, sheetsForWorker } from "./personTotalJob";
import { cutIntoPieces } from "./pieces";
import type { JobRequest, RunRequest } from "./protocol";
import { rebuildResult } from "./rebuild";
import { keepViews } from "./views";
import type { EvaluateWire } from "./wire";
import { WorkerLink, WorkerLike } from "./workerLink";
import { yieldToLoop } from "./yieldToLoop";

export type { WorkerLike } from "./workerLink";

const STAGES: Record<JobRequest["kind"], number> = { evaluate: EVALUATE_STAGES, statements: STATEMENTS_STAGES, personTotals: PERSON_TOTAL_STAGES };

/**
 * The pane's engine in a Web Worker. The table is sent in pieces, a turn of the event loop between two, once per
 * table (Statements reuse the fill's); the outcome comes back in pieces and the result is rebuilt here. Person totals
 * run beside the evaluation the worker kept, with only the other sheets sent. Cancel ends the worker at once (an
 * engine call cannot be interrupted) and the next job starts a new one.
 */
export class WorkerEngine implements PaneEngine {
  readonly mode = "worker" as const;
  private readonly link: WorkerLink;
  /** the tables the worker holds, with the generation of the worker they were sent to */
  private sent = new WeakMap<DataTable, { tableId: number; generation: number }>();
  /** the evaluations the worker keeps (the latest): the id of the job that made each, and that worker's generation */
  private made = new WeakMap<EvaluationResult, { jobId: number; generation: number }>();

  constructor(spawn: () => Promise<WorkerLike>) {
    this.link = new WorkerLink(spawn);
  }

  /** a job on the table (sent first if the worker lacks it); `before` posts the job's own inputs ahead of its request */
  private async run(table: DataTable, request: JobRequest, control: JobControl, before?: (w: WorkerLike, jobId: number) => Promise<void>): Promise<{ value: unknown; jobId: number }> {
    const w = await this.link.open();
    const total = STAGES[request.kind];
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
    const { tableId, generation } = sent;
    let id = 0;
    const value = await this.link.job(control, async (jobId) => {
      id = jobId;
      await before?.(w, jobId);
      // the worker was stopped while the inputs were sent: the job's outcome says so
      if (this.link.generation === generation) w.postMessage({ type: "run", jobId, tableId, request });
    });
    control.onProgress?.(total, total);
    return { value, jobId: id };
  }

  async evaluate(table: DataTable, request: RunRequest, control: JobControl = {}): Promise<PaneRun> {
    const generation = this.link.generation;
    const { value, jobId } = await this.run(table, { ...request, kind: "evaluate" }, control);
    const run = rebuilt(value as EvaluateWire, request.scheme);
    if (this.link.generation === generation) this.made.set(run.run.result, { jobId, generation });
    return run;
  }

  async statements(table: DataTable, request: RunRequest & { total: number }, control: JobControl = {}): Promise<StatementsOutcome> {
    return (await this.run(table, { ...request, kind: "statements" }, control)).value as StatementsOutcome;
  }

  /** the worker's own evaluation when it still has it (else it runs the table again), the other sheets in pieces */
  async personTotals(run: PersonTotalsInput, request: RunRequest, control: JobControl = {}): Promise<PersonTotalRun | null> {
    const held = this.made.get(run.result);
    const evaluation = held && held.generation === this.link.generation ? held.jobId : null;
    const sheets = sheetsForWorker(request.scheme, run.table, run.sheets);
    const send = (w: WorkerLike, jobId: number) => this.sendSheets(w, jobId, sheets);
    return (await this.run(run.table, { ...request, kind: "personTotals", evaluation }, control, send)).value as PersonTotalRun | null;
  }

  /** the sheets in pieces, a turn of the event loop between two (a stop ends the sending) */
  private async sendSheets(w: WorkerLike, jobId: number, sheets: SheetGrid[]): Promise<void> {
    const generation = this.link.generation;
    for (const piece of cutIntoPieces(sheets)) {
      if (this.link.generation !== generation) return;
      w.postMessage({ type: "sheets", jobId, piece });
      await yieldToLoop();
    }
  }
}

/** the evaluation as the pane holds it: the result rebuilt over the scheme the pane has, its views kept beside it */
function rebuilt(wire: EvaluateWire, scheme: SchemeDocument): PaneRun {
  const result = rebuildResult(wire.result, scheme);
  keepViews(result, wire.views);
  return { run: { result, plan: wire.plan, columns: wire.columns, stamp: wire.stamp }, views: wire.views };
}
