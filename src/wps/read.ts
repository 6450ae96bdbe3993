import { isDateFormat, serialToDate, type RawCell } from "../engine";
import { rangeAddress } from "../excel/address";
import type { Progress, SheetList, SheetSnapshot } from "../excel/port";
import { XL, type EtApplication, type EtWorksheet } from "./et";
import { pause } from "./errors";
import { findSheet } from "./sheets";
import { columnFormats, rawCell, rowsOf } from "./values";

/** cells per block: one Value2 read each, and a pause between blocks so the pane can draw its progress */
export const CELLS_PER_BLOCK = 120_000;
const MAX_COLUMN = 16383;

/**
 * Reads the active sheet as the Excel adapter does (src/excel/read.ts): cells from A1, an empty cell null, a number
 * shown with a date format the Date it shows (by the workbook's own date system, which ET names: Workbook.Date1904),
 * the table around the active cell, whether some rows are hidden. Values in blocks of rows; formats only for columns
 * of a block that hold numbers.
 */
export function readActiveSheet(app: EtApplication, onProgress?: (p: Progress) => void): Promise<SheetSnapshot> {
  return readWorksheet(app, app.ActiveWorkbook.ActiveSheet, true, onProgress);
}

/** The sheets as the Excel adapter lists them (src/excel/read.ts): every sheet but the very hidden ones, in tab order. */
export function listSheets(app: EtApplication): SheetList {
  const book = app.ActiveWorkbook;
  const all = book.Sheets;
  const sheets: string[] = [];
  for (let i = 1; i <= all.Count; i++) {
    const ws = all.Item(i);
    if (ws.Visible !== XL.sheetVeryHidden) sheets.push(ws.Name);
  }
  return { sheets, active: book.ActiveSheet.Name };
}

/**
 * Reads the named sheets as the active one is read, without a table (a joined table is the sheet's used range); a
 * name no sheet has any more is left out. The progress names the sheet; a pause between sheets lets the pane draw.
 */
export async function readSheets(app: EtApplication, names: readonly string[], onProgress?: (p: Progress) => void): Promise<SheetSnapshot[]> {
  const out: SheetSnapshot[] = [];
  for (const name of names) {
    const ws = findSheet(app.ActiveWorkbook, name);
    if (!ws) continue;
    const sheet = ws.Name;
    out.push(await readWorksheet(app, ws, false, onProgress && ((p) => onProgress({ ...p, sheet }))));
    await pause();
  }
  return out;
}

/** One sheet's used range in blocks; `activeTable`: also the table (ListObject) around the active cell. */
async function readWorksheet(app: EtApplication, ws: EtWorksheet, activeTable: boolean, onProgress?: (p: Progress) => void): Promise<SheetSnapshot> {
  const book = app.ActiveWorkbook;
  const used = ws.UsedRange;
  const top = used.Row;
  const left = used.Column - 1;
  const height = used.Rows.Count;
  const width = used.Columns.Count;
  const bottom = top + height - 1;
  const right = left + width - 1;
  const date1904 = book.Date1904 === true;
  // Hidden of several rows: true all hidden, false none, null some
  const someRowsHidden = used.EntireRow.Hidden !== false;
  const formats = new Map<string, boolean>();
  const isDate = (f: string | null) => {
    if (f === null) return false;
    let d = formats.get(f);
    if (d === undefined) formats.set(f, (d = isDateFormat(f)));
    return d;
  };

  const cells: RawCell[][] = [];
  let lastRow = 0;
  let lastCol = -1;
  const perBlock = Math.max(1, Math.floor(CELLS_PER_BLOCK / width));
  for (let r0 = top; r0 <= bottom; r0 += perBlock) {
    const r1 = Math.min(bottom, r0 + perBlock - 1);
    const block = rowsOf(ws.Range(rangeAddress(left, r0, right, r1)).Value2);
    for (let j = 0; j < width; j++) {
      const hasNumber = block.some((line) => typeof line[j] === "number");
      const fmts = hasNumber ? columnFormats(ws.Range(rangeAddress(left + j, r0, left + j, r1)), r1 - r0 + 1) : null;
      for (let i = 0; i < block.length; i++) {
        const v = block[i][j];
        const line = cells[r0 - 1 + i] ?? (cells[r0 - 1 + i] = []);
        const cell = typeof v === "number" && fmts && isDate(fmts[i]) ? serialToDate(v, date1904) : rawCell(v);
        line[left + j] = cell;
        if (cell !== null) {
          lastRow = Math.max(lastRow, r0 + i);
          lastCol = Math.max(lastCol, left + j);
        }
      }
    }
    onProgress?.({ phase: "read", done: r1, total: bottom });
    if (r1 < bottom) await pause();
  }

  const list = activeTable ? app.ActiveCell.ListObject : null;
  let table: SheetSnapshot["table"] = null;
  if (list) {
    const t = list.Range;
    table = { name: list.Name, top: t.Row, left: t.Column - 1, bottom: t.Row + t.Rows.Count - 1, right: t.Column + t.Columns.Count - 2 };
  }
  const empty = lastRow === 0;
  const grid: RawCell[][] = [];
  for (let r = 0; r < lastRow; r++) grid.push(Array.from({ length: lastCol + 1 }, (_, c) => cells[r]?.[c] ?? null));
  // formats count for where Jili appends (as the CLI counts styled cells), unless whole rows are formatted out to XFD
  const lastColumn = empty && width === 1 && height === 1 ? -1 : right >= MAX_COLUMN - 256 ? lastCol : right;
  return { sheet: ws.Name, cells: empty ? [] : grid, lastRow, lastColumn, table, someRowsHidden };
}
