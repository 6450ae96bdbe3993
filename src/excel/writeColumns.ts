/// <reference types="office-js" />
import type { CellOut } from "../engine";
import { cellAddress, colLetters, rangeAddress } from "./address";
import { Pacer } from "./pace";
import { blockRows, cellBytes, planChunksPaced } from "./payload";
import type { CancelToken, ColumnWrite, FillRequest, Progress, WriteStats } from "./port";
import { cellKey, ColumnGroup, groupColumns, TargetCells } from "./targets";

/** Excel character widths (as the command line writes them) in points, the unit Office.js uses. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export type Sync = () => Promise<void>;

/** The value Jili writes into one cell of its columns: `null` leaves the cell alone, "" clears it. */
function cellFor(req: FillRequest, column: ColumnWrite | undefined, col: number, row: number, dataIndex: Map<number, number>, targets: TargetCells): CellOut {
  if (targets.keep.has(cellKey(col, row))) return null;
  if (!column) return "";
  if (row === req.headerRow) return column.header;
  const k = dataIndex.get(row);
  if (k === undefined) return "";
  const v = column.values[k];
  return v === null || v === undefined ? "" : v;
}

/**
 * Writes Jili's columns from the header row down to the last used row, in row chunks whose estimated size stays
 * under the request budget: values (and number formats of numeric cells) per run of adjacent columns, with
 * calculation and screen updating suspended until each chunk's sync. Stops between chunks when cancelled. Sizing
 * the rows and building a chunk's values (in blocks of rows) give the event loop a turn whenever the pacer says so.
 */
export async function writeColumns(
  context: Excel.RequestContext,
  sync: Sync,
  req: FillRequest,
  targets: TargetCells,
  cancel: CancelToken | undefined,
  onProgress: ((p: Progress) => void) | undefined,
  pace: Pacer = new Pacer(),
): Promise<{ cancelled: boolean; rowsWritten: number; stats: Pick<WriteStats, "chunks" | "largestRequest"> }> {
  const sheet = context.workbook.worksheets.getItem(req.sheet);
  const app = context.workbook.application;
  const byCol = new Map(req.columns.map((c) => [c.col, c]));
  const groups: ColumnGroup[] = groupColumns([...req.columns.map((c) => c.col), ...req.clearColumns]);
  const dataIndex = new Map(req.rowNumbers.map((r, k) => [r, k]));
  const top = req.headerRow;
  const bottom = Math.max(req.lastRow, ...req.rowNumbers.slice(-1), top);
  const count = bottom - top + 1;
  const formatted = new Set(req.columns.filter((c) => c.numberFormat).map((c) => c.col));
  const cols = groups.flatMap((g) => Array.from({ length: g.right - g.left + 1 }, (_, i) => g.left + i));

  // whether a run of columns writes number formats: decided once, not per row
  const withFormatsOf = new Map(groups.map((g) => [g, cols.some((c) => c >= g.left && c <= g.right && formatted.has(c))]));
  // what one sheet row adds to a request: per run of columns, its values and (when any is numeric) its formats
  const rowBytes = (i: number) => {
    let b = 0;
    for (const g of groups) {
      const withFormats = withFormatsOf.get(g)!;
      b += withFormats ? 4 : 2;
      for (let c = g.left; c <= g.right; c++) {
        const v = cellFor(req, byCol.get(c), c, top + i, dataIndex, targets);
        b += cellBytes(v);
        if (withFormats) b += typeof v === "number" && formatted.has(c) ? cellBytes(byCol.get(c)?.numberFormat) : 5;
      }
    }
    return b;
  };
  const chunks = await planChunksPaced(count, rowBytes, pace);
  let largest = 0;
  let done = 0;
  for (let n = 0; n < chunks.length; n++) {
    if (cancel?.cancelled) return { cancelled: true, rowsWritten: done, stats: { chunks: n, largestRequest: largest } };
    const { start, end, bytes } = chunks[n];
    const r0 = top + start;
    const r1 = top + end - 1;
    app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
    for (const g of groups) {
      const withFormats = withFormatsOf.get(g)!;
      const block = blockRows(g.right - g.left + 1);
      for (let b0 = r0; b0 <= r1; b0 += block) {
        const b1 = Math.min(r1, b0 + block - 1);
        const values: CellOut[][] = [];
        const formats: (string | null)[][] = [];
        for (let r = b0; r <= b1; r++) {
          const line: CellOut[] = [];
          const fline: (string | null)[] = [];
          for (let c = g.left; c <= g.right; c++) {
            const v = cellFor(req, byCol.get(c), c, r, dataIndex, targets);
            line.push(v);
            if (withFormats) fline.push(typeof v === "number" && formatted.has(c) ? (byCol.get(c)?.numberFormat ?? null) : null);
          }
          values.push(line);
          if (withFormats) formats.push(fline);
        }
        const range = sheet.getRange(rangeAddress(g.left, b0, g.right, b1));
        range.values = values;
        if (withFormats) range.numberFormat = formats;
        await pace.check();
      }
    }
    if (n === 0) decorate(sheet, req);
    await sync();
    largest = Math.max(largest, bytes);
    done = Math.min(req.rowNumbers.length, req.rowNumbers.filter((r) => r <= r1).length);
    onProgress?.({ phase: "write", done, total: req.rowNumbers.length });
  }
  return { cancelled: false, rowsWritten: done, stats: { chunks: chunks.length, largestRequest: largest } };
}

/** Column widths (14 / 24 / 60 characters) and the header cells in the format of the user's last header. */
function decorate(sheet: Excel.Worksheet, req: FillRequest): void {
  for (const c of req.columns) {
    const letters = colLetters(c.col);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(c.width);
  }
  if (req.headerStyleFrom === null) return;
  const source = sheet.getRange(cellAddress(req.headerStyleFrom, req.headerRow));
  for (const g of groupColumns(req.columns.map((c) => c.col))) {
    sheet.getRange(rangeAddress(g.left, req.headerRow, g.right, req.headerRow)).copyFrom(source, "Formats");
  }
}
