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
