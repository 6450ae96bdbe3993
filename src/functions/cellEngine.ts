/*
 * Where REWARD and CHECK compute in Excel: in an engine worker when the page can start one, else on the shared
 * runtime's thread. This follows Microsoft's sample "Office Add-in Custom Function Using Web Workers"
 * (OfficeDev/Office-Add-in-samples, Excel-custom-functions/web-worker): in a shared runtime a custom function runs on
 * the thread that draws the task pane, so a long calculation is posted to a Web Worker as a job with an id and the
 * function returns a Promise that the worker's answer for that id settles. Here the job is a TableJob (tableJob.ts),
 * the worker the pane's engineWorker.ts (src/taskpane/worker/workerCells.ts), the answer the column of cells.
 */
import { EngineJobError } from "../taskpane/worker/errors";
import { WorkerCells } from "../taskpane/worker/workerCells";
import { tableColumn } from "./tableCompute";
import type { TableJob } from "./tableJob";

/** Computes a REWARD or CHECK job to its column of cells (error cells included). */
export interface CellEngine {
  readonly mode: "worker" | "inline";
  table(job: TableJob): Promise<unknown[][]>;
}

/** On this thread, in one go: Node, jsdom, a page without Worker (the range is computed as the synchronous call does). */
export const inlineCells: CellEngine = {
  mode: "inline",
  table: (job) => Promise.resolve(tableColumn(job)),
};

/** The worker while it works; once it could not start or died, this thread (the cell gets its value, never that error). */
export class CellsWorkerThenInline implements CellEngine {
  private failed = false;

  constructor(
    private readonly worker: CellEngine,
    private readonly inline: CellEngine = inlineCells,
  ) {}

  get mode(): "worker" | "inline" {
    return this.failed ? "inline" : "worker";
  }

  async table(job: TableJob): Promise<unknown[][]> {
    if (!this.failed) {
      try {
        return await this.worker.table(job);
      } catch (e) {
        if (!(e instanceof EngineJobError && e.code === "WORKER_FAILED")) throw e;
        this.failed = true;
      }
    }
    return this.inline.table(job);
  }
}

/** A worker where the page has `Worker` (spawnWorker.ts is loaded only then: Node and jsdom cannot read it). */
function defaultCellEngine(): CellEngine {
  if (typeof Worker !== "function") return inlineCells;
  return new CellsWorkerThenInline(new WorkerCells(() => import("../taskpane/worker/spawnWorker").then((m) => m.spawnEngineWorker())));
}

let engine: CellEngine | null = null;

/** The cell functions' engine (made at first use). */
export function cellEngine(): CellEngine {
  return (engine ??= defaultCellEngine());
}

/** Another engine for the cell functions (tests; null: the default again at next use). */
export function useCellEngine(next: CellEngine | null): void {
  engine = next;
}
