/** The look of Jili's summary sheet that both faces write: column widths from the texts they hold. */
import type { CellOut, SummaryTable } from "../report/fillPlan";
import { displayWidth } from "./textWidth";

/** Summary columns are never narrower than a short number nor wider than a screenful. */
const SUMMARY_MIN_WIDTH = 8;
const SUMMARY_MAX_WIDTH = 60;
/** room for Excel's cell padding and a filter button */
const CELL_PADDING = 2;

const textOf = (v: CellOut) => (v === null || v === undefined ? "" : String(v));

/** Width of each summary column in Excel characters: its widest cell plus padding, between 8 and 60. */
export function summaryColumnWidths(table: Pick<SummaryTable, "headers" | "rows">): number[] {
  return table.headers.map((header, c) => {
    let widest = displayWidth(textOf(header));
    for (const line of table.rows) widest = Math.max(widest, displayWidth(textOf(line[c])));
    return Math.min(SUMMARY_MAX_WIDTH, Math.max(SUMMARY_MIN_WIDTH, widest + CELL_PADDING));
  });
}

/** The chart stands one column right of the table, from row 2, nine columns wide and 18 to 40 rows tall. */
const CHART_GAP_COLUMNS = 1;
const CHART_WIDTH_COLUMNS = 9;
const CHART_MIN_LAST_ROW = 18;
const CHART_MAX_LAST_ROW = 40;

/** Cells a summary's chart covers: the first and last, 0-based columns and 1-based rows. */
export interface ChartCells {
  first: { col: number; row: number };
  last: { col: number; row: number };
}

/** Where the summary's chart goes, for a table of `columns` columns and `rows` data rows. */
export function summaryChartCells(columns: number, rows: number): ChartCells {
  const col = columns + CHART_GAP_COLUMNS;
  return {
    first: { col, row: 2 },
    last: { col: col + CHART_WIDTH_COLUMNS - 1, row: Math.max(CHART_MIN_LAST_ROW, Math.min(CHART_MAX_LAST_ROW, rows + 4)) },
  };
}

/** The 1-based sheet row of the summary's first note: after the header, the rows and one blank row. */
export function summaryNotesRow(rows: number): number {
  return rows + 3;
}
