import type ExcelJS from "exceljs";
import * as fs from "fs";
import { RawCell, RULES_FORMAT, RULES_SHEET_LOOK, RULES_SHEET_NAME, rulesSheetToScheme, RulesSheet, SchemeDocument } from "../engine";
import { CliError } from "./messages";
import { readXlsx } from "./readXlsx";

const isRulesGrid = (cells: RawCell[][]) => {
  const first = cells.find((r) => r && r.some((c) => c !== null && c !== undefined && String(c).trim() !== ""));
  return !!first && String(first[0] ?? "").trim() === RULES_FORMAT;
};

/**
 * The scheme written in a workbook's rules sheet (规则, or any sheet that starts with the rules marker). Every problem is
 * listed with its cell; nothing is used unless the whole sheet reads.
 */
export async function schemeFromRulesWorkbook(file: string): Promise<SchemeDocument> {
  let sheets;
  try {
    sheets = await readXlsx(fs.readFileSync(file));
  } catch (e) {
    throw new CliError("fileUnreadable", { file, detail: (e as Error).message });
  }
  const sheet = sheets.find((s) => s.name === RULES_SHEET_NAME && isRulesGrid(s.cells)) ?? sheets.find((s) => isRulesGrid(s.cells));
  if (!sheet) throw new CliError("noRulesSheet", { file, sheet: RULES_SHEET_NAME });
  const read = rulesSheetToScheme(sheet.cells);
  if (read.ok) return read.scheme;
  throw new CliError(
    "rulesInvalid",
    { file, sheet: sheet.name },
    read.problems.map((p) => `${p.message["zh-CN"]}\n    ${p.message["en-US"]}`),
  );
}

/** The engine's look for the rules sheet, as exceljs colours (opaque ARGB). */
const LOOK = RULES_SHEET_LOOK;
const argb = (hex: string) => `FF${hex}`;

/** A new workbook holding one rules sheet, laid out for reading and editing in Excel (texts stay texts: format @). */
export async function rulesWorkbook(sheet: RulesSheet): Promise<Buffer> {
  // loaded here, not at start: every other command would pay for it (≈ 0.45 s)
  const { Workbook } = (await import("exceljs")).default;
  const wb: ExcelJS.Workbook = new Workbook();
  wb.creator = "Jili";
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [{ width: LOOK.widths.markers }, { width: LOOK.widths.labels }, ...Array.from({ length: LOOK.valueColumns }, () => ({ width: LOOK.widths.values }))];
  sheet.rows.forEach((cells, r) => {
    const kind = sheet.kinds[r];
    const row = ws.getRow(r + 1);
    cells.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      // a code such as "1" or a date text must come back as text, whatever the clerk types over it
      if (typeof v === "string") cell.numFmt = "@";
      if (typeof v === "string" && v.includes("\n")) cell.alignment = { wrapText: true, vertical: "top" };
    });
    row.getCell(1).font = { color: { argb: argb(LOOK.markerGrey) }, size: 9 };
    const fill = LOOK.fills[kind];
    if (fill) for (let c = 1; c <= Math.max(cells.length, 2); c++) row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
    if (kind === "title") row.getCell(2).font = { bold: true, size: 13, color: { argb: argb(LOOK.titleFont) } };
    if (kind === "block" || kind === "labels") row.getCell(2).font = { bold: true };
    if (kind === "labels") for (let c = 2; c <= cells.length; c++) row.getCell(c).font = { bold: true };
    if (kind === "keys") for (let c = 1; c <= cells.length; c++) row.getCell(c).font = { color: { argb: argb(LOOK.keysGrey) }, size: 8 };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
