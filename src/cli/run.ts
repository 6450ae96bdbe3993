import { buildFillPlan, evaluateWithVersions, EvaluationResult, FillPlan, Lang, SchemeDocument } from "../engine";
import { DataTable } from "./input";
import { CliError } from "./messages";

export interface Run {
  scheme: SchemeDocument;
  table: DataTable;
  result: EvaluationResult;
  plan: FillPlan;
}

/** Evaluates the table; a sheet without the scheme's required columns or a bad `--param` is an exit-2 error. */
export function runScheme(scheme: SchemeDocument, table: DataTable, params: Record<string, unknown>, lang: Lang): Run {
  const result = evaluateWithVersions(scheme, { headers: table.headers, rows: table.rows, rowNumbers: table.rowNumbers }, { part: table.part.id, params });
  if (result.paramProblems.length) {
    const [first, ...rest] = result.paramProblems;
    throw new CliError("paramProblem", { param: first.param, detail: first.text }, rest.map((p) => `${p.param}: ${p.text["zh-CN"]} / ${p.text["en-US"]}`));
  }
  if (result.mapping.missingRequired.length) {
    // the message is printed in both languages: so are the titles of the missing columns
    const titles = (l: Lang) => result.mapping.missingRequired.map((key) => table.part.fields.find((f) => f.key === key)?.title[l] ?? key).join(l === "zh-CN" ? "、" : ", ");
    const found = table.headers.filter((h) => h !== null && h !== undefined && String(h).trim() !== "").map(String);
    throw new CliError("missingColumns", {
      sheet: table.sheet,
      row: table.headerRow + 1,
      columns: { "zh-CN": titles("zh-CN"), "en-US": titles("en-US") },
      found: { "zh-CN": found.join("、"), "en-US": found.join(", ") },
    });
  }
  return { scheme, table, result, plan: buildFillPlan(result, lang) };
}
