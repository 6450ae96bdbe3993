import { RawCell } from "../values/parseNumber";
import type { AssemblyMark } from "../tables/grid";

/** The rows of one sheet or CSV as read: a header row and data rows, cells as they came. */
export interface InputTable {
  headers: RawCell[];
  rows: RawCell[][];
  /** sheet row number of each data row, for messages; default 2, 3, … (header on row 1) */
  rowNumbers?: number[];
  /** the letter of each column on its sheet, for messages; "" for a column not on the sheet (a joined value) */
  columnLetters?: string[];
  /** per row: the sheet it came from when not the main sheet (a row only in a joined table), else null */
  rowSheets?: (string | null)[];
  /** per row: the wide column it was read from (第1周), when the table was laid out wide */
  rowLabels?: (string | null)[];
  /** per row: findings of putting the table together from several sheets (engine/tables) */
  rowMarks?: (AssemblyMark[] | undefined)[];
}

/** Manual column choice: field key → header text or 0-based column index. */
export type ColumnOverrides = Record<string, string | number>;

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
