/**
 * Evaluating a located table as both faces do: a bad parameter or a missing required column stops the run before
 * anything is written (PARAM_PROBLEM, MISSING_COLUMNS), then the fill plan is made in the chosen language.
 */
import type { Lang } from "../i18n/messages";
import type { ColumnOverrides } from "../evaluate/table";
import type { EvaluationResult } from "../evaluate/result";
import type { DataTable } from "../input/locateTable";
import { buildFillPlan, FillPlan } from "../report/fillPlan";
import type { SchemeDocument } from "../scheme/schema";
import { evaluateWithVersions } from "../versions";
import { RunProblem } from "./messages";

export interface CheckedRun {
  result: EvaluationResult;
  plan: FillPlan;
}

export interface RunInput {
  table: DataTable;
  params: Record<string, unknown>;
  columns?: ColumnOverrides;
}

const nonBlank = (h: unknown) => h !== null && h !== undefined && String(h).trim() !== "";

/** Runs the scheme on the table (dated versions included) or throws the RunProblem that stops it. */
export function runChecked(scheme: SchemeDocument, input: RunInput, lang: Lang): CheckedRun {
  const { table } = input;
  const result = evaluateWithVersions(scheme, { headers: table.headers, rows: table.rows, rowNumbers: table.rowNumbers }, { part: table.part.id, params: input.params, columns: input.columns });
  if (result.paramProblems.length) {
    const [first, ...rest] = result.paramProblems;
    throw new RunProblem("PARAM_PROBLEM", { param: first.param, detail: first.text }, rest.map((p) => `${p.param}: ${p.text["zh-CN"]} / ${p.text["en-US"]}`));
  }
  if (result.mapping.missingRequired.length) {
    const titles = (l: Lang) => result.mapping.missingRequired.map((key) => table.part.fields.find((f) => f.key === key)?.title[l] ?? key).join(l === "zh-CN" ? "、" : ", ");
    const found = table.headers.filter(nonBlank).map(String);
    throw new RunProblem("MISSING_COLUMNS", {
      sheet: table.sheet,
      row: table.headerRow + 1,
      columns: { "zh-CN": titles("zh-CN"), "en-US": titles("en-US") },
      found: { "zh-CN": found.join("、"), "en-US": found.join(", ") },
    });
  }
  return { result, plan: buildFillPlan(result, lang) };
}
