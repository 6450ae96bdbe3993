/** Node only: an .xlsx read with exceljs into the preview's BookJson (values as Excel's `values` gives them). */
import ExcelJS from "exceljs";
import { cellValue } from "../cli/readXlsx";
import { cellAddress } from "../excel/address";
import { widthInPoints } from "../excel/writeColumns";
import type { BookJson, SheetJson } from "./bookJson";

const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** What Excel's Range.values gives for a cell: dates as serial numbers (in the workbook's date system), formulas as their cached result. */
function excelValue(v: ExcelJS.CellValue, date1904: boolean): string | number | boolean | null {
  const raw = cellValue(v);
  if (raw instanceof Date) return (raw.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / 86400000;
  return raw === undefined ? null : (raw as string | number | boolean | null);
}

function noteText(note: ExcelJS.Cell["note"]): string | null {
  if (!note) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join("") : null;
}

function argb(color: Partial<ExcelJS.Color> | undefined): string | null {
  const a = color?.argb;
  return typeof a === "string" && /^[0-9A-Fa-f]{8}$/.test(a) ? `#${a.slice(2).toUpperCase()}` : null;
}

export async function xlsxToJson(buf: Buffer, name: string): Promise<BookJson> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const date1904 = (wb.properties as { date1904?: boolean }).date1904 === true;
  const sheets: SheetJson[] = [];
  wb.eachSheet((ws) => {
    const s: Required<SheetJson> = { name: ws.name, cells: [], formulas: [], numberFormats: [], fills: [], bold: [], widths: [], merges: [], notes: [], hiddenRows: [], tables: [], frozenRows: 0 };
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) s.hiddenRows.push(r);
      row.eachCell({ includeEmpty: true }, (cell, c1) => {
        const c = c1 - 1;
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = excelValue(cell.value, date1904);
        if (v !== null && v !== "") s.cells.push([c, r, v]);
        const value = cell.value as unknown;
        if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) s.formulas.push([c, r]);
        if (cell.numFmt && cell.numFmt !== "General") s.numberFormats.push([c, r, cell.numFmt]);
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const color = fill?.type === "pattern" && fill.pattern === "solid" ? argb(fill.fgColor) : null;
        if (color) s.fills.push([c, r, color]);
        if (cell.font?.bold) s.bold.push([c, r]);
        const note = noteText(cell.note);
        if (note) s.notes.push({ address: cellAddress(c, r), content: note });
      });
    });
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width) s.widths.push([i, widthInPoints(col.width)]);
    });
    s.merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
    for (const t of (ws as unknown as { getTables?: () => { table?: { name?: string; ref?: string } }[] }).getTables?.() ?? []) {
      if (t.table?.name && t.table.ref) s.tables.push({ name: t.table.name, ref: t.table.ref });
    }
    const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
    if (view?.state === "frozen" && view.ySplit) s.frozenRows = view.ySplit;
    sheets.push(s);
  });
  const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  return { name, sheets, active: sheets[activeTab]?.name ?? sheets[0]?.name ?? "Sheet1", ...(date1904 ? { date1904 } : {}) };
}
