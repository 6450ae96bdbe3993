import type ExcelJS from "exceljs";
import { RawCell } from "../engine";
import { readWorkbook, SheetCells } from "./xlsx/readWorkbook";

export type { SheetCells };

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

/**
 * Every sheet of a workbook as a grid of values (read only: writing never goes through a workbook model). Read
 * straight from the sheet XML by src/cli/xlsx/readWorkbook.ts, with the values exceljs gives (`cellValue` above is
 * the same reading of an exceljs cell, used where a workbook is loaded with exceljs anyway).
 */
export function readXlsx(buf: Buffer): Promise<SheetCells[]> {
  return readWorkbook(buf);
}
