import type { BilingualText, ColumnOverrides, Lang, RawCell, RunInput, SchemeDocument } from "../../engine";
import type { TableJob } from "../../functions/tableJob";
import type { Piece } from "./pieces";

/** What both jobs evaluate (the table travels apart, in pieces, and is kept by the worker for the next job). */
export interface RunRequest {
  scheme: SchemeDocument;
  /** as the pane holds them: typed text is read in the job, as `--param` is */
  params: Record<string, unknown>;
  columns: ColumnOverrides;
  assume?: Record<string, RawCell>;
  stamp?: RunInput["stamp"];
  lang: Lang;
}

/** Validate and Fill: the checked run, with the issue lists (both languages) and the summary made beside it. */
export interface EvaluateRequest extends RunRequest {
  kind: "evaluate";
}

/** Statements: the run again, its statements and their printable layout; `total` is the fill's, checked. */
export interface StatementsRequest extends RunRequest {
  kind: "statements";
  total: number;
}

/**
 * Person totals across the scheme's parts: the other parts run on the workbook's other sheets (sent in pieces before
 * this request, under the job's id), beside the evaluation the worker holds (`evaluation`: the id of the job that
 * made it) — or, when it holds none (null, or a worker started since), the table's run again (the engine is
 * deterministic).
 */
export interface PersonTotalsRequest extends RunRequest {
  kind: "personTotals";
  evaluation: number | null;
}

export type JobRequest = EvaluateRequest | StatementsRequest | PersonTotalsRequest;

/**
 * REWARD and CHECK (cell functions over a whole range): the table and the main thread's choices travel together, in
 * pieces (the range can be long), and the worker answers with the column of cells (src/functions/tableCompute.ts).
 * Each cell job keeps its own request: many cells calculate at once, so no job may drop another's table.
 */
export type CellsRequest = TableJob;

/** The pane's thread to the worker. */
export type ToWorker =
  | { type: "table"; tableId: number; piece: Piece }
  | { type: "run"; jobId: number; tableId: number; request: JobRequest }
  | { type: "cells"; jobId: number; piece: Piece }
  | { type: "sheets"; jobId: number; piece: Piece }
  | { type: "runCells"; jobId: number };

/** An error as it crosses: a PaneError keeps its code and both texts. */
export type WireError = { kind: "pane"; code: string; text: BilingualText; details: string[] } | { kind: "other"; name: string; message: string };

/** The worker to the pane's thread: progress by stage, the outcome in pieces, then done or failed. */
export type FromWorker =
  | { type: "progress"; jobId: number; done: number; total: number }
  | { type: "piece"; jobId: number; piece: Piece }
  | { type: "done"; jobId: number }
  | { type: "failed"; jobId: number; error: WireError };
