import type { CellEngine } from "../../functions/cellEngine";
import type { TableJob } from "../../functions/tableJob";
import { cutIntoPieces } from "./pieces";
import { WorkerLink, WorkerLike } from "./workerLink";
import { yieldToLoop } from "./yieldToLoop";

/**
 * REWARD and CHECK computed in an engine worker of their own (the pane's engineWorker.ts code, another instance):
 * the pane's Cancel ends the pane's worker, and must not end a recalculation's cells with it. The job is sent in
 * pieces with a turn of the event loop between two, so a long range is not one long clone on the shared thread.
 */
export class WorkerCells implements CellEngine {
  readonly mode = "worker" as const;
  private readonly link: WorkerLink;

  constructor(spawn: () => Promise<WorkerLike>) {
    this.link = new WorkerLink(spawn);
  }

  async table(job: TableJob): Promise<unknown[][]> {
    const w = await this.link.open();
    const generation = this.link.generation;
    const column = await this.link.job({}, async (jobId) => {
      for (const piece of cutIntoPieces(job)) {
        // the worker failed while the job was being sent: the job's outcome says so
        if (this.link.generation !== generation) return;
        w.postMessage({ type: "cells", jobId, piece });
        await yieldToLoop();
      }
      w.postMessage({ type: "runCells", jobId });
    });
    return column as unknown[][];
  }
}
