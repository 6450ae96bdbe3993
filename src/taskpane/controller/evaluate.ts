import { buildFillPlan, ColumnOverrides, evaluateWithVersions, EvaluationResult, FillPlan, Lang, SchemeDocument } from "../../engine";
import { PaneError } from "../../excel/errors";
import type { DataTable } from "./locate";

export interface Evaluation {
  result: EvaluationResult;
  plan: FillPlan;
}

/**
 * Evaluates the table as the command line does (src/cli/run.ts): a bad parameter or a missing required column
 * stops before anything is written.
 */
export function runEvaluation(scheme: SchemeDocument, table: DataTable, options: { params: Record<string, unknown>; columns: ColumnOverrides }, lang: Lang): Evaluation {
  const result = evaluateWithVersions(scheme, { headers: table.headers, rows: table.rows, rowNumbers: table.rowNumbers }, { part: table.part.id, params: options.params, columns: options.columns });
  if (result.paramProblems.length) {
    const lines = result.paramProblems.map((p) => `${p.param}: ${p.message}`);
    throw new PaneError("PARAM_PROBLEM", { "zh-CN": `方案参数有误：${lines.join("；")}`, "en-US": `Bad scheme parameters: ${lines.join("; ")}` }, lines);
  }
  if (result.mapping.missingRequired.length) {
    const names = (l: Lang) => result.mapping.missingRequired.map((k) => table.part.fields.find((f) => f.key === k)?.title[l] ?? k);
    throw new PaneError("MISSING_COLUMNS", {
      "zh-CN": `第 ${table.headerRow + 1} 行的表头缺少必需的列：${names("zh-CN").join("、")}`,
      "en-US": `The header on row ${table.headerRow + 1} lacks required columns: ${names("en-US").join(", ")}`,
    });
  }
  return { result, plan: buildFillPlan(result, lang) };
}
