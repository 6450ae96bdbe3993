import type { EvaluationResult, FillPlan, Lang } from "../../engine";
import { validationView, ValidationView } from "../controller/issues";
import type { DataTable } from "../controller/locate";
import { runSummary, RunSummary } from "../controller/resultView";
import type { PaneViews } from "./jobs";

/**
 * The views a job made beside its result (in the worker, or in the fallback's own stage), by result: the pane asks
 * for them as it asked before, and gets them without walking every row again on its thread.
 */
const made = new WeakMap<EvaluationResult, PaneViews>();

export function keepViews(result: EvaluationResult, views: PaneViews): void {
  made.set(result, views);
}

/** The issue list of a result: the one made with it, else made now. */
export function validationOf(result: EvaluationResult, lang: Lang, table?: DataTable): ValidationView {
  return made.get(result)?.validation[lang] ?? validationView(result, lang, table);
}

/** The summary of a result: the one made with it, else made now (it holds its texts in both languages). */
export function summaryOf(result: EvaluationResult, plan: FillPlan, table: DataTable): RunSummary {
  return made.get(result)?.summary ?? runSummary(result, plan, table);
}
