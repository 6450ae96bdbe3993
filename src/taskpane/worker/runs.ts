import type { ColumnOverrides, Lang, PersonTotalRun, RawCell, RunInput, SchemeDocument } from "../../engine";
import type { DataTable } from "../controller/locate";
import type { JobControl, PaneRun, PersonTotalsInput } from "./engine";
import type { StatementsOutcome } from "./jobs";
import { paneEngine } from "./paneEngine";

export interface RunOptions {
  params: Record<string, unknown>;
  columns: ColumnOverrides;
  assume?: Record<string, RawCell>;
  stamp?: RunInput["stamp"];
}

/** Validate and Fill: the checked run made by the pane's engine (a worker where there is one), with its views. */
export function evaluateOffThread(scheme: SchemeDocument, table: DataTable, options: RunOptions, lang: Lang, control?: JobControl): Promise<PaneRun> {
  return paneEngine().evaluate(table, { scheme, lang, params: options.params, columns: options.columns, assume: options.assume, stamp: options.stamp }, control);
}

/** Statements of the last fill (its summary total checked) made by the pane's engine. */
export function statementsOffThread(scheme: SchemeDocument, table: DataTable, options: RunOptions & { total: number }, lang: Lang, control?: JobControl): Promise<StatementsOutcome> {
  return paneEngine().statements(table, { scheme, lang, params: options.params, columns: options.columns, assume: options.assume, stamp: options.stamp, total: options.total }, control);
}

/** Person totals across the scheme's parts, beside the evaluation just made, by the pane's engine. */
export function personTotalsOffThread(scheme: SchemeDocument, run: PersonTotalsInput, options: RunOptions, lang: Lang, control?: JobControl): Promise<PersonTotalRun | null> {
  return paneEngine().personTotals(run, { scheme, lang, params: options.params, columns: options.columns, assume: options.assume }, control);
}
