// A new workbook made from a CSV's cells with exceljs (only this path needs it; fixed dates keep the output reproducible).
import type ExcelJS from "exceljs";
import { RawCell } from "../../engine";
import { FIXED_DATE } from "./opc";

const NUMBER_TEXT = /^-?(0|[1-9]\d{0,9})(\.\d+)?$/;

export function sheetNameFor(base: string): string {
  const clean = base.replace(/[[\]:*?/\\]/g, "_").slice(0, 31);
  return clean || "Sheet1";
}

/** A new workbook holding the CSV's cells (plain numbers as numbers), with fixed dates so the output is reproducible. */
export async function workbookFromCsv(cells: RawCell[][], sheetName: string): Promise<Buffer> {
  // loaded here, not at start: exceljs takes a noticeable part of a second to load, and only this path needs it
  const { Workbook } = (await import("exceljs")).default;
  const wb = new Workbook();
  wb.creator = "Jili";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(sheetName);
  cells.forEach((line, r) => {
    line.forEach((v, c) => {
      if (v === null || v === undefined) return;
      ws.getCell(r + 1, c + 1).value = typeof v === "string" && NUMBER_TEXT.test(v) ? Number(v) : (v as ExcelJS.CellValue);
    });
  });
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(raw);
  zip.forEach((_, f) => {
    f.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
