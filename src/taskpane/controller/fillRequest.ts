import { FILL_COLUMN_WIDTH, fillForMainSheet, FillPlan, headerStyleSource, Lang, placeFillColumns, RawCell } from "../../engine";
import type { FillRequest, SheetSnapshot } from "../../excel/port";
import type { DataTable } from "./locate";

const isBlank = (c: RawCell) => c === null || c === undefined || c === "";

/**
 * The fill as Office.js calls will make it: where each column goes and how wide it is are the engine's rule. Only the
 * main sheet is written, with the engine's rows for it (fillForMainSheet): a wide row's weeks share its one row, and
 * a row found only in a joined table is in the summary, never on the main sheet or on the joined table's sheet.
 */
export function buildFillRequest(table: DataTable, plan: FillPlan, snapshot: SheetSnapshot, lang: Lang): FillRequest {
  const onSheet = fillForMainSheet(table, plan, lang);
  const placement = placeFillColumns(table.ownedHeaders, onSheet.columns.map((c) => c.header), snapshot.lastColumn);
  const headerCells = snapshot.cells[table.headerRow] ?? [];
  const filled = headerCells.flatMap((c, i) => (isBlank(c) ? [] : [i]));
  return {
    sheet: table.sheet,
    headerRow: table.headerRow + 1,
    rowNumbers: onSheet.rowNumbers,
    lastRow: Math.max(snapshot.lastRow, table.headerRow + 1, ...onSheet.rowNumbers.slice(-1)),
    columns: onSheet.columns.map((c, i) => ({ col: placement.slots[i], header: c.header, kind: c.kind, numberFormat: c.numberFormat, width: FILL_COLUMN_WIDTH[c.kind], values: c.values })),
    clearColumns: placement.clear,
    headerStyleFrom: headerStyleSource(filled, placement.jili),
    summary: plan.summary,
    lang,
  };
}
