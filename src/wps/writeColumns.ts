import type { CellOut } from "../engine";
import { cellAddress, colLetters, rangeAddress } from "../excel/address";
import type { CancelToken, FillRequest, Progress } from "../excel/port";
import { cellKey, groupColumns, TargetCells } from "../excel/targets";
import type { EtScalar, EtWorksheet } from "./et";
import { XL } from "./et";
import { pause } from "./errors";
import { cellFor, runs } from "./cells";

/** rows per chunk: the object model is synchronous, so chunks exist for the progress bar and Cancel, not a size limit */
export const ROWS_PER_CHUNK = 5000;

const scalar = (v: CellOut): EtScalar => (v === null || v === undefined ? "" : v);

/** One column run × one row chunk: Value2 in one call, split around cells to keep (ET would clear them otherwise). */
function writeBlock(ws: EtWorksheet, left: number, r0: number, values: CellOut[][]): void {
  const kept = values.some((line) => line.some((v) => v === null));
  if (!kept) {
    ws.Range(rangeAddress(left, r0, left + values[0].length - 1, r0 + values.length - 1)).Value2 = values.map((l) => l.map(scalar));
    return;
  }
  for (let j = 0; j < values[0].length; j++) {
    for (const [a, b] of runs(values, (line) => line[j] !== null)) {
      ws.Range(rangeAddress(left + j, r0 + a, left + j, r0 + b - 1)).Value2 = values.slice(a, b).map((line) => [scalar(line[j])]);
    }
  }
}

/**
 * Writes Jili's columns from the header row down to the last used row, as the Excel adapter does: values per run of
 * adjacent columns and row chunk, the money format on each run of numeric cells, screen updating off until the end,
 * a pause between chunks where Cancel may stop it.
 */
export async function writeColumns(ws: EtWorksheet, req: FillRequest, targets: TargetCells, cancel?: CancelToken, onProgress?: (p: Progress) => void): Promise<{ cancelled: boolean; rowsWritten: number; chunks: number }> {
  const byCol = new Map(req.columns.map((c) => [c.col, c]));
  const groups = groupColumns([...req.columns.map((c) => c.col), ...req.clearColumns]);
  const dataIndex = new Map(req.rowNumbers.map((r, k) => [r, k]));
  const top = req.headerRow;
  const bottom = Math.max(req.lastRow, ...req.rowNumbers.slice(-1), top);
  let done = 0;
  let chunks = 0;
  for (let r0 = top; r0 <= bottom; r0 += ROWS_PER_CHUNK) {
    if (cancel?.cancelled) return { cancelled: true, rowsWritten: done, chunks };
    const r1 = Math.min(bottom, r0 + ROWS_PER_CHUNK - 1);
    for (const g of groups) {
      const values: CellOut[][] = [];
      for (let r = r0; r <= r1; r++) values.push(Array.from({ length: g.right - g.left + 1 }, (_, j) => cellFor(req, byCol.get(g.left + j), g.left + j, r, dataIndex, targets)));
      writeBlock(ws, g.left, r0, values);
      for (let j = 0; j <= g.right - g.left; j++) {
        const format = byCol.get(g.left + j)?.numberFormat;
        if (!format) continue;
        for (const [a, b] of runs(values, (line) => typeof line[j] === "number")) ws.Range(rangeAddress(g.left + j, r0 + a, g.left + j, r0 + b - 1)).NumberFormat = format;
      }
    }
    if (chunks === 0) decorate(ws, req, targets);
    chunks++;
    done = req.rowNumbers.filter((r) => r <= r1).length;
    onProgress?.({ phase: "write", done, total: req.rowNumbers.length });
    if (r1 < bottom) await pause();
  }
  return { cancelled: false, rowsWritten: done, chunks };
}

/**
 * Column widths (14 / 24 / 60 characters: ET's ColumnWidth is in characters, as the engine gives them) and the header
 * cells in the look of the user's last header: its fill, bold and font colour (Office.js copies all its formats with
 * copyFrom; ET's equivalent goes through the clipboard, which an add-in must not touch).
 */
function decorate(ws: EtWorksheet, req: FillRequest, targets: TargetCells): void {
  for (const c of req.columns) {
    const letters = colLetters(c.col);
    ws.Range(`${letters}:${letters}`).ColumnWidth = c.width;
  }
  if (req.headerStyleFrom === null) return;
  const source = ws.Range(cellAddress(req.headerStyleFrom, req.headerRow));
  const filled = source.Interior.Pattern !== XL.patternNone;
  const color = source.Interior.Color;
  const bold = source.Font.Bold;
  const fontColor = source.Font.Color;
  for (const c of req.columns) {
    if (targets.keep.has(cellKey(c.col, req.headerRow))) continue;
    const cell = ws.Range(cellAddress(c.col, req.headerRow));
    if (filled) cell.Interior.Color = color;
    cell.Font.Bold = bold === true;
    cell.Font.Color = fontColor;
  }
}
