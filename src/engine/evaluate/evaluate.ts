import { DEFAULT_ROUNDING } from "../money/decimal";
import { SchemeDocument } from "../scheme/schema";
import { mapColumns } from "./mapColumns";
import { readFields } from "./readFields";
import { readParams } from "./readParams";
import { EvaluationResult } from "./result";
import { RunState } from "./runState";
import { Scope } from "./scope";
import { runStep } from "../steps/registry";
import { ColumnOverrides, InputTable } from "./table";
import type { RawCell } from "../values/parseNumber";
import { INVALID } from "./status";

export interface EvaluateOptions {
  /** which part (input table) of the scheme; default the first */
  part?: string;
  /** parameter values that override the scheme's own (configuration, masked values) */
  params?: Record<string, unknown>;
  /** manual column choices, field key → header text or column index */
  columns?: ColumnOverrides;
  /** field key → one value for the whole sheet: every row when the column is absent, blank cells when it is there */
  assume?: Record<string, RawCell>;
  /** for runs over dated versions (evaluateWithVersions): keep each row-scope duplicate check's key texts */
  keepDuplicateKeys?: boolean;
  /** for runs over dated versions: rows that repeat a key first seen in another version's rows, by duplicate step */
  crossDuplicates?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** The findings of putting the table together (no partner row, partners that disagree) on their rows. */
function applyAssemblyMarks(row: Scope, marks: InputTable["rowMarks"]): void {
  if (!marks) return;
  marks.forEach((list, i) => {
    for (const m of list ?? []) {
      const mark = { code: m.code, detail: m.detail, value: m.value };
      if (m.status === "warning") row.warn(i, mark);
      else if (m.status === "note") row.note(i, mark);
      else row.fail(i, INVALID, mark);
    }
  });
}

/** Thrown only for a caller's mistake (unknown part); problems in the data are returned in the result. */
export class EvaluateUsageError extends Error {
  readonly code = "UNKNOWN_PART";
}

/**
 * Evaluates one table of rows against one part of a validated scheme: reads and checks every cell, runs the
 * scheme's steps in order (each one pass over its scope), and returns statuses and values per row and group.
 *
 * @example
 *   const scheme = loadScheme(json);
 *   const result = evaluate(scheme, { headers: ["揽装人", …], rows: [[…], …] });
 *   result.groups("person")[0].outputs.bonus.value // 220
 */
export function evaluate(scheme: SchemeDocument, table: InputTable, options: EvaluateOptions = {}): EvaluationResult {
  return evaluateWith(scheme, table, options, true);
}

/**
 * `evaluate`, choosing the path: `typed` works on coded columns where it can (the default); false reads every
 * value one by one everywhere — the reference the typed path is tested against.
 */
export function evaluateWith(scheme: SchemeDocument, table: InputTable, options: EvaluateOptions, typed: boolean): EvaluationResult {
  const part = options.part ? scheme.parts.find((p) => p.id === options.part) : scheme.parts[0];
  if (!part) throw new EvaluateUsageError(`unknown part ${options.part}; this scheme has ${scheme.parts.map((p) => p.id).join(", ")}`);
  const { values: params, problems } = readParams(scheme, options.params);
  const mapping = mapColumns(part, table.headers, { columns: options.columns, assume: options.assume });
  const row = new Scope("row", table.rows.length);
  readFields(part, table.rows, mapping, row, params, typed, options.assume);
  const state = new RunState(scheme, part, row, params, scheme.rounding ?? DEFAULT_ROUNDING, typed);
  state.keepDuplicateKeys = options.keepDuplicateKeys === true;
  state.crossDuplicates = options.crossDuplicates ?? null;
  applyAssemblyMarks(row, table.rowMarks);
  for (const step of part.steps) runStep(step, state);
  for (const l of part.levels) state.level(l.id);
  const headers = table.headers.map((h) => (h === null || h === undefined ? "" : String(h)));
  return new EvaluationResult(scheme, part, state, mapping, headers, table.rowNumbers ?? null, problems, { columnLetters: table.columnLetters, rowSheets: table.rowSheets, rowLabels: table.rowLabels });
}
