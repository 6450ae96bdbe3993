/**
 * Putting a part's table together from the workbook as the team keeps it: the main table (read long when it is
 * laid out wide) and each joined table found on a sheet of its own (by its headers, or the sheet the user names),
 * joined by the declared keys. When the main sheet already holds a joined table's fields, that table is not looked
 * for: the stacked layout stays possible. A joined table found nowhere leaves its fields absent, and the column
 * accounting then decides, as for any absent column, whether the run may go on.
 */
import type { DataTable } from "../input/locateTable";
import { isJiliSheet, locateDataTable } from "../input/locateTable";
import type { JoinedTableDef, PartDef, SchemeDocument } from "../scheme/schema";
import { findHeaderRow } from "../evaluate/findHeader";
import { mapColumns } from "../evaluate/mapColumns";
import { RunProblem } from "../run/messages";
import { normalizeHeader } from "../values/normalizeText";
import { columnLetter } from "../evaluate/table";
import type { SheetGrid } from "../run/locate";
import { AssemblyMark, startGrid } from "./grid";
import { FoundTable, joinTable, JoinUse } from "./join";
import { tablePartOf } from "./mainPart";
import { meltWide, MeltedTable } from "./melt";

export interface TableLinks {
  /** per row: the sheet it came from when it is not the main sheet (a row only in a joined table), else null */
  rowSheets: (string | null)[];
  /** per row: what the assembly found about it */
  rowMarks: (AssemblyMark[] | undefined)[];
  /** per column: its letter on the main sheet, "" for a column that is not the main sheet's own */
  columnLetters: string[];
  /** per column: where it is, for the column report (`贡献率!C`, `C–G`) */
  columnPlaces: string[];
  /** per row of a wide main table read long: the header of the column its value came from, else null */
  rowLabels: (string | null)[];
  /** the main table read long: its wide columns */
  wide: MeltedTable["wideColumns"] | null;
  joins: JoinUse[];
  /** joined tables found on no sheet: their fields are absent */
  notFound: { table: string; title: JoinedTableDef["title"] }[];
  /** tables whose every field the main sheet holds (its columns are read; the sheet named for it, if any, is not) */
  onMain: { table: string; title: JoinedTableDef["title"]; sheet?: string }[];
}

export interface AssembleOptions {
  /** joined table id → the sheet that holds it (`--sheet targets=指标`) */
  tableSheets?: Record<string, string>;
}

/** The sheet holding a joined table: the one named, else the best other sheet naming one of its fields. */
function findTable(part: PartDef, def: JoinedTableDef, main: string, sheets: readonly SheetGrid[], named: string | undefined): FoundTable | null {
  const sub = tablePartOf(part, def.fields, def.keys);
  const names = sub.fields.filter((f) => def.fields.includes(f.key));
  let chosen: SheetGrid | undefined;
  if (named !== undefined) {
    chosen = sheets.find((s) => s.name === named);
    if (!chosen) throw new RunProblem("NO_SHEET", { sheet: named, sheets: sheets.map((s) => s.name).join(", ") });
  } else {
    let best = 0;
    const byName = new Set(def.sheetNames.map(normalizeHeader));
    for (const s of sheets) {
      // a roster has no field to be recognised by: its sheet is found by its name
      if (!def.fields.length && !byName.has(normalizeHeader(s.name))) continue;
      if (s.name === main || isJiliSheet(s.name, s.cells)) continue;
      const g = findHeaderRow(s.cells, sub);
      if (!g) continue;
      const holds = !def.fields.length || mapColumns({ ...sub, fields: names }, s.cells[g.row] ?? []).index.size > 0 || (def.wide !== undefined && g.matched > 0);
      const score = g.requiredMatched * 1000 + g.matched;
      if (holds && score > best) [best, chosen] = [score, s];
    }
  }
  if (!chosen) return null;
  const located = locateDataTable(chosen.cells, sub);
  if (!located) throw new RunProblem("NO_HEADER", { sheet: chosen.name, scheme: def.title });
  const flat = { headers: located.headers, rows: located.rows, rowNumbers: located.rowNumbers };
  const long = def.wide ? meltWide(sub, def.wide, flat, { sheet: chosen.name, headerRow: located.headerRow + 1 }) : null;
  return { def, sheet: chosen.name, part: sub, ...(long ?? flat) };
}

/** The table of `table.part`, with its wide columns read long and its joined tables joined; unchanged when it has none. */
export function assembleTable(scheme: SchemeDocument, table: DataTable, sheets: readonly SheetGrid[], options: AssembleOptions = {}): DataTable {
  void scheme;
  const part = table.part;
  if (!part.wide && !part.tables?.length) return table;
  const place = { sheet: table.sheet, headerRow: table.headerRow + 1 };
  const melted = part.wide ? meltWide(part, part.wide, table, place) : null;
  const mainMap = mapColumns(part, (melted ?? table).headers).index;
  // a table is looked for when the main sheet lacks one of its fields (only those are joined: the main sheet's own
  // columns win), when it is a roster, or when the user names its sheet
  const named = options.tableSheets ?? {};
  const wanted = (part.tables ?? []).filter((t) => !t.fields.length || t.fields.some((k) => !mainMap.has(k)) || named[t.id] !== undefined);
  if (!melted && !wanted.length) return table;
  const grid = melted ? startGrid(melted.headers, melted.rows, melted.rowNumbers) : startGrid(table.headers, table.rows.map((r) => r.slice()), [...table.rowNumbers]);
  if (melted) {
    // the week (or month) and its value are read from the wide columns: no one letter of the sheet holds them
    const span = `${columnLetter(melted.wideColumns[0].column)}–${columnLetter(melted.wideColumns[melted.wideColumns.length - 1].column)}`;
    for (const w of melted.wideColumns) grid.columnLetters[w.column] = "";
    grid.columnLetters.length = table.headers.length;
    const width = melted.headers.length;
    grid.columnPlaces[width - 2] = span;
    grid.columnPlaces[width - 1] = span;
  }
  const joins: JoinUse[] = [];
  const notFound: TableLinks["notFound"] = [];
  const onMain: TableLinks["onMain"] = [];
  for (const def of wanted) {
    const missing = def.fields.filter((k) => !mainMap.has(k));
    if (def.fields.length && !missing.length) {
      onMain.push({ table: def.id, title: def.title, sheet: named[def.id] });
      continue;
    }
    const found = findTable(part, def, table.sheet, sheets, named[def.id]);
    const use = found ? joinTable(part, grid, { ...found, def: { ...def, fields: missing } }) : null;
    if (use) joins.push(use);
    else if (def.fields.length) notFound.push({ table: def.id, title: def.title });
  }
  const header = new Map((melted?.wideColumns ?? []).map((w) => [w.column, w.header]));
  const rowLabels = grid.rows.map((_, i) => (melted && i < melted.valueColumns.length ? (header.get(melted.valueColumns[i]) ?? null) : null));
  const links: TableLinks = { rowLabels, rowSheets: grid.rowSheets, rowMarks: grid.rowMarks, columnLetters: grid.columnLetters, columnPlaces: grid.columnPlaces, wide: melted?.wideColumns ?? null, joins, notFound, onMain };
  return { ...table, headers: grid.headers, rows: grid.rows, rowNumbers: grid.rowNumbers, links };
}
