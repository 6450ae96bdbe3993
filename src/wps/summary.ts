import { summaryColumnWidths, summaryNotesRow, SummaryTable, type CellOut } from "../engine";
import { colLetters, rangeAddress } from "../excel/address";
import type { EtApplication, EtScalar, EtWorksheet } from "./et";
import { runs } from "./cells";
import { ROWS_PER_CHUNK } from "./writeColumns";

/**
 * Fills a new, empty summary sheet with the cells `jili fill` writes: the header in bold, frozen; one row per group;
 * the command line's number formats on numeric cells and its column widths. The column chart the Excel adapter adds
 * is not drawn in WPS (docs/wps.md: ET's chart members were not checked). `ws` must be the active sheet (freezing
 * panes acts on the active window).
 */
export function writeSummary(app: EtApplication, ws: EtWorksheet, table: SummaryTable): number {
  const lines: CellOut[][] = [table.headers, ...table.rows];
  const width = table.headers.length;
  let chunks = 0;
  for (let start = 0; start < lines.length; start += ROWS_PER_CHUNK) {
    const slice = lines.slice(start, start + ROWS_PER_CHUNK);
    ws.Range(rangeAddress(0, start + 1, width - 1, start + slice.length)).Value2 = slice.map((line) => Array.from({ length: width }, (_, c): EtScalar => line[c] ?? ""));
    for (let c = 0; c < width; c++) {
      const format = table.numberFormats[c];
      if (!format) continue;
      for (const [a, b] of runs(slice, (line, i) => start + i > 0 && typeof line[c] === "number")) ws.Range(rangeAddress(c, start + a + 1, c, start + b)).NumberFormat = format;
    }
    chunks++;
  }
  const notes = table.notes ?? [];
  // what the results rest on besides the sheet's cells, under the table where the command line writes it
  if (notes.length) {
    const row = summaryNotesRow(table.rows.length);
    ws.Range(rangeAddress(0, row, 0, row + notes.length - 1)).Value2 = notes.map((note): EtScalar[] => [note]);
  }
  ws.Range(rangeAddress(0, 1, width - 1, 1)).Font.Bold = true;
  summaryColumnWidths(table).forEach((w, c) => {
    const letters = colLetters(c);
    ws.Range(`${letters}:${letters}`).ColumnWidth = w;
  });
  const win = app.ActiveWindow;
  win.SplitColumn = 0;
  win.SplitRow = 1;
  win.FreezePanes = true;
  return chunks;
}
