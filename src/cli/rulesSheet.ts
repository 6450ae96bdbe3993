import type ExcelJS from "exceljs";
import * as fs from "fs";
import { CellBlock, RawCell, readStructure, RULES_FORMAT, RULES_SHEET_NAME, RULES_VIEW_LOOK, rulesBookToScheme, RulesBook, rulesSheetToScheme, SchemeDocument, viewNumberFormats, dropDownSource } from "../engine";
import { CliError } from "./messages";
import { readXlsx } from "./readXlsx";

const isOldRulesGrid = (cells: RawCell[][]) => {
  const first = cells.find((r) => r && r.some((c) => c !== null && c !== undefined && String(c).trim() !== ""));
  return !!first && String(first[0] ?? "").trim() === RULES_FORMAT;
};

/**
 * The scheme a workbook's rules hold: the clerk's 规则 sheet read against Jili's very hidden structure sheet (which
 * names it), or a rules sheet in the first layout (jili-rules/1, written by Jili before the structure sheet). Every
 * problem is listed with its cell; nothing is used unless the whole sheet reads.
 */
export async function schemeFromRulesWorkbook(file: string): Promise<SchemeDocument> {
  let sheets;
  try {
    sheets = await readXlsx(fs.readFileSync(file));
  } catch (e) {
    throw new CliError("fileUnreadable", { file, detail: (e as Error).message });
  }
  const structure = sheets.find((s) => readStructure(s.cells) !== null);
  const found = structure ? readStructure(structure.cells) : null;
  const named = found && found !== "damaged" ? found.sheet : RULES_SHEET_NAME;
  const view = sheets.find((s) => s.name === named);
  let sheetName: string;
  let read;
  if (view && !isOldRulesGrid(view.cells)) {
    sheetName = view.name;
    read = rulesBookToScheme(view.cells, structure?.cells ?? null);
  } else {
    const old = sheets.find((s) => s.name === RULES_SHEET_NAME && isOldRulesGrid(s.cells)) ?? sheets.find((s) => isOldRulesGrid(s.cells));
    if (!old) throw new CliError("noRulesSheet", { file, sheet: RULES_SHEET_NAME });
    sheetName = old.name;
    read = rulesSheetToScheme(old.cells);
  }
  if (read.ok) return read.scheme;
  throw new CliError(
    "rulesInvalid",
    { file, sheet: sheetName },
    read.problems.map((p) => `${p.message["zh-CN"]}\n    ${p.message["en-US"]}`),
  );
}

const LOOK = RULES_VIEW_LOOK;
const argb = (hex: string) => `FF${hex}`;

function eachCell(ws: ExcelJS.Worksheet, b: CellBlock, visit: (cell: ExcelJS.Cell) => void): void {
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) visit(ws.getCell(r + 1, c + 1));
}

/** The clerk's sheet: values, text and percent formats, fills by row kind, the editable cells' fill, drop-downs. */
function writeView(wb: ExcelJS.Workbook, book: RulesBook): void {
  const v = book.view;
  const ws = wb.addWorksheet(v.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = v.widths.map((width) => ({ width }));
  viewNumberFormats(v).forEach((line, r) => line.forEach((f, c) => f && (ws.getCell(r + 1, c + 1).numFmt = f)));
  v.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value !== null) row.getCell(c + 1).value = value;
    });
    const kind = v.kinds[r];
    const fill = LOOK.fills[kind];
    const width = kind === "header" ? cells.length : v.widths.length;
    if (fill) for (let c = 1; c <= width; c++) row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
    if (kind === "title") row.getCell(1).font = { bold: true, size: 13, color: { argb: argb(LOOK.titleFont) } };
    if (kind === "heading" || kind === "header" || kind === "caption") for (let c = 1; c <= cells.length; c++) row.getCell(c).font = { bold: true };
    if (kind === "hint" || kind === "note") row.getCell(1).font = { color: { argb: argb(LOOK.hintFont) }, size: 9 };
  });
  for (const b of v.editable) eachCell(ws, b, (cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(LOOK.editableFill) } }));
  for (const { block, values } of v.lists) {
    // a list Excel cannot hold as a drop-down is still checked when the sheet is read
    const source = dropDownSource(values);
    if (!source) continue;
    eachCell(ws, block, (cell) => (cell.dataValidation = { type: "list", allowBlank: true, formulae: [`"${source}"`], showErrorMessage: true }));
  }
}

/** A workbook with the clerk's rules sheet and, very hidden and protected, the structure it is read against. */
export async function rulesWorkbook(book: RulesBook): Promise<Buffer> {
  // loaded here, not at start: every other command would pay for it (≈ 0.45 s)
  const { Workbook } = (await import("exceljs")).default;
  const wb: ExcelJS.Workbook = new Workbook();
  wb.creator = "Jili";
  writeView(wb, book);
  const s = wb.addWorksheet(book.structure.name, { state: "veryHidden" });
  book.structure.rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const cell = s.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      cell.value = value;
    }),
  );
  // protected without a password: it is Jili's, written whole; a clerk never needs to open it
  await s.protect("", { selectLockedCells: false, selectUnlockedCells: false });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
