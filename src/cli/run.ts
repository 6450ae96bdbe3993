import { assumedValues, CheckedRun, PersonTotalRun, chosenColumns, DataTable, Lang, parseFieldAssignments, runChecked, SchemeDocument } from "../engine";

export interface Run extends CheckedRun {
  scheme: SchemeDocument;
  table: DataTable;
  /** each person's total across the parts keyed by person, when the scheme declares one (the other parts run on their sheets) */
  personTotal?: PersonTotalRun | null;
}

/** What the user gave on the command line for a run: `--param`, `--map` and `--assume` items. */
export interface RunChoices {
  params: Record<string, unknown>;
  map: string[];
  assume: string[];
}

/**
 * Evaluates the table by the engine's checked run: a bad `--param`, `--map` or `--assume`, a missing required column
 * or a column a rule needs (COLUMNS_NEEDED) is an exit-2 error, before anything is computed.
 */
export function runScheme(scheme: SchemeDocument, table: DataTable, choices: RunChoices, lang: Lang): Run {
  const columns = chosenColumns(scheme, table.part, table.headers, parseFieldAssignments(choices.map));
  const assume = assumedValues(scheme, table.part, parseFieldAssignments(choices.assume));
  return { scheme, table, ...runChecked(scheme, { table, params: choices.params, columns, assume }, lang) };
}
