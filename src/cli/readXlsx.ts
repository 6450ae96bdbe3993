import ExcelJS from "exceljs";
import { RawCell } from "../engine";

export interface SheetCells {
  name: string;
  /** cells by 0-based row and column: cells[r][c] is sheet row r+1, column c+1 */
  cells: RawCell[][];
}

/** What a cell shows, as the engine reads it: formulas give their cached result, rich text its plain text. */
export function cellValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v === "" ? null : v;
  if (v instanceof Date) return v;
  const o = v as unknown as Record<string, unknown>;
  if ("error" in o) return String(o.error);
  if ("richText" in o && Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("") || null;
  if ("formula" in o || "sharedFormula" in o) return "result" in o ? cellValue(o.result as ExcelJS.CellValue) : null;
  if ("text" in o) return cellValue(o.text as ExcelJS.CellValue);
  return null;
}

/** Every sheet of a workbook as a grid of values (read only: writing never goes through exceljs). */
export async function readXlsx(buf: Buffer): Promise<SheetCells[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const out: SheetCells[] = [];
  wb.eachSheet((ws) => {
    const cells: RawCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // a merged cell repeats its master's value in exceljs; only the master holds data
        if (cell.isMerged && cell.master.address !== cell.address) return;
        line[c - 1] = cellValue(cell.value);
      });
      for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = null;
      cells[r - 1] = line;
    });
    for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
    out.push({ name: ws.name, cells });
  });
  return out;
}
