import type { EvaluationResult, PersonTotalRun, SheetGrid } from "../../engine";
import { tableColumn } from "../../functions/tableCompute";
import { runEvaluation } from "../controller/evaluate";
import type { DataTable } from "../controller/locate";
import { evaluateJob, Step, statementsJob } from "./jobs";
import { personTotalsJob } from "./personTotalJob";
import { cutIntoPieces, PieceAssembler } from "./pieces";
import type { CellsRequest, FromWorker, JobRequest, PersonTotalsRequest, ToWorker } from "./protocol";
import { evaluateWire, wireError } from "./wire";

/**
 * The worker's side of the protocol, apart from the worker's global scope so that tests can drive it over a
 * MessageChannel: tables arrive in pieces and are kept (the latest one: statements reuse the fill's table), each
 * job reports its stages and posts its outcome in pieces. Cancel is the pane's: it ends the worker. A cell job's
 * request, and a person-total job's sheets, arrive in pieces of their own and are dropped once answered. The latest
 * evaluation of a scheme with person totals is kept for the person-total job that follows it.
 */
export class WorkerHost {
  private tables = new Map<number, PieceAssembler>();
  /** a job's own inputs by job id: a cell job's request, a person-total job's sheets */
  private inputs = new Map<number, PieceAssembler>();
  private kept: { jobId: number; tableId: number; result: EvaluationResult } | null = null;

  constructor(private readonly post: (message: FromWorker) => void) {}

  receive(message: ToWorker): Promise<void> {
    if (message.type === "table") {
      if (message.piece.path.length === 0 && !message.piece.append) {
        // a new table: the one before is not needed again
        this.tables.clear();
        this.kept = null;
        this.tables.set(message.tableId, new PieceAssembler());
      }
      this.tables.get(message.tableId)?.add(message.piece);
      return Promise.resolve();
    }
    if (message.type === "cells" || message.type === "sheets") {
      let input = this.inputs.get(message.jobId);
      if (!input) this.inputs.set(message.jobId, (input = new PieceAssembler()));
      input.add(message.piece);
      return Promise.resolve();
    }
    if (message.type === "runCells") return this.runCells(message.jobId);
    return this.run(message.jobId, message.tableId, message.request);
  }

  /** REWARD or CHECK: the column of cells (a call that cannot run is its error cell, not a failed job) */
  private async runCells(jobId: number): Promise<void> {
    const request = this.inputs.get(jobId)?.value as CellsRequest | undefined;
    this.inputs.delete(jobId);
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
      if (request.kind === "evaluate") {
        this.kept = null;
        const outcome = await evaluateJob(request, table, step);
        // only a scheme with person totals has a job that asks for it again
        this.kept = request.scheme.personTotal ? { jobId, tableId, result: outcome.run.result } : null;
        this.answer(jobId, evaluateWire(outcome));
      } else if (request.kind === "statements") {
        this.answer(jobId, await statementsJob(request, table, step));
      } else {
        this.answer(jobId, await this.personTotals(jobId, tableId, request, table, step));
      }
    } catch (e) {
      this.post({ type: "failed", jobId, error: wireError(e) });
    } finally {
      this.inputs.delete(jobId);
    }
  }

  /** beside the kept evaluation when it is the one asked for, else the table's run again (the engine is deterministic) */
  private personTotals(jobId: number, tableId: number, request: PersonTotalsRequest, table: DataTable, step: Step): Promise<PersonTotalRun | null> {
    const sheets = this.inputs.get(jobId)?.value as SheetGrid[] | undefined;
    if (!sheets) throw new Error(`the sheets of job ${jobId} were not sent to the worker`);
    const kept = this.kept;
    const result =
      kept && kept.jobId === request.evaluation && kept.tableId === tableId
        ? kept.result
        : runEvaluation(request.scheme, table, { params: request.params, columns: request.columns, assume: request.assume }, request.lang).result;
    return personTotalsJob(request, table, result, sheets, step);
  }
}
