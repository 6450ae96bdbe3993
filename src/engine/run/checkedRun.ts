/**
 * Evaluating a located table as both faces do. Before anything is computed every column is accounted for
 * (engine/columns): a required column that is missing stops the run (MISSING_COLUMNS), and so does a yes/no or
 * category field a rule reads with no column, no derivation, no stated default and no value confirmed for the
 * sheet (COLUMNS_NEEDED) — a missing column never turns into money. A bad parameter stops it too (PARAM_PROBLEM).
 * Then the fill plan is made in the chosen language.
 */
import { accountColumns, ColumnReport, neededFieldLines, resultNotes } from "../columns";
import type { Lang } from "../i18n/messages";
import { mapColumns } from "../evaluate/mapColumns";
import type { ColumnOverrides } from "../evaluate/table";
import type { EvaluationResult } from "../evaluate/result";
import type { DataTable } from "../input/locateTable";
import { buildFillPlan, FillPlan } from "../report/fillPlan";
import type { SchemeDocument } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";
import { evaluateWithVersions } from "../versions";
import { readCell } from "../evaluate/readFields";
import { CellProblem } from "../values/problem";
import { RunProblem } from "./messages";
import { columnLetter } from "../evaluate/table";
import { tableAccount } from "../tables/account";
import { runStamp, RunStamp, stampLine } from "../report/runStamp";
import { isVersioned } from "../versions/versionedResult";
import { neededBySetParams } from "../columns/switchedOn";
import { identityMarks, mergeRowMarks } from "./identity";

export interface CheckedRun {
  result: EvaluationResult;
  plan: FillPlan;
  /** how every field found its value and which columns were not used */
  columns: ColumnReport;
  /** what the result was computed from (written under the summary and in every statement) */
  stamp: RunStamp;
}

export interface RunInput {
  table: DataTable;
  params: Record<string, unknown>;
  /** columns chosen for fields, by field key */
  columns?: ColumnOverrides;
  /** one value for the whole sheet, by field key (see fieldChoices.ts) */
  assume?: Record<string, RawCell>;
  /** the pane's: the time of the run and a hash of the data, for its stamp (the CLI gives neither) */
  stamp?: { at?: string; hashData?: boolean };
}

/** Rows looked at for the column report's proposals. */
const REPORT_SAMPLE = 200;

const nonBlank = (h: unknown) => h !== null && h !== undefined && String(h).trim() !== "";

/** A column choice naming no column, a field named by two columns, an assumption over a derivation: each stops the run. */
function refuseChoices(table: DataTable, mapping: ReturnType<typeof mapColumns>, assume: Record<string, RawCell>, columns: ColumnOverrides = {}): void {
  const field = (key: string) => table.part.fields.find((f) => f.key === key)!;
  const header = (i: number) => String(table.headers[i] ?? "");
  for (const key of mapping.badOverrides) {
    throw new RunProblem("UNKNOWN_COLUMN", { column: String(columns[key] ?? ""), field: field(key).title, found: table.headers.filter(nonBlank).map(String).join("、") });
  }
  for (const d of mapping.duplicates) {
    const places = d.columns.map((i) => table.links?.columnPlaces[i] || columnLetter(i));
    throw new RunProblem("DUPLICATE_COLUMNS", { sheet: table.sheet, field: field(d.field).title, header: header(d.columns[0]), columns: { "zh-CN": places.join("、"), "en-US": places.join(", ") } });
  }
  for (const a of mapping.ambiguous) throw new RunProblem("AMBIGUOUS_COLUMNS", { sheet: table.sheet, field: field(a.field).title, own: header(a.columns[0]), combined: header(a.columns[1]) });
  for (const key of Object.keys(assume)) {
    const sources = mapping.derived.get(key);
    if (sources && mapping.index.get(key) === undefined) throw new RunProblem("ASSUME_OVER_DERIVED", { field: field(key).title, sources: sources.map(header).join("、") });
  }
}

function refuseMissing(table: DataTable, report: ColumnReport, missingRequired: string[], needed: string[]): void {
  if (missingRequired.length) {
    const titles = (l: Lang) => missingRequired.map((key) => table.part.fields.find((f) => f.key === key)?.title[l] ?? key).join(l === "zh-CN" ? "、" : ", ");
    const found = table.headers.filter(nonBlank).map(String);
    throw new RunProblem("MISSING_COLUMNS", {
      sheet: table.sheet,
      row: table.headerRow + 1,
      columns: { "zh-CN": titles("zh-CN"), "en-US": titles("en-US") },
      found: { "zh-CN": found.join("、"), "en-US": found.join(", ") },
    });
  }
  if (needed.length) {
    const zh = neededFieldLines(report, "zh-CN");
    const en = neededFieldLines(report, "en-US");
    throw new RunProblem("COLUMNS_NEEDED", { sheet: table.sheet, fields: { "zh-CN": zh.join("；"), "en-US": en.join("; ") } });
  }
}

/**
 * The parameter naming the one period a sheet holds (`--param period=2016-05`): it stands for the part's month
 * fields — their value on every row when the sheet has no such column, on blank cells when it has — and the report
 * and the sheets Jili writes say so, as for any value confirmed for the whole sheet.
 */
export const PERIOD_PARAM = "period";

/** A parameter the scheme does not declare is a typo until shown otherwise: never silently ignored. */
function refuseUnknownParams(scheme: SchemeDocument, params: Record<string, unknown>): void {
  const known = new Set(scheme.params.map((p) => p.key));
  for (const key of Object.keys(params)) {
    if (key !== PERIOD_PARAM && !known.has(key)) throw new RunProblem("UNKNOWN_PARAMETER", { scheme: scheme.id, param: key, params: [...known].join(", ") || "—" });
  }
}

/** The values assumed for the sheet, with the period parameter standing for the part's month fields. */
function withPeriod(scheme: SchemeDocument, table: DataTable, params: Record<string, unknown>, assume: Record<string, RawCell> = {}): Record<string, RawCell> {
  if (!(PERIOD_PARAM in params)) return assume;
  const months = table.part.fields.filter((f) => f.type === "month");
  if (months.length !== 1) throw new RunProblem("PERIOD_NOT_APPLICABLE", { scheme: scheme.id, part: table.part.id });
  const [month] = months;
  const column = mapColumns(table.part, table.headers).index.get(month.key);
  if (column !== undefined) throw new RunProblem("PERIOD_WITH_COLUMN", { column: String(table.headers[column] ?? "") });
  const period = params[PERIOD_PARAM] as RawCell;
  // a month given as year-month text only: 201605 would read as a serial, not as May 2016
  const read = typeof period === "string" && /^\d{4}\s*[-/.年]\s*\d{1,2}\s*月?$/.test(period.trim()) ? readCell(month, period) : null;
  if (read === null || read instanceof CellProblem) throw new RunProblem("ASSUMED_INVALID", { field: month.title, value: String(period ?? "") });
  return { [month.key]: read.toString(), ...assume };
}

/** Runs the scheme on the table (dated versions included) or throws the RunProblem that stops it. */
export function runChecked(scheme: SchemeDocument, input: RunInput, lang: Lang): CheckedRun {
  const { table } = input;
  refuseUnknownParams(scheme, input.params);
  const assume = withPeriod(scheme, table, input.params, input.assume);
  const params = Object.fromEntries(Object.entries(input.params).filter(([k]) => k !== PERIOD_PARAM));
  const mapping = mapColumns(table.part, table.headers, { columns: input.columns, assume });
  refuseChoices(table, mapping, assume, input.columns);
  const switchedOn = neededBySetParams(scheme, table.part, mapping, params);
  const report = accountColumns(table.part, table.headers, table.rows.slice(0, REPORT_SAMPLE), mapping, assume, table.links?.columnPlaces);
  for (const a of report.fields) if (switchedOn.has(a.key)) a.switchedOnBy = switchedOn.get(a.key);
  const tables = tableAccount(table);
  if (tables) report.tables = tables;
  refuseMissing(table, report, mapping.missingRequired, mapping.needed);
  const result = evaluateWithVersions(
    scheme,
    { headers: table.headers, rows: table.rows, rowNumbers: table.rowNumbers, columnLetters: table.links?.columnLetters, rowSheets: table.links?.rowSheets, rowLabels: table.links?.rowLabels, rowMarks: mergeRowMarks(table.links?.rowMarks, identityMarks(table.part, table.rows, mapping)) },
    { part: table.part.id, params, columns: input.columns, assume },
  );
  if (result.paramProblems.length) {
    const [first, ...rest] = result.paramProblems;
    throw new RunProblem("PARAM_PROBLEM", { param: first.param, detail: first.text }, rest.map((p) => `${p.param}: ${p.text["zh-CN"]} / ${p.text["en-US"]}`));
  }
  const plan = buildFillPlan(result, lang);
  const versions = isVersioned(result) && result.versionsUsed.some((v) => !v.base) ? result.versionsUsed.map((v) => v.title) : [];
  const stamp = runStamp({ scheme, choices: { params: input.params, columns: input.columns, assume: input.assume }, sheet: table.sheet, headers: table.headers, rows: table.rows, versions, ...input.stamp });
  const runNotes = [...resultNotes(report, lang), stampLine(stamp, lang)];
  if (plan.summary) {
    plan.summary.notes = [...(plan.summary.notes ?? []), ...runNotes];
    plan.summary.runNotes = runNotes;
  }
  return { result, plan, columns: report, stamp };
}
