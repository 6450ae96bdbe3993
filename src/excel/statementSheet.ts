/// <reference types="office-js" />
import { CellStyle, STATEMENT_STYLES, StatementSheet, styleRuns } from "../engine";
import { colLetters, rangeAddress } from "./address";
import { Pacer } from "./pace";
import { blockRows, cellBytes, planChunksPaced } from "./payload";
import type { CancelToken } from "./port";
import { Sync, widthInPoints } from "./writeColumns";

/** estimated request bytes of one formatting call (method, address, arguments) */
const OP_BYTES = 160;
/** rows whose style rectangles are found at once when sizing the rows (a rectangle cut at a window's edge counts twice: the estimate errs high) */
const RUN_WINDOW = 4096;

export interface StatementsProgress {
  /** sheet rows written so far, of `total` */
  done: number;
  total: number;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
type Merge = StatementSheet["merges"][number];

/** Formats one rectangle of one style: the same properties the command line gives its cells. */
function formatRun(range: Excel.Range, s: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.size) f.font.size = s.size;
  if (s.fill) f.fill.color = s.fill;
  if (s.align) f.horizontalAlignment = H_ALIGN[s.align];
  if (s.valign) f.verticalAlignment = V_ALIGN[s.valign];
  if (s.wrap) f.wrapText = true;
  if (s.border) {
    const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // inside lines only where there are cells on both sides
    if (cols > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    for (const e of edges) f.borders.getItem(e).style = "Continuous";
  }
}

function opsOf(s: CellStyle, rows: number, cols: number): number {
  return (s.bold ? 1 : 0) + (s.italic ? 1 : 0) + (s.size ? 1 : 0) + (s.fill ? 1 : 0) + (s.align ? 1 : 0) + (s.valign ? 1 : 0) + (s.wrap ? 1 : 0) + (s.border ? 4 + (cols > 1 ? 1 : 0) + (rows > 1 ? 1 : 0) : 0);
}

/** Merges on consecutive rows over the same columns, as one `merge(true)` (each row merged on its own). */
function mergeBlocks(merges: readonly Merge[]): { top: number; bottom: number; left: number; right: number }[] {
  const out: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const m of merges) {
    const last = out[out.length - 1];
    if (last && last.bottom === m.row - 1 && last.left === m.left && last.right === m.right) last.bottom = m.row;
    else out.push({ top: m.row, bottom: m.row, left: m.left, right: m.right });
  }
  return out;
}

/** Each chunk's merges, in the layout's order: one pass over the merges instead of one per chunk. */
function mergesByChunk(merges: readonly Merge[], chunks: readonly { start: number; end: number }[]): Merge[][] {
  const out: Merge[][] = chunks.map(() => []);
  for (const m of merges) {
    // chunk holding sheet row m.row (rows [start + 1, end])
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chunks[mid].end < m.row) lo = mid + 1;
      else hi = mid;
    }
    if (chunks.length && m.row > chunks[lo].start && m.row <= chunks[lo].end) out[lo].push(m);
  }
  return out;
}

/** Formatting calls starting on each sheet row (1-based), found a window of rows at a time. */
async function opsByRow(sheet: StatementSheet, pace: Pacer): Promise<Map<number, number>> {
  const byRow = new Map<number, number>();
  for (let top = 1; top <= sheet.rows.length; top += RUN_WINDOW) {
    const bottom = Math.min(sheet.rows.length, top + RUN_WINDOW - 1);
    for (const r of styleRuns(sheet, top, bottom)) byRow.set(r.top, (byRow.get(r.top) ?? 0) + opsOf(STATEMENT_STYLES[r.style], r.bottom - r.top + 1, r.right - r.left + 1) + 1);
    await pace.check();
  }
  return byRow;
}

/** A statements sheet's chunks under the request budget, and each chunk's merges: planned before its sheet is added. */
export interface StatementSheetPlan {
  sheet: StatementSheet;
  chunks: { start: number; end: number; bytes: number }[];
  chunkMerges: Merge[][];
}

/**
 * Plans a statements sheet's chunks: the request bytes of each row (values, number formats, one formatting call set
 * per style rectangle, merges, page breaks) cut under the budget. Sizing the rows gives the event loop a turn
 * whenever the pacer says so; at the full sheet this takes seconds, so it is done before the sheet is added and a
 * cancel meanwhile adds nothing.
 */
export async function planStatementSheet(sheet: StatementSheet, pace: Pacer): Promise<StatementSheetPlan> {
  const W = sheet.columnWidths.length;
  const breaks = new Set(sheet.pageBreaks);
  const runsByRow = await opsByRow(sheet, pace);
  const merged = new Set(sheet.merges.map((m) => m.row));
  const rowBytes = (i: number) => {
    const line = sheet.rows[i];
    let b = 8;
    for (let c = 0; c < W; c++) {
      const cell = line[c];
      b += cellBytes(cell ? cell.value : "") + (cell?.numberFormat ? cellBytes(cell.numberFormat) : 5);
    }
    return b + OP_BYTES * ((runsByRow.get(i + 1) ?? 0) + (merged.has(i + 1) ? 1 : 0) + (breaks.has(i + 1) ? 1 : 0));
  };
  const chunks = await planChunksPaced(sheet.rows.length, rowBytes, pace);
  return { sheet, chunks, chunkMerges: mergesByChunk(sheet.merges, chunks) };
}

/**
 * Writes a planned statements sheet into a new, empty sheet, chunk by chunk: per chunk the number formats (text cells
 * as "@" first, so 2016-01 or a phone number stays text), the values, one format call set per style rectangle, the
 * merges, the page breaks and a row autofit; the page layout with the first chunk. Building each chunk's calls gives
 * the event loop a turn whenever the pacer says so: what is queued before each sync does not depend on when. A
 * cancel stops between chunks — never before the first, so a sheet once added is never left empty.
 */
export async function writeStatementSheet(
  context: Excel.RequestContext,
  sync: Sync,
  ws: Excel.Worksheet,
  plan: StatementSheetPlan,
  options: { printSettings: boolean; cancel?: CancelToken; onProgress?: (p: StatementsProgress) => void; pace?: Pacer },
): Promise<{ cancelled: boolean; rowsWritten: number; chunks: number; largestRequest: number }> {
  const { sheet, chunks, chunkMerges } = plan;
  const pace = options.pace ?? new Pacer();
  const W = sheet.columnWidths.length;
  const last = W - 1;
  const total = sheet.rows.length;
  const block = blockRows(W);
  const app = context.workbook.application;
  let largest = 0;
  let done = 0;
  for (let n = 0; n < chunks.length; n++) {
    if (n > 0 && options.cancel?.cancelled) return { cancelled: true, rowsWritten: done, chunks: n, largestRequest: largest };
    const { start, end, bytes } = chunks[n];
    const r0 = start + 1;
    const r1 = end;
    app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
    if (n === 0) {
      sheet.columnWidths.forEach((w, c) => {
        const letters = colLetters(c);
        ws.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(w);
      });
      if (options.printSettings) {
        const p = sheet.print;
        const layout = ws.pageLayout;
        layout.paperSize = p.paperSize;
        layout.orientation = p.orientation === "portrait" ? "Portrait" : "Landscape";
        layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
        layout.centerHorizontally = p.centerHorizontally;
        layout.setPrintMargins("Inches", p.margins);
        layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
      }
    }
    for (let b = start; b < end; b += block) {
      const e = Math.min(end, b + block);
      const slice = sheet.rows.slice(b, e);
      const range = ws.getRange(rangeAddress(0, b + 1, last, e));
      // formats before values: a text written into a cell formatted "@" stays text
      range.numberFormat = slice.map((line) => Array.from({ length: W }, (_, c) => line[c]?.numberFormat ?? null));
      range.values = slice.map((line) => Array.from({ length: W }, (_, c) => {
        const v = line[c]?.value;
        return v === null || v === undefined ? "" : v;
      }));
      await pace.check();
    }
    for (const run of styleRuns(sheet, r0, r1)) {
      formatRun(ws.getRange(rangeAddress(run.left, run.top, run.right, run.bottom)), STATEMENT_STYLES[run.style], run.bottom - run.top + 1, run.right - run.left + 1);
      if (pace.due) await pace.next();
    }
    for (const m of mergeBlocks(chunkMerges[n])) {
      ws.getRange(rangeAddress(m.left, m.top, m.right, m.bottom)).merge(true);
      if (pace.due) await pace.next();
    }
    if (options.printSettings) for (const r of sheet.pageBreaks) if (r >= r0 && r <= r1) ws.horizontalPageBreaks.add(`A${r}`);
    // wrapped explanations: Excel sizes the rows to their text
    ws.getRange(rangeAddress(0, r0, last, r1)).format.autofitRows();
    await sync();
    largest = Math.max(largest, bytes);
    done = r1;
    options.onProgress?.({ done, total });
  }
  return { cancelled: false, rowsWritten: done, chunks: chunks.length, largestRequest: largest };
}
