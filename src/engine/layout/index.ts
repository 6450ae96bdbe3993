/** Layout both faces share: where Jili's columns go, how wide they and the summary's columns are, text widths. */
export { displayWidth, isWide } from "./textWidth";
export { FILL_COLUMN_WIDTH, fillColumnWidths, headerStyleSource, placeFillColumns } from "./fillColumns";
export type { ColumnPlacement } from "./fillColumns";
export { summaryChartCells, summaryColumnWidths, summaryNotesRow } from "./summaryLayout";
export type { ChartCells } from "./summaryLayout";
