import { rangeAddress } from "../excel/address";
import { SETTINGS_SHEET, settingsFromRows, SheetSettings } from "../excel/settings";
import { XL, type EtApplication, type EtRange, type EtScalar } from "./et";
import { addSheet, findSheet } from "./sheets";

/** Rows × columns from A1 to the used range's far corner. */
function extent(used: EtRange): { rows: number; cols: number } {
  return { rows: used.Row + used.Rows.Count - 1, cols: used.Column + used.Columns.Count - 1 };
}

/** The settings sheet's cells as rows (Value2 from A1). */
function readRows(app: EtApplication): unknown[][] | null {
  const ws = findSheet(app.ActiveWorkbook, SETTINGS_SHEET);
  if (!ws) return null;
  const { rows, cols } = extent(ws.UsedRange);
  const v = ws.Range(rangeAddress(0, 1, cols - 1, rows)).Value2;
  return Array.isArray(v) ? v : [[v]];
}

/**
 * Writes the rows over the settings sheet (added, very hidden, the first time), blanking what the last save left
 * beyond them; the cells are formatted as text first so a value is never turned into a number or a date.
 */
function writeRows(app: EtApplication, rows: string[][]): void {
  const book = app.ActiveWorkbook;
  let ws = findSheet(book, SETTINGS_SHEET);
  const old = ws ? extent(ws.UsedRange) : { rows: 0, cols: 0 };
  if (!ws) {
    ws = addSheet(app, SETTINGS_SHEET);
    ws.Visible = XL.sheetVeryHidden;
  }
  const height = Math.max(rows.length, old.rows);
  const width = Math.max(old.cols, ...rows.map((r) => r.length));
  const range = ws.Range(rangeAddress(0, 1, width - 1, height));
  range.NumberFormat = "@";
  range.Value2 = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c): EtScalar => rows[r]?.[c] ?? ""));
}

/** Jili's settings of the active workbook, read once (the object model is synchronous) and written on every save. */
export function wpsSettings(app: EtApplication): SheetSettings {
  const rows = readRows(app);
  const values = (rows && settingsFromRows(rows)) ?? new Map<string, unknown>();
  return new SheetSettings(values, async (out) => writeRows(app, out));
}
