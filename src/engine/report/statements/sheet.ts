// The laid-out statement sheet: typed cells, merges, sizes, page breaks and print settings, for either writer.
import { CellOut } from "../fillPlan";
import { PrintSettings } from "./print";
import { StatementStyle } from "./styles";

export interface SheetCell {
  value: CellOut;
  style: StatementStyle;
  /** number format; "@" keeps a text (2016-01, 00123, a phone number) from being read as a number or date */
  numberFormat: string | null;
}

export interface StatementSheet {
  /** a valid Excel sheet name, ≤ 31 characters, Jili's own prefix */
  name: string;
  /** widths of the columns in Excel characters */
  columnWidths: number[];
  /** rows[r][c]: sheet row r + 1, column c; null leaves the cell empty */
  rows: (SheetCell | null)[][];
  /** merged ranges, each on one row: 1-based row, 0-based first and last column */
  merges: { row: number; left: number; right: number }[];
  /**
   * row heights in points where a wrapped cell needs more than one line (estimated from the text's width), else
   * null. The command line writes them; Excel's own autofit does the same in the task pane.
   */
  rowHeights: (number | null)[];
  /** 1-based rows that start a new page: the first row of each statement after the first */
  pageBreaks: number[];
  print: PrintSettings;
  /** where each statement sits (1-based rows) and its total, for the writers' progress and the tests */
  blocks: { subject: string; top: number; bottom: number; totalRow: number | null; total: number | null }[];
}

/** The rows an Excel (and WPS) worksheet holds: a statements layout longer than this cannot be written as one sheet. */
export const SHEET_MAX_ROWS = 1_048_576;

/**
 * The manual page breaks a sheet may hold: Excel stores at most 1 023 row breaks ([MS-XLSB] 2.4.196 BrtBeginRwBrk,
 * ibrkMac; Microsoft's "Excel specifications and limits" gives 1 026 for both directions), and a statements sheet
 * has one before each statement but the first.
 */
export const SHEET_MAX_PAGE_BREAKS = 1023;

/** Whether a statements layout fits one worksheet. */
export function fitsOneSheet(sheet: Pick<StatementSheet, "rows">): boolean {
  return sheet.rows.length <= SHEET_MAX_ROWS;
}

export interface LayoutOptions {
  /** the sheet name (default Jili个人明细 / Jili Statements), made valid and unique against `taken` */
  name?: string;
  taken?: (name: string) => boolean;
}
