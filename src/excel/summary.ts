/// <reference types="office-js" />
import { CellOut, summaryChartCells, summaryColumnWidths, summaryNotesRow, SummaryTable } from "../engine";
import { cellAddress, colLetters, rangeAddress } from "./address";
import { cellBytes, planChunks } from "./payload";
import { widthInPoints, Sync } from "./writeColumns";

/**
 * Fills a new, empty summary sheet: bold frozen header, one row per group in chunks under the request budget, the
 * command line's number formats and widths, and a clustered column chart of the money total to the right.
 */
export async function writeSummary(context: Excel.RequestContext, sync: Sync, sheet: Excel.Worksheet, table: SummaryTable): Promise<{ chunks: number; largestRequest: number }> {
  const lines: CellOut[][] = [table.headers, ...table.rows];
  const width = table.headers.length;
  const last = width - 1;
  const rowBytes = (i: number) => lines[i].reduce<number>((b, v, c) => b + cellBytes(v) + (typeof v === "number" && table.numberFormats[c] ? cellBytes(table.numberFormats[c]) : 5), 4);
  const chunks = planChunks(lines.length, rowBytes);
  let largest = 0;
  for (let n = 0; n < chunks.length; n++) {
    const { start, end, bytes } = chunks[n];
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const slice = lines.slice(start, end);
    const range = sheet.getRange(rangeAddress(0, start + 1, last, end));
    range.values = slice.map((line) => Array.from({ length: width }, (_, c) => (line[c] === null || line[c] === undefined ? "" : line[c])));
    range.numberFormat = slice.map((line, i) => Array.from({ length: width }, (_, c) => (start + i > 0 && typeof line[c] === "number" ? table.numberFormats[c] : null)));
    if (n === chunks.length - 1) decorate(sheet, table);
    await sync();
    largest = Math.max(largest, bytes);
  }
  return { chunks: chunks.length, largestRequest: largest };
}

function decorate(sheet: Excel.Worksheet, table: SummaryTable): void {
  const last = table.headers.length - 1;
  const notes = table.notes ?? [];
  // what the results rest on besides the sheet's cells, under the table where the command line writes it
  if (notes.length) {
    const row = summaryNotesRow(table.rows.length);
    sheet.getRange(rangeAddress(0, row, 0, row + notes.length - 1)).values = notes.map((note) => [note]);
  }
  sheet.getRange(rangeAddress(0, 1, last, 1)).format.font.bold = true;
  sheet.freezePanes.freezeRows(1);
  summaryColumnWidths(table).forEach((w, c) => {
    const letters = colLetters(c);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(w);
  });
  const chart = table.chart;
  const n = table.rows.length;
  if (!chart || n === 0) return;
  const values = colLetters(chart.valueColumn);
  const cats = colLetters(chart.categoryColumn);
  const added = sheet.charts.add("ColumnClustered", sheet.getRange(`${values}1:${values}${n + 1}`), "Columns");
  added.name = "Jili Chart";
  added.title.text = chart.title;
  added.legend.visible = false;
  added.series.getItemAt(0).setXAxisValues(sheet.getRange(`${cats}2:${cats}${n + 1}`));
  const cells = summaryChartCells(table.headers.length, n);
  added.setPosition(cellAddress(cells.first.col, cells.first.row), cellAddress(cells.last.col, cells.last.row));
}
