import { CheckedRun, ColumnOverrides, RunInput, Lang, parseParamText, RawCell, runChecked, SchemeDocument } from "../../engine";
import { refusedAsPaneError } from "../../excel/errors";
import type { DataTable } from "./locate";

export type Evaluation = CheckedRun;

/**
 * What the pane holds for each parameter is what was typed (or a value saved in the workbook); typed text is read
 * by the engine's rule, the one `--param` follows: `{…}`/`[…]` must be valid JSON (BAD_PARAM_JSON otherwise).
 */
export function typedParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? parseParamText(k, v) : v]));
}

/**
 * Evaluates the table by the engine's checked run: a bad parameter or a missing required column stops it. `stamp`
 * (a run whose results are written): the clock's time and a hash of the data go into the run's stamp.
 */
export function runEvaluation(
  scheme: SchemeDocument,
  table: DataTable,
  options: { params: Record<string, unknown>; columns: ColumnOverrides; assume?: Record<string, RawCell>; stamp?: RunInput["stamp"] },
  lang: Lang,
): Evaluation {
  return refusedAsPaneError(() => runChecked(scheme, { table, params: typedParams(options.params), columns: options.columns, assume: options.assume, stamp: options.stamp }, lang));
}
