import { RawCell } from "../values/parseNumber";

/** The rows of one sheet or CSV as read: a header row and data rows, cells as they came. */
export interface InputTable {
  headers: RawCell[];
  rows: RawCell[][];
  /** sheet row number of each data row, for messages; default 2, 3, … (header on row 1) */
  rowNumbers?: number[];
  /** header text of each column for messages; default the header cells */
  columnLetters?: string[];
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
