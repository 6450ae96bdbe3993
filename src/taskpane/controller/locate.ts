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

const blank = (c: RawCell) => c === null || c === undefined || c === "";

/**
 * The table without the blank columns at its right: Jili's own columns (which the engine blanks) and the empty cells
 * of a used range made wider by a format. The same data then reads as the same table — and hashes to the same run
 * stamp — whether or not a fill has written its columns beside it. A column with a header or any value stays.
 */
export function withoutBlankRight<T extends EngineDataTable>(table: T): T {
  let width = 0;
  const reach = (line: readonly RawCell[]) => {
    for (let i = line.length - 1; i >= width; i--) {
      if (!blank(line[i])) {
        width = i + 1;
        return;
      }
    }
  };
  reach(table.headers);
  for (const row of table.rows) reach(row);
  if (table.headers.length <= width && table.rows.every((r) => r.length <= width)) return table;
  return { ...table, headers: table.headers.slice(0, width), rows: table.rows.map((r) => (r.length > width ? r.slice(0, width) : r)) };
}

/** Picks the part (guessed from the header unless given), finds the header row and cuts out the data rows. */
export function locateTable(scheme: SchemeDocument, snapshot: SheetSnapshot, partId?: string): DataTable {
  const headerRow = snapshot.table ? snapshot.table.top - 1 : undefined;
  const located = withoutBlankRight(refusedAsPaneError(() => locateOnSheet(scheme, { name: snapshot.sheet, cells: cellsOf(snapshot) }, { part: partId, headerRow })));
  return { ...located, tableName: snapshot.table?.name ?? null, sheetRows: located.rows.length };
}
