import { FillPlan, Lang, RawCell } from "../../engine";
import type { FillRequest, SheetSnapshot } from "../../excel/port";
import type { DataTable } from "./locate";

const WIDTH = { output: 14, status: 24, explanation: 60 } as const;

/**
 * Where each of the plan's columns goes, by the command line's rule (src/cli/xlsx/fill.ts): a column whose header
 * is already Jili's keeps its place, other Jili columns are reused left to right, the rest are appended to the
 * right of every used cell. Jili columns left over are cleared.
 */
export function buildFillRequest(table: DataTable, plan: FillPlan, snapshot: SheetSnapshot, lang: Lang): FillRequest {
  const owned = new Map(table.ownedHeaders);
  const slots = new Map<number, number>();
  plan.columns.forEach((c, i) => {
    for (const [col, header] of owned)
      if (header === c.header) {
        slots.set(i, col);
        owned.delete(col);
        break;
      }
  });
  const freeOwned = [...owned.keys()].sort((a, b) => a - b);
  let next = snapshot.lastColumn + 1;
  plan.columns.forEach((_, i) => {
    if (slots.has(i)) return;
    const col = freeOwned.shift();
    slots.set(i, col !== undefined ? col : next++);
  });
  const used = new Set(slots.values());
  const clearColumns = [...table.ownedHeaders.keys()].filter((c) => !used.has(c));
  const jili = new Set([...used, ...table.ownedHeaders.keys()]);
  const blank = (c: RawCell) => c === null || c === undefined || c === "";
  const headerCells = snapshot.cells[table.headerRow] ?? [];
  let headerStyleFrom: number | null = null;
  headerCells.forEach((c, i) => {
    if (!jili.has(i) && !blank(c)) headerStyleFrom = i;
  });
  return {
    sheet: table.sheet,
    headerRow: table.headerRow + 1,
    rowNumbers: table.rowNumbers,
    lastRow: Math.max(snapshot.lastRow, table.headerRow + 1, ...table.rowNumbers.slice(-1)),
    columns: plan.columns.map((c, i) => ({ col: slots.get(i) as number, header: c.header, kind: c.kind, numberFormat: c.numberFormat, width: WIDTH[c.kind], values: c.values })),
    clearColumns,
    headerStyleFrom,
    summary: plan.summary,
    lang,
  };
}
