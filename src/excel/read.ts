/// <reference types="office-js" />
import { isDateFormat, serialToDate, type RawCell } from "../engine";
import { colLetters } from "./address";
import type { Progress, SheetList, SheetSnapshot } from "./port";

/** The first block is read together with the sheet's size, so a sheet up to this size costs one round trip. */
export const FIRST_BLOCK = { rows: 1200, columns: 100 };
/**
 * Later blocks hold at most this many cells: their values and number formats come to ≈ 2–4 MB of JSON, under Excel
 * on the web's 5 MB response limit.
 */
export const CELLS_PER_BLOCK = 120_000;
const MAX_COLUMN = 16383;

interface Dims {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Whether a format shows a date, remembered per format text (a sheet uses a handful of formats). */
function dateFormats(): (format: unknown) => boolean {
  const seen = new Map<unknown, boolean>();
  return (format) => {
    let d = seen.get(format);
    if (d === undefined) seen.set(format, (d = isDateFormat(format)));
    return d;
  };
}

/**
 * Places a block of `values` (with its `numberFormat`) in the grid as the command line reads the same cells from
 * the .xlsx file: an empty cell ("" in Office.js) is null, and a number shown with a date format — which `values`
 * gives as a bare serial — is the Date it shows, by the file reader's rule (src/engine/input/cellFormat.ts).
 */
function place(cells: RawCell[][], block: Dims, values: unknown[][], formats: unknown[][] | undefined, isDate: (format: unknown) => boolean, date1904: boolean): void {
  for (let i = 0; i < values.length; i++) {
    const r = block.rowIndex + i;
    const line = cells[r] ?? (cells[r] = []);
    const src = values[i];
    const fmt = formats?.[i];
    for (let j = 0; j < src.length; j++) {
      const v = src[j];
      line[block.columnIndex + j] = v === "" || v === undefined ? null : typeof v === "number" && isDate(fmt?.[j]) ? serialToDate(v, date1904) : (v as RawCell);
    }
  }
}

/** Pads every row to full width with nulls so that a row is never sparse. */
function fill(cells: RawCell[][], rows: number, columns: number): RawCell[][] {
  for (let r = 0; r < rows; r++) {
    const line = cells[r] ?? (cells[r] = []);
    for (let c = 0; c < columns; c++) if (line[c] === undefined) line[c] = null;
  }
  return cells;
}

/**
 * Reads the active sheet's values (with their number formats, for dates): sheet size, the first block and the
 * active table in one sync; a larger sheet follows in blocks of CELLS_PER_BLOCK cells, one sync each (never one
 * per row).
 */
export function readActiveSheet(context: Excel.RequestContext, onProgress?: (p: Progress) => void): Promise<SheetSnapshot> {
  return readWorksheet(context, context.workbook.worksheets.getActiveWorksheet(), true, onProgress);
}

/**
 * The workbook's sheets as the pane lists them for tables kept on sheets of their own: every sheet but the very
 * hidden ones (Jili's settings), in tab order, and the active one. One sync.
 */
export async function listSheets(context: Excel.RequestContext): Promise<SheetList> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  return { sheets: sheets.items.filter((ws) => ws.visibility !== "VeryHidden").map((ws) => ws.name), active: active.name };
}

/**
 * Reads the named sheets as the active one is read (the same blocks, dates and blanks; no Excel table: a joined
 * table is the sheet's used range): one sync finds them (a name no sheet has any more is left out), then one sync
 * per sheet up to FIRST_BLOCK and one per further block. The progress names the sheet.
 */
export async function readSheets(context: Excel.RequestContext, names: readonly string[], onProgress?: (p: Progress) => void): Promise<SheetSnapshot[]> {
  const found = names.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    return ws;
  });
  await context.sync();
  const out: SheetSnapshot[] = [];
  for (const ws of found) {
    if (ws.isNullObject) continue;
    const sheet = ws.name;
    out.push(await readWorksheet(context, ws, false, onProgress && ((p) => onProgress({ ...p, sheet }))));
  }
  return out;
}

/** One sheet's used range in blocks; `activeTable`: also the Excel table holding the active cell (the active sheet only). */
async function readWorksheet(context: Excel.RequestContext, sheet: Excel.Worksheet, activeTable: boolean, onProgress?: (p: Progress) => void): Promise<SheetSnapshot> {
  sheet.load("name");
  // with formats: where Jili may append; values only: what is read
  const used = sheet.getUsedRange(false);
  used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  const data = sheet.getUsedRange(true);
  data.load("rowIndex,columnIndex,rowCount,columnCount");
  const first = data.getIntersectionOrNullObject(sheet.getRange(`A1:${colLetters(FIRST_BLOCK.columns - 1)}${FIRST_BLOCK.rows}`));
  first.load("values,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
  const tables = activeTable ? context.workbook.getActiveCell().getTables(false).getCount() : null;
  // `values` gives date serials in the workbook's own date system, which Office.js names nowhere: DATE(1904,1,1) is
  // 0 in the 1904 system (a Mac workbook's option) and 1462 in the 1900 one
  const epoch1904 = context.workbook.functions.date(1904, 1, 1);
  epoch1904.load("value");
  await context.sync();
  const date1904 = epoch1904.value === 0;

  const cells: RawCell[][] = [];
  const isDate = dateFormats();
  const lastDataRow = data.rowIndex + data.rowCount; // 0-based exclusive
  const lastDataCol = data.columnIndex + data.columnCount;
  const total = Math.max(0, lastDataRow);
  let startRow = data.rowIndex;
  if (!first.isNullObject) {
    if (lastDataCol <= FIRST_BLOCK.columns) {
      place(cells, first, first.values, first.numberFormat, isDate, date1904);
      startRow = FIRST_BLOCK.rows;
    }
  }
  onProgress?.({ phase: "read", done: Math.min(startRow, total), total });
  const perBlock = Math.max(1, Math.floor(CELLS_PER_BLOCK / Math.max(1, data.columnCount)));
  for (let r = startRow; r < lastDataRow; r += perBlock) {
    const rows = Math.min(perBlock, lastDataRow - r);
    const block = sheet.getRangeByIndexes(r, data.columnIndex, rows, data.columnCount);
    block.load("values,numberFormat");
    await context.sync();
    place(cells, { rowIndex: r, columnIndex: data.columnIndex, rowCount: rows, columnCount: data.columnCount }, block.values, block.numberFormat, isDate, date1904);
    onProgress?.({ phase: "read", done: r + rows, total });
  }

  let table: SheetSnapshot["table"] = null;
  if (tables && tables.value > 0) {
    const t = context.workbook.getActiveCell().getTables(false).getFirst();
    t.load("name");
    const range = t.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    table = { name: t.name, top: range.rowIndex + 1, left: range.columnIndex, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount - 1 };
  }
  const isEmpty = data.rowCount === 1 && data.columnCount === 1 && (cells[data.rowIndex]?.[data.columnIndex] ?? null) === null;
  // formats count for where Jili appends (as the CLI counts styled cells), unless whole rows are formatted out to XFD
  const usedRight = used.columnIndex + used.columnCount - 1;
  const lastColumn = isEmpty && used.rowCount === 1 && used.columnCount === 1 ? -1 : usedRight >= MAX_COLUMN - 256 ? lastDataCol - 1 : usedRight;
  return {
    sheet: sheet.name,
    cells: isEmpty ? [] : fill(cells, lastDataRow, lastDataCol),
    // values only: stale values in Jili's columns are values, and formatted whole columns must not mean a million rows
    lastRow: isEmpty ? 0 : lastDataRow,
    lastColumn,
    table,
    // rowHidden is null when some rows of the range are hidden and others not
    someRowsHidden: used.rowHidden !== false,
  };
}
