/// <reference types="office-js" />
import { CellStyle, STATEMENT_STYLES, StatementSheet, styleRuns, validSheetName } from "../engine";
import { colLetters, rangeAddress } from "./address";
import { fromOfficeError, PaneError } from "./errors";
import { cellBytes, planChunks } from "./payload";
import type { CancelToken, WriteStats } from "./port";
import { saveSettings, SettingsLike } from "./settings";
import { Sync, widthInPoints } from "./writeColumns";

/** Document setting holding the id of the statements sheet Jili created: only that sheet is ever replaced. */
export const STATEMENTS_SETTING = "jili.statementsSheetId";

/** How many names (`Jili个人明细`, `Jili个人明细 (2)` …) are tried when the user has sheets with Jili's name. */
const NAME_TRIES = 10;
/** estimated request bytes of one formatting call (method, address, arguments) */
const OP_BYTES = 160;

export interface StatementsProgress {
  /** sheet rows written so far, of `total` */
  done: number;
  total: number;
}

export type StatementsOutcome =
  | {
      status: "done";
      /** the sheet's name: the layout's, or `… (2)` when a sheet of the user's has that name */
      sheet: string;
      renamed: boolean;
      /** page layout set (ExcelApi 1.9); without it the sheet is written but prints with Excel's defaults */
      printSettings: boolean;
      stats: WriteStats;
    }
  | { status: "cancelled"; sheet: string; rowsWritten: number; stats: WriteStats };

/** What the pane needs to write statements; the tests give a fake. */
export interface StatementsPort {
  writeStatements(sheet: StatementSheet, options?: { cancel?: CancelToken; onProgress?: (p: StatementsProgress) => void }): Promise<StatementsOutcome>;
}

export interface StatementsDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  settings: SettingsLike;
  isSetSupported(name: string, version: string): boolean;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

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
function mergeBlocks(sheet: StatementSheet, top: number, bottom: number): { top: number; bottom: number; left: number; right: number }[] {
  const out: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const m of sheet.merges) {
    if (m.row < top || m.row > bottom) continue;
    const last = out[out.length - 1];
    if (last && last.bottom === m.row - 1 && last.left === m.left && last.right === m.right) last.bottom = m.row;
    else out.push({ top: m.row, bottom: m.row, left: m.left, right: m.right });
  }
  return out;
}

/**
 * Writes the statement layout into a new, empty sheet in row chunks under the request budget: per chunk the
 * number formats (text cells as "@" first, so 2016-01 or a phone number stays text), the values, one format call
 * set per style rectangle, the merges, the page breaks and a row autofit; the page layout with the first chunk.
 */
export async function writeStatementSheet(
  context: Excel.RequestContext,
  sync: Sync,
  ws: Excel.Worksheet,
  sheet: StatementSheet,
  options: { printSettings: boolean; cancel?: CancelToken; onProgress?: (p: StatementsProgress) => void; afterFirst?: () => Promise<void> },
): Promise<{ cancelled: boolean; rowsWritten: number; chunks: number; largestRequest: number }> {
  const W = sheet.columnWidths.length;
  const last = W - 1;
  const total = sheet.rows.length;
  const breaks = new Set(sheet.pageBreaks);
  const runsByRow = new Map<number, number>();
  for (const r of styleRuns(sheet)) runsByRow.set(r.top, (runsByRow.get(r.top) ?? 0) + opsOf(STATEMENT_STYLES[r.style], r.bottom - r.top + 1, r.right - r.left + 1) + 1);
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
  const chunks = planChunks(total, rowBytes);
  const app = context.workbook.application;
  let largest = 0;
  let done = 0;
  for (let n = 0; n < chunks.length; n++) {
    if (options.cancel?.cancelled) return { cancelled: true, rowsWritten: done, chunks: n, largestRequest: largest };
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
    const slice = sheet.rows.slice(start, end);
    const range = ws.getRange(rangeAddress(0, r0, last, r1));
    // formats before values: a text written into a cell formatted "@" stays text
    range.numberFormat = slice.map((line) => Array.from({ length: W }, (_, c) => line[c]?.numberFormat ?? null));
    range.values = slice.map((line) => Array.from({ length: W }, (_, c) => {
      const v = line[c]?.value;
      return v === null || v === undefined ? "" : v;
    }));
    for (const run of styleRuns(sheet, r0, r1)) {
      formatRun(ws.getRange(rangeAddress(run.left, run.top, run.right, run.bottom)), STATEMENT_STYLES[run.style], run.bottom - run.top + 1, run.right - run.left + 1);
    }
    for (const m of mergeBlocks(sheet, r0, r1)) ws.getRange(rangeAddress(m.left, m.top, m.right, m.bottom)).merge(true);
    if (options.printSettings) for (const r of sheet.pageBreaks) if (r >= r0 && r <= r1) ws.horizontalPageBreaks.add(`A${r}`);
    // wrapped explanations: Excel sizes the rows to their text
    range.format.autofitRows();
    await sync();
    largest = Math.max(largest, bytes);
    done = r1;
    if (n === 0) await options.afterFirst?.();
    options.onProgress?.({ done, total });
  }
  return { cancelled: false, rowsWritten: done, chunks: chunks.length, largestRequest: largest };
}

/**
 * Statements in the workbook: one sheet of Jili's own (its id recorded in the document settings), replaced at every
 * run. A sheet of the user's that has the statements' name is never touched: the statements get the next free name.
 */
export class ExcelStatements implements StatementsPort {
  lastStats: WriteStats | null = null;

  constructor(private readonly deps: StatementsDeps) {}

  async writeStatements(sheet: StatementSheet, options: { cancel?: CancelToken; onProgress?: (p: StatementsProgress) => void } = {}): Promise<StatementsOutcome> {
    const printSettings = this.deps.isSetSupported("ExcelApi", "1.9");
    try {
      return await this.deps.run(async (context) => {
        let syncs = 0;
        const sync = async () => {
          syncs++;
          await context.sync();
        };
        const sheets = context.workbook.worksheets;
        const recorded = this.deps.settings.get(STATEMENTS_SETTING);
        const ours = typeof recorded === "string" && recorded ? sheets.getItemOrNullObject(recorded) : null;
        ours?.load("id,name");
        const names: string[] = [];
        for (let k = 0; k < NAME_TRIES; k++) names.push(validSheetName(sheet.name, (x) => names.some((y) => y.toLowerCase() === x.toLowerCase())));
        const probes = names.map((name) => {
          const item = sheets.getItemOrNullObject(name);
          item.load("id");
          return { name, item };
        });
        await sync();

        const mine = ours && !ours.isNullObject ? ours : null;
        const free = probes.find((p) => p.item.isNullObject || (mine !== null && p.item.id === mine.id));
        if (!free) {
          throw new PaneError("SHEET_NAME_TAKEN", {
            "zh-CN": `工作簿中已有「${names[0]}」至「${names[names.length - 1]}」，都不是 Jili 生成的。请改名后再试。`,
            "en-US": `The workbook already has sheets ${names[0]} to ${names[names.length - 1]} that Jili did not write. Rename them and try again.`,
          });
        }
        mine?.delete();
        const ws = sheets.add(free.name);
        ws.load("id");
        const written = await writeStatementSheet(context, sync, ws, sheet, {
          printSettings,
          cancel: options.cancel,
          onProgress: options.onProgress,
          // recorded as soon as it exists: a cancelled or failed run is replaced by the next one
          afterFirst: async () => {
            this.deps.settings.set(STATEMENTS_SETTING, ws.id);
            await saveSettings(this.deps.settings);
          },
        });
        this.lastStats = { syncs, chunks: written.chunks, largestRequest: written.largestRequest };
        if (written.cancelled) return { status: "cancelled", sheet: free.name, rowsWritten: written.rowsWritten, stats: this.lastStats };
        return { status: "done", sheet: free.name, renamed: free.name !== names[0], printSettings, stats: this.lastStats };
      });
    } catch (e) {
      throw fromOfficeError(e);
    }
  }
}

/** The statements adapter over the real Office globals (after Office.onReady), or null outside Office. */
export function officeStatements(): ExcelStatements | null {
  if (typeof Excel === "undefined" || typeof Office === "undefined") return null;
  return new ExcelStatements({
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings as unknown as SettingsLike,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}
