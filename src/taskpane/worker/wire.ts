import type { ColumnReport, FillPlan, RunStamp } from "../../engine";
import { PaneError } from "../../excel/errors";
import type { EvaluateOutcome, PaneViews } from "./jobs";
import type { WireError } from "./protocol";
import { resultData, ResultData } from "./resultData";

/** An evaluation as it crosses from the worker: the result as plain data, the rest as it is. */
export interface EvaluateWire {
  result: ResultData;
  plan: FillPlan;
  columns: ColumnReport;
  stamp: RunStamp;
  views: PaneViews;
}

export function evaluateWire(outcome: EvaluateOutcome): EvaluateWire {
  const { run, views } = outcome;
  return { result: resultData(run.result), plan: run.plan, columns: run.columns, stamp: run.stamp, views };
}

/** An error as it crosses (a stack is not carried: the message says what failed). */
export function wireError(e: unknown): WireError {
  if (e instanceof PaneError) return { kind: "pane", code: e.code, text: e.text, details: e.details };
  if (e instanceof Error) return { kind: "other", name: e.name, message: e.message };
  return { kind: "other", name: "Error", message: String(e) };
}
