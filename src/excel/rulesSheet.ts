/// <reference types="office-js" />
import { CellBlock, dropDownSource, RawCell, renameRulesBook, RULES_SHEET_NAME, RULES_STRUCTURE_SHEET, RULES_VIEW_LOOK, RulesBook, RulesView, viewNumberFormats, ViewRowKind } from "../engine";
import { colLetters, rangeAddress } from "./address";
import { fromOfficeError, PaneError } from "./errors";
import { cellBytes, planChunks } from "./payload";
import type { WriteStats } from "./port";
import { saveSettings, SettingsLike } from "./settings";
import { Sync, widthInPoints } from "./writeColumns";

/** Document setting holding the id of the rules sheet Jili wrote: only that sheet is ever replaced. */
export const RULES_SETTING = "jili.rulesSheetId";

/** How many names (`规则`, `规则 (2)` …) are tried when the user has sheets with the rules sheet's name. */
const NAME_TRIES = 10;
/** A rules sheet is a few hundred rows; a sheet much larger than this is not one (and is not read in one request). */
const MAX_READ_CELLS = 200_000;
/** estimated request bytes of one formatting call */
const OP_BYTES = 120;

const LOOK = RULES_VIEW_LOOK;
const css = (hex: string) => `#${hex}`;

export type RulesWriteOutcome = {
  /** the sheet's name: 规则, or `规则 (2)` … when a sheet of the user's has that name */
  sheet: string;
  renamed: boolean;
  rows: number;
  stats: WriteStats;
};

export interface RulesRead {
  sheet: string;
  /** cells[r][c] is sheet row r+1, column c; empty cells null, as the command line reads them */
  cells: RawCell[][];
  /** the very hidden structure sheet's cells; null when the workbook has none */
  structure: RawCell[][] | null;
}

/** What the pane needs for the rules sheet; the controller tests give a fake. */
export interface RulesPort {
  /** writes the clerk's sheet (replacing Jili's earlier one, never a sheet of the user's) and the structure sheet; activates the first */
  writeRulesBook(book: RulesBook): Promise<RulesWriteOutcome>;
  /** Jili's rules sheet (the one recorded), else a sheet named 规则, with the structure sheet; null when there is neither */
  readRulesSheet(): Promise<RulesRead | null>;
  selectCell(sheet: string, address: string): Promise<void>;
}

export interface RulesDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  settings: SettingsLike;
}

/** Consecutive rows of one kind, as one formatting call each. */
export function kindRuns(kinds: ViewRowKind[], from = 0, to = kinds.length): { kind: ViewRowKind; top: number; bottom: number }[] {
  const out: { kind: ViewRowKind; top: number; bottom: number }[] = [];
  for (let i = from; i < to; i++) {
    const last = out[out.length - 1];
    if (last && last.kind === kinds[i] && last.bottom === i) last.bottom = i + 1;
    else out.push({ kind: kinds[i], top: i + 1, bottom: i + 1 });
  }
  return out;
}

const blockAddress = (b: CellBlock) => rangeAddress(b.left, b.top + 1, b.right, b.bottom + 1);

/** The view's look over cells already written: fills and fonts by row kind, editable cells, drop-downs, widths. */
function formatView(ws: Excel.Worksheet, view: RulesView, width: number): void {
  const last = width - 1;
  for (const run of kindRuns(view.kinds)) {
    const rows = ws.getRange(rangeAddress(0, run.top, last, run.bottom));
    const fill = LOOK.fills[run.kind];
    if (fill) rows.format.fill.color = css(fill);
    if (run.kind === "title") {
      rows.format.font.bold = true;
      rows.format.font.color = css(LOOK.titleFont);
    } else if (run.kind === "heading" || run.kind === "header" || run.kind === "caption") rows.format.font.bold = true;
    else if (run.kind === "hint" || run.kind === "note") rows.format.font.color = css(LOOK.hintFont);
  }
  for (const b of view.editable) ws.getRange(blockAddress(b)).format.fill.color = css(LOOK.editableFill);
  for (const { block, values } of view.lists) {
    const source = dropDownSource(values);
    if (source) ws.getRange(blockAddress(block)).dataValidation.rule = { list: { inCellDropDown: true, source } };
  }
  view.widths.forEach((w, c) => {
    const letters = colLetters(c);
    ws.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(w);
  });
  ws.freezePanes.freezeRows(1);
}

/**
 * Writes the clerk's sheet into a new, empty worksheet in row chunks under the request budget: in each chunk the number
 * formats go first (text "@", rates 0.00%), then the values, so a text such as "1" or "2016-01-01" stays text; then
 * the look, drop-downs and widths.
 */
export async function writeViewCells(context: Excel.RequestContext, sync: Sync, ws: Excel.Worksheet, view: RulesView): Promise<{ chunks: number; largestRequest: number }> {
  const width = Math.max(2, ...view.rows.map((r) => r.length));
  const formats = viewNumberFormats(view);
  const rowBytes = (i: number) => view.rows[i].reduce<number>((b, v) => b + cellBytes(v) + 8, 8 + width * 10);
  const chunks = planChunks(view.rows.length, rowBytes);
  const app = context.workbook.application;
  let largest = 0;
  for (const { start, end, bytes } of chunks) {
    app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
    const range = ws.getRange(rangeAddress(0, start + 1, width - 1, end));
    range.numberFormat = formats.slice(start, end).map((line) => Array.from({ length: width }, (_, c) => line[c] ?? null));
    range.values = view.rows.slice(start, end).map((line) => Array.from({ length: width }, (_, c) => (line[c] === null || line[c] === undefined ? "" : line[c]!)));
    await sync();
    largest = Math.max(largest, bytes);
  }
  formatView(ws, view, width);
  ws.activate();
  ws.getRange("A1").select();
  await sync();
  return { chunks: chunks.length + 1, largestRequest: Math.max(largest, view.lists.length * OP_BYTES + view.editable.length * OP_BYTES) };
}

/** The structure sheet: text cells, very hidden (ExcelApi 1.2), protected without a password (ExcelApi 1.2). */
async function writeStructure(sync: Sync, sheets: Excel.WorksheetCollection, rows: string[][]): Promise<void> {
  const ws = sheets.add(RULES_STRUCTURE_SHEET);
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  for (const { start, end } of planChunks(grid.length, (r) => grid[r].reduce((n, v) => n + cellBytes(v) + 4, 0))) {
    const range = ws.getRange(rangeAddress(0, start + 1, width - 1, end));
    range.numberFormat = grid.slice(start, end).map((line) => line.map(() => "@"));
    range.values = grid.slice(start, end);
    await sync();
  }
  ws.visibility = "VeryHidden";
  ws.protection.protect();
  await sync();
}

/** A sheet's cells from A1 (so that addresses are the sheet's own); a blank sheet reads as no rows. */
async function cellsFromA1(sync: Sync, ws: Excel.Worksheet): Promise<RawCell[][]> {
  const used = ws.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await sync();
  if (used.rowCount * used.columnCount > MAX_READ_CELLS) {
    throw new PaneError("NO_DATA", {
      "zh-CN": `工作表「${ws.name}」太大，不是规则表（${used.rowCount} 行 × ${used.columnCount} 列）`,
      "en-US": `Sheet ${ws.name} is too large to be a rules sheet (${used.rowCount} rows × ${used.columnCount} columns)`,
    });
  }
  const range = ws.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, used.columnIndex + used.columnCount);
  range.load("values");
  await sync();
  const cells: RawCell[][] = range.values.map((line) => line.map((v) => (v === "" || v === undefined ? null : (v as RawCell))));
  return cells.every((line) => line.every((v) => v === null)) ? [] : cells;
}

/**
 * The rules sheet in the workbook: one sheet of Jili's own (its id recorded in the document settings, replaced at
 * every "Edit rules") and the very hidden structure sheet it is read against. A sheet of the user's named 规则 is
 * never touched: the rules go to the next free name (`规则 (2)` …) and the pane says so.
 */
export class ExcelRules implements RulesPort {
  lastStats: WriteStats | null = null;

  constructor(private readonly deps: RulesDeps) {}

  private async run<T>(batch: (context: Excel.RequestContext, sync: Sync, syncs: () => number) => Promise<T>): Promise<T> {
    try {
      return await this.deps.run(async (context) => {
        let n = 0;
        const sync = async () => {
          n++;
          await context.sync();
        };
        return batch(context, sync, () => n);
      });
    } catch (e) {
      throw fromOfficeError(e);
    }
  }

  private recorded(): string | null {
    const id = this.deps.settings.get(RULES_SETTING);
    return typeof id === "string" && id ? id : null;
  }

  writeRulesBook(given: RulesBook): Promise<RulesWriteOutcome> {
    return this.run(async (context, sync, syncs) => {
      const sheets = context.workbook.worksheets;
      const id = this.recorded();
      const ours = id ? sheets.getItemOrNullObject(id) : null;
      ours?.load("id,name");
      const structure = sheets.getItemOrNullObject(RULES_STRUCTURE_SHEET);
      structure.load("name");
      // 规则, 规则 (2) … (a rules sheet's name is short: no need to cut it to Excel's 31 characters)
      const names = Array.from({ length: NAME_TRIES }, (_, k) => (k === 0 ? given.view.name : `${given.view.name} (${k + 1})`));
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
      const book = renameRulesBook(given, free.name);
      mine?.delete();
      if (!structure.isNullObject) {
        // Office.js refuses to delete a very hidden sheet (Worksheet.delete): made visible first, in the same request
        structure.protection.unprotect();
        structure.visibility = "Visible";
        structure.delete();
      }
      const ws = sheets.add(free.name);
      ws.load("id");
      const written = await writeViewCells(context, sync, ws, book.view);
      await writeStructure(sync, sheets, book.structure.rows);
      this.deps.settings.set(RULES_SETTING, ws.id);
      await saveSettings(this.deps.settings);
      this.lastStats = { syncs: syncs(), chunks: written.chunks, largestRequest: written.largestRequest };
      return { sheet: free.name, renamed: free.name !== names[0], rows: book.view.rows.length, stats: this.lastStats };
    });
  }

  readRulesSheet(): Promise<RulesRead | null> {
    return this.run(async (context, sync) => {
      const sheets = context.workbook.worksheets;
      const id = this.recorded();
      const ours = id ? sheets.getItemOrNullObject(id) : null;
      ours?.load("name");
      const named = sheets.getItemOrNullObject(RULES_SHEET_NAME);
      named.load("name");
      const structure = sheets.getItemOrNullObject(RULES_STRUCTURE_SHEET);
      structure.load("name");
      await sync();
      const ws = ours && !ours.isNullObject ? ours : !named.isNullObject ? named : null;
      if (!ws) return null;
      const cells = await cellsFromA1(sync, ws);
      return { sheet: ws.name, cells, structure: structure.isNullObject ? null : await cellsFromA1(sync, structure) };
    });
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.run(async (context, sync) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await sync();
    });
  }
}

/** The rules adapter over the real Office globals (after Office.onReady), or null outside Office. */
export function officeRules(): ExcelRules | null {
  if (typeof Excel === "undefined" || typeof Office === "undefined") return null;
  return new ExcelRules({
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings as unknown as SettingsLike,
  });
}
