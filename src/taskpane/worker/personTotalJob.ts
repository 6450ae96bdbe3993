import { runPersonTotals, type EvaluationResult, type PersonTotalRun, type SchemeDocument, type SheetGrid } from "../../engine";
import { refusedAsPaneError } from "../../excel/errors";
import { typedParams } from "../controller/evaluate";
import type { DataTable } from "../controller/locate";
import type { Step } from "./jobs";
import type { RunRequest } from "./protocol";

/** The stages a person-total job reports: the sheets sent, the other parts run and totalled, the outcome received. */
export const PERSON_TOTAL_STAGES = 3;

/**
 * Each person's total across the scheme's parts (scheme.personTotal): the other parts run on the workbook's sheets
 * beside the evaluation of the part filled, as `jili fill` does. A refused run is the pane's error, as the fill's is.
 * One engine call: the parts are run inside it, so the stage is as long as all of them.
 */
export async function personTotalsJob(req: RunRequest, table: DataTable, result: EvaluationResult, sheets: readonly SheetGrid[], step: Step): Promise<PersonTotalRun | null> {
  const part = table.part.id;
  const main = { part, sheet: table.sheet, run: { part, result } };
  const run = refusedAsPaneError(() => runPersonTotals(req.scheme, sheets, main, typedParams(req.params), req.lang));
  await step(2, PERSON_TOTAL_STAGES);
  return run;
}

/**
 * The sheets as the worker needs them: the main sheet's cells are left out (the worker has its table) unless another
 * part of the total joins tables, whose search looks at every sheet but that part's own. Without joins the engine
 * skips the main sheet by its name (it is the part filled), so the totals are the same.
 */
export function sheetsForWorker(scheme: SchemeDocument, table: DataTable, sheets: readonly SheetGrid[]): SheetGrid[] {
  const joins = (scheme.personTotal?.from ?? []).some((c) => c.part !== table.part.id && !!scheme.parts.find((p) => p.id === c.part)?.tables?.length);
  return joins ? [...sheets] : sheets.map((s) => (s.name === table.sheet ? { name: s.name, cells: [] } : s));
}
