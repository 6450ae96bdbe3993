// What a fill writes into the data sheet: where the plan's columns go, which user cells stop it, and the rows' new cells.
import { fillColumnWidths, FillPlan, Lang, placeFillColumns } from "../../engine";
import { CliError } from "../messages";
import { dataCells } from "./dataCells";
import { CELL_EMPTY, CELL_FORMULA, cellStartTag, maxColumn, SheetLayout } from "./sheetLayout";
import { withColumnWidths, withDimension } from "./sheetHead";
import { StylePatcher } from "./styles";
import { SheetEdit } from "./writeSheet";
import { attrs, colLetters } from "./xml";

/** Where the plan goes on the data sheet. */
export interface XlsxTarget {
  /** the data sheet's name */
  sheet: string;
  /** 1-based sheet row of the header */
  headerRow: number;
  /** 1-based sheet row of each data row, in the order of the plan's values */
  rowNumbers: number[];
  /** 0-based column → header text of the columns Jili already owns on this sheet */
  ownedHeaders: Map<number, string>;
}

/** the largest number of a long list (Math.max(...list) would pass 100 000 arguments) */
function largest(list: number[]): number {
  let max = 0;
  for (const n of list) if (n > max) max = n;
  return max;
}

/**
 * The edit of the data sheet for a plan, after refusing (CliError) a merged range or a formula where Jili would
 * write. Number formats the plan's columns need are added to `styles`.
 */
export function dataSheetEdit(sheet: SheetLayout, target: XlsxTarget, plan: FillPlan, styles: StylePatcher | null, lang: Lang): SheetEdit {
  const p = sheet.prefix;
  const { slots, clear } = placeFillColumns(target.ownedHeaders, plan.columns.map((c) => c.header), maxColumn(sheet));
  // plan row of each sheet row (-1: none), by row number: one typed array instead of a Set and a Map of 100 000 rows
  const lastRow = Math.max(target.headerRow, largest(target.rowNumbers));
  const rowIndex = new Int32Array(lastRow + 1).fill(-1);
  target.rowNumbers.forEach((row, k) => (rowIndex[row] = k));
  refuseMerged(sheet, target, plan, slots);
  const jiliColumns = [...slots, ...clear];
  const ownedMask = new Uint8Array(Math.max(0, ...jiliColumns) + 1);
  for (const col of jiliColumns) ownedMask[col] = 1;
  const headerCell = checkedHeaderCell(sheet, target, ownedMask, rowIndex, lastRow, lang);
  const headerStyleAttr = headerCell >= 0 ? attrs(cellStartTag(sheet, headerCell)).s : undefined;
  const headerStyle = headerStyleAttr !== undefined ? Number(headerStyleAttr) : undefined;
  const columnStyles = plan.columns.map((column) => (column.numberFormat && styles ? styles.xf(column.numberFormat) : undefined));
  // Jili's columns in sheet order
  const order = plan.columns.map((_, i) => i).sort((a, b) => slots[a] - slots[b]);
  const letters = slots.map((col) => colLetters(col));
  const maxRow = lastWrittenRow(target, plan);
  const writtenRows: number[] = [];
  for (let row = 0; row <= lastRow; row++) if (row === target.headerRow || rowIndex[row] >= 0) writtenRows.push(row);
  const widths = fillColumnWidths(plan.columns, slots);
  return {
    owned: ownedMask,
    slots,
    fromRow: target.headerRow,
    rows: writtenRows,
    cellsOf: dataCells({ prefix: p, plan, slots, letters, order, columnStyles, headerRow: target.headerRow, headerStyle, rowIndex, lastRow }),
    head: (xml) => withColumnWidths(withDimension(xml, p, Math.max(...slots), maxRow), p, widths),
  };
}

/** Never write over a user's merged range: a cell of Jili's columns in the header or a data row inside one is refused. */
function refuseMerged(sheet: SheetLayout, target: XlsxTarget, plan: FillPlan, slots: number[]): void {
  // the columns in the order they were placed, those keeping their header's column first (the first found is named)
  const kept = (i: number) => target.ownedHeaders.get(slots[i]) === plan.columns[i].header;
  const placed = [...slots.filter((_, i) => kept(i)), ...slots.filter((_, i) => !kept(i))];
  for (const col of placed) {
    const across = sheet.merges.filter((m) => col >= m.left && col <= m.right);
    if (!across.length) continue;
    for (const row of [target.headerRow, ...target.rowNumbers]) {
      const merge = across.find((m) => row >= m.top && row <= m.bottom);
      if (merge) throw new CliError("cellMerged", { sheet: target.sheet, cell: `${colLetters(col)}${row}`, range: `${colLetters(merge.left)}${merge.top}:${colLetters(merge.right)}${merge.bottom}` });
    }
  }
}

/**
 * Refuses a formula in Jili's columns on a row Jili writes (formulas are the user's), and finds the last user cell
 * of the header row with something in it (-1: none): its style heads Jili's columns.
 */
function checkedHeaderCell(sheet: SheetLayout, target: XlsxTarget, ownedMask: Uint8Array, rowIndex: Int32Array, lastRow: number, lang: Lang): number {
  let headerCell = -1;
  for (let k = 0; k < sheet.rowCount; k++) {
    const row = sheet.rowNum[k];
    if (row < target.headerRow) continue;
    const targeted = row === target.headerRow || (row <= lastRow && rowIndex[row] >= 0);
    for (let c = sheet.rowFirstCell[k]; c < sheet.rowFirstCell[k + 1]; c++) {
      const col = sheet.cellCol[c];
      if (col < ownedMask.length && ownedMask[col] === 1) {
        if (targeted && sheet.cellFlags[c] & CELL_FORMULA) throw new CliError("cellTaken", { sheet: target.sheet, cell: `${colLetters(col)}${row}`, detail: lang === "zh-CN" ? "公式" : "a formula" });
      } else if (row === target.headerRow && !(sheet.cellFlags[c] & CELL_EMPTY)) headerCell = c;
    }
  }
  return headerCell;
}

/** The last row Jili writes a value into (the header row at least), for the sheet's dimension. */
function lastWrittenRow(target: XlsxTarget, plan: FillPlan): number {
  const values = plan.columns.map((c) => c.values);
  let maxRow = target.headerRow;
  // from the end: in the usual ascending sheet, the last row with a value settles it
  for (let k = target.rowNumbers.length - 1; k >= 0; k--) {
    const row = target.rowNumbers[k];
    if (row > maxRow && values.some((v) => v[k] !== null && v[k] !== "")) maxRow = row;
  }
  return maxRow;
}
