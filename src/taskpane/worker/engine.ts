import type { CheckedRun, EvaluationResult, PersonTotalRun, SheetGrid } from "../../engine";
import type { DataTable } from "../controller/locate";
import type { PaneViews, StatementsOutcome } from "./jobs";
import type { RunRequest } from "./protocol";

/** How the pane follows and stops a job: progress by stage, and the token its Cancel button sets. */
export interface JobControl {
  cancel?: { readonly cancelled: boolean };
  onProgress?: (done: number, total: number) => void;
}

/** An evaluation for the pane: the checked run (its result rebuilt when it was made in the worker) and its views. */
export interface PaneRun {
  run: CheckedRun;
  views: PaneViews;
}

/** Where the pane's engine work runs: a Web Worker, or the pane's own thread in chunks that yield. */
export interface PaneEngine {
  readonly mode: "worker" | "inline";
  evaluate(table: DataTable, request: RunRequest, control?: JobControl): Promise<PaneRun>;
  statements(table: DataTable, request: RunRequest & { total: number }, control?: JobControl): Promise<StatementsOutcome>;
  /** person totals across the scheme's parts, beside `result` (this engine's evaluation of `table`) */
  personTotals(run: PersonTotalsInput, request: RunRequest, control?: JobControl): Promise<PersonTotalRun | null>;
}

/** What a person-total job is made over: the part filled (its table and evaluation) and the workbook's sheets. */
export interface PersonTotalsInput {
  table: DataTable;
  result: EvaluationResult;
  sheets: readonly SheetGrid[];
}
