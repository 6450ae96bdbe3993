import { assembleTable, isJiliSheet, Lang, SchemeDocument } from "../../engine";
import { tableAccount, tableAccountLines } from "../../engine/tables/account";
import { refusedAsPaneError } from "../../excel/errors";
import type { SheetSnapshot } from "../../excel/port";
import type { DataTable } from "./locate";

/**
 * Tables a part keeps on sheets of their own (targets per person, a roster, monthly rates beside weekly counts) and
 * a main table laid out wide: the pane reads the sheets the engine needs and hands them to `assembleTable`, which
 * finds, joins and reads long. Which table is where, and every finding on a row, is the engine's.
 */

/** Some part of the scheme keeps a table on another sheet: the pane lists the workbook's sheets when it reads. */
export function keepsTablesApart(scheme: SchemeDocument): boolean {
  return scheme.parts.some((p) => (p.tables?.length ?? 0) > 0);
}

/** The sheets a joined table may be on: every sheet but the main one and Jili's own. */
export function otherSheets(main: string, sheetNames: readonly string[], held: readonly SheetSnapshot[] = []): string[] {
  const cells = new Map(held.map((s) => [s.sheet, s.cells]));
  return sheetNames.filter((n) => n !== main && !isJiliSheet(n, cells.get(n)));
}

/** The tables of the located part the engine will look for on other sheets (those whose fields the main sheet lacks). */
function wantedTables(scheme: SchemeDocument, main: DataTable) {
  const tables = main.part.tables ?? [];
  if (!tables.length) return [];
  // the engine's own answer: assembled with no other sheet, the tables it looked for are the ones not found
  const trial = refusedAsPaneError(() => assembleTable(scheme, main, []));
  const notFound = new Set((trial.links?.notFound ?? []).map((n) => n.table));
  // a roster (no fields of its own) is always looked for, by its sheet's name
  return tables.filter((t) => notFound.has(t.id) || !t.fields.length);
}

/** The choices that name a sheet the workbook has (a saved choice may name a sheet renamed since). */
function validChoices(choices: Record<string, string>, others: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter(([, sheet]) => others.includes(sheet)));
}

/**
 * The sheets to read besides the main one, in tab order: for a table whose sheet the user chose, that sheet; for one
 * found by its headers, every other sheet (the engine picks the best). None when the main sheet holds every field.
 */
export function sheetsToRead(scheme: SchemeDocument, main: DataTable, sheetNames: readonly string[], choices: Record<string, string>): string[] {
  const wanted = wantedTables(scheme, main);
  if (!wanted.length) return [];
  const others = otherSheets(main.sheet, sheetNames);
  const chosen = validChoices(choices, others);
  const read = new Set<string>();
  for (const t of wanted) {
    if (chosen[t.id] !== undefined) read.add(chosen[t.id]);
    else others.forEach((n) => read.add(n));
  }
  return others.filter((n) => read.has(n));
}

/**
 * The main table with its wide columns read long and its joined tables joined (the engine's assembleTable), from the
 * other sheets read; a choice naming a sheet that was not read is left to the engine's own search.
 */
export function assembled(scheme: SchemeDocument, main: DataTable, held: readonly SheetSnapshot[], choices: Record<string, string>): DataTable {
  const others = held.filter((s) => s.sheet !== main.sheet);
  const tableSheets = validChoices(choices, others.map((s) => s.sheet));
  return { ...main, ...refusedAsPaneError(() => assembleTable(scheme, main, others.map((s) => ({ name: s.sheet, cells: s.cells })), { tableSheets })) };
}

/** The sheets the table was put together from: the main one and each joined table's. */
export function usedSheets(table: DataTable | null): string[] {
  if (!table) return [];
  return [table.sheet, ...(table.links?.joins ?? []).map((j) => j.sheet)];
}

/** One joined table as the mapping step shows it, with the choice of its sheet. */
export interface TableSheetRow {
  id: string;
  /** 自定指标 / Own targets */
  title: string;
  /** the sheet it was taken from, or null when no sheet holds it */
  found: string | null;
  /** the sheet chosen by hand, or null: found by its headers (a roster by its sheet's name) */
  chosen: string | null;
  /** a choice (saved with an earlier run) naming a sheet the workbook no longer has */
  stale: string | null;
  /** the sheets that may hold it: every other sheet of the workbook but Jili's */
  options: string[];
}

/** The joined tables the engine looked for, each with where it was found and the sheets the user may choose from. */
export function tableSheetRows(table: DataTable, sheetNames: readonly string[] | null, held: readonly SheetSnapshot[], choices: Record<string, string>, lang: Lang): TableSheetRow[] {
  const links = table.links;
  if (!links) return [];
  const options = sheetNames ? otherSheets(table.sheet, sheetNames, held) : held.map((s) => s.sheet).filter((n) => n !== table.sheet);
  const found = new Map(links.joins.map((j) => [j.table, j.sheet]));
  const missing = new Set(links.notFound.map((n) => n.table));
  return (table.part.tables ?? [])
    .filter((t) => found.has(t.id) || missing.has(t.id) || !t.fields.length)
    .map((t) => {
      const choice = choices[t.id];
      const valid = choice !== undefined && options.includes(choice);
      return { id: t.id, title: t.title[lang], found: found.get(t.id) ?? null, chosen: valid ? choice : null, stale: choice !== undefined && !valid ? choice : null, options };
    });
}

/**
 * The joined tables as the mapping step shows them when putting the table together failed (a sheet chosen by hand
 * holds no such table): none found, the choice kept, so that another sheet can be chosen.
 */
export function unassembledRows(scheme: SchemeDocument, main: DataTable, sheetNames: readonly string[] | null, held: readonly SheetSnapshot[], choices: Record<string, string>, lang: Lang): TableSheetRow[] {
  try {
    return tableSheetRows({ ...main, ...assembleTable(scheme, main, []) }, sheetNames, held, choices, lang);
  } catch {
    // the main table itself cannot be read long (a wide header): there is no sheet to choose
    return [];
  }
}

/** Where each joined table came from and what was read long, in the pane's language (the column report's first lines). */
export function tableLines(table: DataTable, lang: Lang): string[] {
  return tableAccountLines(tableAccount(table), lang);
}

/** Sets or clears the sheet chosen for one joined table. */
export function withTableSheet(choices: Record<string, string>, tableId: string, sheet: string | null): Record<string, string> {
  const next = { ...choices };
  if (sheet === null) delete next[tableId];
  else next[tableId] = sheet;
  return next;
}
