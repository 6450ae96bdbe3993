import { tableColumn } from "../../functions/tableCompute";
import type { DataTable } from "../controller/locate";
import { evaluateJob, statementsJob } from "./jobs";
import { cutIntoPieces, PieceAssembler } from "./pieces";
import type { CellsRequest, FromWorker, JobRequest, ToWorker } from "./protocol";
import { evaluateWire, wireError } from "./wire";

/**
 * The worker's side of the protocol, apart from the worker's global scope so that tests can drive it over a
 * MessageChannel: tables arrive in pieces and are kept (the latest one: statements reuse the fill's table), each
 * job reports its stages and posts its outcome in pieces. Cancel is the pane's: it ends the worker. A cell job's
 * request arrives in pieces of its own and is dropped once answered.
 */
export class WorkerHost {
  private tables = new Map<number, PieceAssembler>();
  private cellRequests = new Map<number, PieceAssembler>();

  constructor(private readonly post: (message: FromWorker) => void) {}

  receive(message: ToWorker): Promise<void> {
    if (message.type === "table") {
      if (message.piece.path.length === 0 && !message.piece.append) {
        // a new table: the one before is not needed again
        this.tables.clear();
        this.tables.set(message.tableId, new PieceAssembler());
      }
      this.tables.get(message.tableId)?.add(message.piece);
      return Promise.resolve();
    }
    if (message.type === "cells") {
      let request = this.cellRequests.get(message.jobId);
      if (!request) this.cellRequests.set(message.jobId, (request = new PieceAssembler()));
      request.add(message.piece);
      return Promise.resolve();
    }
    if (message.type === "runCells") return this.runCells(message.jobId);
    return this.run(message.jobId, message.tableId, message.request);
  }

  /** REWARD or CHECK: the column of cells (a call that cannot run is its error cell, not a failed job) */
  private async runCells(jobId: number): Promise<void> {
    const request = this.cellRequests.get(jobId)?.value as CellsRequest | undefined;
    this.cellRequests.delete(jobId);
    try {
      if (!request) throw new Error(`cell job ${jobId} was not sent to the worker`);
      this.answer(jobId, tableColumn(request));
    } catch (e) {
      this.post({ type: "failed", jobId, error: wireError(e) });
    }
  }

  /** an outcome in pieces, then done */
  private answer(jobId: number, outcome: unknown): void {
    for (const piece of cutIntoPieces(outcome)) this.post({ type: "piece", jobId, piece });
    this.post({ type: "done", jobId });
  }

  private async run(jobId: number, tableId: number, request: JobRequest): Promise<void> {
    try {
      const table = this.tables.get(tableId)?.value as DataTable | undefined;
      if (!table) throw new Error(`table ${tableId} was not sent to the worker`);
      const step = (done: number, total: number) => {
        this.post({ type: "progress", jobId, done, total });
        return Promise.resolve();
      };
      const outcome = request.kind === "evaluate" ? evaluateWire(await evaluateJob(request, table, step)) : await statementsJob(request, table, step);
      this.answer(jobId, outcome);
    } catch (e) {
      this.post({ type: "failed", jobId, error: wireError(e) });
    }
  }
}
