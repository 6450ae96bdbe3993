import { DataTable as EngineDataTable, locateOnSheet, RawCell, SchemeDocument } from "../../engine";
import { refusedAsPaneError } from "../../excel/errors";
import type { SheetSnapshot } from "../../excel/port";

/** The table Jili evaluates, cut out of the sheet by the engine's rule, the one the command line follows. */
export interface DataTable extends EngineDataTable {
  /** the Excel table it came from, if any */
  tableName: string | null;
  /** data rows on the main sheet (a wide table's rows are read as several long rows, a joined table may add rows) */
  sheetRows: number;
}

/** A table on the sheet limits the data to its own cells, and its first row is the header. */
function cellsOf(snapshot: SheetSnapshot): RawCell[][] {
  const t = snapshot.table;
  if (!t) return snapshot.cells;
  return snapshot.cells.map((line, r) => (r + 1 < t.top || r + 1 > t.bottom ? [] : line.map((c, i) => (i < t.left || i > t.right ? null : c))));
}

/** Picks the part (guessed from the header unless given), finds the header row and cuts out the data rows. */
export function locateTable(scheme: SchemeDocument, snapshot: SheetSnapshot, partId?: string): DataTable {
  const headerRow = snapshot.table ? snapshot.table.top - 1 : undefined;
  const located = refusedAsPaneError(() => locateOnSheet(scheme, { name: snapshot.sheet, cells: cellsOf(snapshot) }, { part: partId, headerRow }));
  return { ...located, tableName: snapshot.table?.name ?? null, sheetRows: located.rows.length };
}
