/**
 * The table a part is computed from while it is being put together from several sheets: the main sheet's rows
 * (a wide table's rows already read as long rows), joined values in columns appended after the sheet's own, and
 * rows found only in a joined table after the main sheet's rows. Each row remembers where it came from.
 */
import type { RawCell } from "../values/parseNumber";
import { columnLetter } from "../evaluate/table";

/** A finding of the assembly about one row: no partner row, partners that disagree, a row only in a joined table. */
export interface AssemblyMark {
  status: "invalid" | "warning" | "note";
  code: string;
  /** the sheet the finding is about */
  detail: string;
  /** the key, or what disagrees */
  value: string;
}

export interface AssemblingGrid {
  headers: RawCell[];
  rows: RawCell[][];
  /** sheet row number (1-based) of each row, on the sheet `rowSheets` names (null: the main sheet) */
  rowNumbers: number[];
  rowSheets: (string | null)[];
  rowMarks: (AssemblyMark[] | undefined)[];
  /** the letter of each column on the main sheet; "" for a column that is not one of its own */
  columnLetters: string[];
  /** where each column is, for the column report: its letter, `贡献率!C` for a joined one, `C–G` for a wide one */
  columnPlaces: string[];
}

/** The main sheet's table as the start of an assembly. */
export function startGrid(headers: RawCell[], rows: RawCell[][], rowNumbers: number[]): AssemblingGrid {
  // every row: a cell beyond the header on any row must not share a column with a value Jili appends
  let width = headers.length;
  for (const r of rows) if (r.length > width) width = r.length;
  return {
    headers: [...headers],
    rows,
    rowNumbers,
    rowSheets: new Array(rows.length).fill(null),
    rowMarks: new Array(rows.length),
    columnLetters: Array.from({ length: width }, (_, i) => columnLetter(i)),
    columnPlaces: Array.from({ length: width }, (_, i) => columnLetter(i)),
  };
}

/** Appends a column that is not the main sheet's own (a joined value, a wide table's week); returns its index. */
export function addColumn(grid: AssemblingGrid, header: string, place: string): number {
  const at = Math.max(grid.headers.length, grid.columnLetters.length);
  grid.headers[at] = header;
  grid.columnLetters[at] = "";
  grid.columnPlaces[at] = place;
  return at;
}

export function markRow(grid: AssemblingGrid, i: number, mark: AssemblyMark): void {
  (grid.rowMarks[i] ??= []).push(mark);
}
