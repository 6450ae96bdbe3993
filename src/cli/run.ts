import { CheckedRun, DataTable, Lang, runChecked, SchemeDocument } from "../engine";

export interface Run extends CheckedRun {
  scheme: SchemeDocument;
  table: DataTable;
}

/** Evaluates the table by the engine's checked run: a bad `--param` or a missing required column is an exit-2 error. */
export function runScheme(scheme: SchemeDocument, table: DataTable, params: Record<string, unknown>, lang: Lang): Run {
  return { scheme, table, ...runChecked(scheme, { table, params }, lang) };
}
