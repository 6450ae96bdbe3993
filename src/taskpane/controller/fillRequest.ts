import { FILL_COLUMN_WIDTH, FillPlan, headerStyleSource, Lang, placeFillColumns, RawCell } from "../../engine";
import type { FillRequest, SheetSnapshot } from "../../excel/port";
import type { DataTable } from "./locate";

const isBlank = (c: RawCell) => c === null || c === undefined || c === "";

/** The fill as Office.js calls will make it: where each column goes and how wide it is are the engine's rule. */
export function buildFillRequest(table: DataTable, plan: FillPlan, snapshot: SheetSnapshot, lang: Lang): FillRequest {
  const placement = placeFillColumns(table.ownedHeaders, plan.columns.map((c) => c.header), snapshot.lastColumn);
  const headerCells = snapshot.cells[table.headerRow] ?? [];
  const filled = headerCells.flatMap((c, i) => (isBlank(c) ? [] : [i]));
  return {
    sheet: table.sheet,
    headerRow: table.headerRow + 1,
    rowNumbers: table.rowNumbers,
    lastRow: Math.max(snapshot.lastRow, table.headerRow + 1, ...table.rowNumbers.slice(-1)),
    columns: plan.columns.map((c, i) => ({ col: placement.slots[i], header: c.header, kind: c.kind, numberFormat: c.numberFormat, width: FILL_COLUMN_WIDTH[c.kind], values: c.values })),
    clearColumns: placement.clear,
    headerStyleFrom: headerStyleSource(filled, placement.jili),
    summary: plan.summary,
    lang,
  };
}
