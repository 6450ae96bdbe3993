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
    const lines = (l: Lang) => result.paramProblems.map((p) => `${p.param}: ${p.text[l]}`);
    throw new PaneError("PARAM_PROBLEM", { "zh-CN": `方案参数有误：${lines("zh-CN").join("；")}`, "en-US": `Bad scheme parameters: ${lines("en-US").join("; ")}` }, lines("en-US"));
  }
  if (result.mapping.missingRequired.length) {
    // the command line's message (src/cli/run.ts): the sheet, the header row, the missing columns and those found
    const names = (l: Lang) => result.mapping.missingRequired.map((k) => table.part.fields.find((f) => f.key === k)?.title[l] ?? k);
    const found = table.headers.filter((h) => h !== null && h !== undefined && String(h).trim() !== "").map(String);
    throw new PaneError("MISSING_COLUMNS", {
      "zh-CN": `「${table.sheet}」第 ${table.headerRow + 1} 行的表头缺少必需的列：${names("zh-CN").join("、")}。找到的列：${found.join("、")}`,
      "en-US": `The header on row ${table.headerRow + 1} of ${table.sheet} lacks required columns: ${names("en-US").join(", ")}. Columns found: ${found.join(", ")}`,
    });
  }
  return { result, plan: buildFillPlan(result, lang) };
}
