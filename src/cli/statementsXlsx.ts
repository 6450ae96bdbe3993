import type ExcelJS from "exceljs";
import { CellOut, CellStyle, STATEMENT_STYLES, StatementSheet, summaryColumnWidths, SummaryTable } from "../engine";
import { FIXED_DATE } from "./xlsx/opc";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

function excelStyle(s: CellStyle, numberFormat: string | null): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.bold || s.italic || s.size) style.font = { ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}), ...(s.size ? { size: s.size } : {}) };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill.slice(1).toUpperCase()}` } };
  if (s.align || s.valign || s.wrap) {
    style.alignment = { ...(s.align ? { horizontal: s.align } : {}), ...(s.valign ? { vertical: s.valign === "center" ? "middle" : "top" } : {}), ...(s.wrap ? { wrapText: true } : {}) };
  }
  if (s.border) style.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  if (numberFormat) style.numFmt = numberFormat;
  return style;
}

function put(cell: ExcelJS.Cell, v: CellOut): void {
  if (v === null || v === undefined || v === "") return;
  cell.value = v;
}

/** exceljs's record of a worksheet's merges (a field of its Worksheet that its public API does not expose). */
type WithMerges = ExcelJS.Worksheet & { _merges?: Record<string, unknown> };

/**
 * Merges the layout's one-row spans. exceljs checks each new merge against every earlier one (quadratic: 500
 * statements took 30 s of a 46 s run); the layout's merges never overlap (engine/report/statements, tested), so each is
 * made against an empty record and the records are put together after. Falls back to plain merging if exceljs
 * changes how it keeps them.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: readonly { row: number; left: number; right: number }[]): void {
  const w = ws as WithMerges;
  const kept = w._merges;
  if (!kept || typeof kept !== "object") {
    for (const m of merges) ws.mergeCells(m.row, m.left + 1, m.row, m.right + 1);
    return;
  }
  for (const m of merges) {
    w._merges = {};
    ws.mergeCells(m.row, m.left + 1, m.row, m.right + 1);
    Object.assign(kept, w._merges);
  }
  w._merges = kept;
}

/** The summary table as `fill` shows it (bold frozen header, number formats, widths), without the chart. */
function addSummary(wb: ExcelJS.Workbook, table: SummaryTable): void {
  const ws = wb.addWorksheet(table.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const lines: CellOut[][] = [table.headers, ...table.rows];
  lines.forEach((line, r) =>
    line.forEach((v, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      put(cell, v);
      if (r === 0) cell.font = { bold: true };
      else if (typeof v === "number" && table.numberFormats[c]) cell.numFmt = table.numberFormats[c] as string;
    }),
  );
  summaryColumnWidths(table).forEach((w, c) => (ws.getColumn(c + 1).width = w));
}

/**
 * A new workbook (never the user's file) holding the statements sheet — cells, styles, merges, a page break before
 * each statement, A4 fitted to the page width — and the summary sheet of the same run, to check the totals against.
 * Dates are fixed, so the same input gives the same bytes.
 */
export async function statementsWorkbook(sheet: StatementSheet, summary: SummaryTable | null): Promise<Buffer> {
  // loaded when statements are asked for: exceljs takes ≈ 0.4 s to load, which every other command would pay
  const { Workbook } = (await import("exceljs")).default;
  const wb = new Workbook();
  wb.creator = "Jili";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const p = sheet.print;
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      horizontalCentered: p.centerHorizontally,
      margins: p.margins,
    },
    headerFooter: { oddFooter: `&C${p.footer}` },
  });
  sheet.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  sheet.rows.forEach((line, r) =>
    line.forEach((c, j) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, j + 1);
      put(cell, c.value);
      const id = `${c.style}|${c.numberFormat ?? ""}`;
      let style = styles.get(id);
      if (!style) styles.set(id, (style = excelStyle(STATEMENT_STYLES[c.style], c.numberFormat)));
      cell.style = style;
    }),
  );
  sheet.rowHeights.forEach((h, r) => {
    if (h !== null) ws.getRow(r + 1).height = h;
  });
  mergeAll(ws, sheet.merges);
  // OOXML's break sits after a row: a statement starting on row r breaks after row r - 1
  // max 16383 (column XFD, 0-based): what Excel itself writes; exceljs would write an out-of-range 16838
  for (const r of sheet.pageBreaks) ws.getRow(r - 1).addPageBreak(1, 16384);
  if (summary) addSummary(wb, summary);

  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  // loaded when statements are written, not at every start of the command line
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(raw);
  zip.forEach((_, f) => {
    f.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
