/// <reference types="office-js" />
import { RawCell, RowKind, RULES_SHEET_LOOK, RULES_SHEET_NAME, RulesSheet } from "../engine";
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

/** The engine's look for the rules sheet, as Office.js colours (font sizes and wrapping are left to Excel's defaults). */
const LOOK = RULES_SHEET_LOOK;
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
}

/** What the pane needs for the rules sheet; the controller tests give a fake. */
export interface RulesPort {
  /** writes the sheet as Jili's rules sheet (replacing Jili's earlier one, never a sheet of the user's) and activates it */
  writeRulesSheet(sheet: RulesSheet): Promise<RulesWriteOutcome>;
  /** Jili's rules sheet (the one recorded), else a sheet named 规则; null when there is neither */
  readRulesSheet(): Promise<RulesRead | null>;
  selectCell(sheet: string, address: string): Promise<void>;
}

export interface RulesDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  settings: SettingsLike;
}

/** Consecutive rows of one kind, as one formatting call each. */
function kindRuns(kinds: RowKind[], from: number, to: number): { kind: RowKind; top: number; bottom: number }[] {
  const out: { kind: RowKind; top: number; bottom: number }[] = [];
  for (let i = from; i < to; i++) {
    const last = out[out.length - 1];
    if (last && last.kind === kinds[i] && last.bottom === i) last.bottom = i + 1;
    else out.push({ kind: kinds[i], top: i + 1, bottom: i + 1 });
  }
  return out;
}

/**
 * Writes a rules sheet into a new, empty worksheet in row chunks under the request budget. In each chunk the number
 * formats go first — every text cell "@" — and the values after them, so a text such as "1" or "2016-01-01" stays
 * text (Excel would turn it into a number or a date in a General cell), and so does whatever the clerk types over it.
 */
export async function writeRulesCells(context: Excel.RequestContext, sync: Sync, ws: Excel.Worksheet, sheet: RulesSheet): Promise<{ chunks: number; largestRequest: number }> {
  const width = Math.max(2, ...sheet.rows.map((r) => r.length));
  const last = width - 1;
  const rowBytes = (i: number) => sheet.rows[i].reduce<number>((b, v) => b + cellBytes(v) + (typeof v === "string" ? 4 : 5), 8 + (width - sheet.rows[i].length) * 10) + OP_BYTES * 3;
  const chunks = planChunks(sheet.rows.length, rowBytes);
  const app = context.workbook.application;
  let largest = 0;
  for (let n = 0; n < chunks.length; n++) {
    const { start, end, bytes } = chunks[n];
    app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
    const slice = sheet.rows.slice(start, end);
    const range = ws.getRange(rangeAddress(0, start + 1, last, end));
    range.numberFormat = slice.map((line) => Array.from({ length: width }, (_, c) => (typeof line[c] === "string" ? "@" : null)));
    range.values = slice.map((line) => Array.from({ length: width }, (_, c) => (line[c] === null || line[c] === undefined ? "" : line[c]!)));
    ws.getRange(rangeAddress(0, start + 1, 0, end)).format.font.color = css(LOOK.markerGrey);
    for (const run of kindRuns(sheet.kinds, start, end)) {
      const rows = ws.getRange(rangeAddress(0, run.top, last, run.bottom));
      const fill = LOOK.fills[run.kind];
      if (fill) rows.format.fill.color = css(fill);
      if (run.kind === "title") {
        const title = ws.getRange(rangeAddress(1, run.top, last, run.bottom)).format.font;
        title.bold = true;
        title.color = css(LOOK.titleFont);
      } else if (run.kind === "block") ws.getRange(rangeAddress(1, run.top, 1, run.bottom)).format.font.bold = true;
      else if (run.kind === "labels") ws.getRange(rangeAddress(1, run.top, last, run.bottom)).format.font.bold = true;
      else if (run.kind === "keys") rows.format.font.color = css(LOOK.keysGrey);
    }
    if (n === 0) {
      ws.freezePanes.freezeRows(1);
      for (let c = 0; c <= Math.max(last, LOOK.valueColumns + 1); c++) {
        const letters = colLetters(c);
        ws.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(c === 0 ? LOOK.widths.markers : c === 1 ? LOOK.widths.labels : LOOK.widths.values);
      }
    }
    if (n === chunks.length - 1) {
      ws.activate();
      ws.getRange("B1").select();
    }
    await sync();
    largest = Math.max(largest, bytes);
  }
  return { chunks: chunks.length, largestRequest: largest };
}

/**
 * The rules sheet in the workbook: one sheet of Jili's own, its id recorded in the document settings, replaced at
 * every "Edit rules". A sheet of the user's named 规则 is never touched: the rules go to the next free name
 * (`规则 (2)` …) and the pane says so.
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

  writeRulesSheet(sheet: RulesSheet): Promise<RulesWriteOutcome> {
    return this.run(async (context, sync, syncs) => {
      const sheets = context.workbook.worksheets;
      const id = this.recorded();
      const ours = id ? sheets.getItemOrNullObject(id) : null;
      ours?.load("id,name");
      // 规则, 规则 (2) … (a rules sheet's name is short: no need to cut it to Excel's 31 characters)
      const names = Array.from({ length: NAME_TRIES }, (_, k) => (k === 0 ? sheet.name : `${sheet.name} (${k + 1})`));
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
      const written = await writeRulesCells(context, sync, ws, sheet);
      this.deps.settings.set(RULES_SETTING, ws.id);
      await saveSettings(this.deps.settings);
      this.lastStats = { syncs: syncs(), chunks: written.chunks, largestRequest: written.largestRequest };
      return { sheet: free.name, renamed: free.name !== names[0], rows: sheet.rows.length, stats: this.lastStats };
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
      await sync();
      const ws = ours && !ours.isNullObject ? ours : !named.isNullObject ? named : null;
      if (!ws) return null;
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await sync();
      if (used.rowCount * used.columnCount > MAX_READ_CELLS) {
        throw new PaneError("NO_DATA", {
          "zh-CN": `工作表「${ws.name}」太大，不是规则表（${used.rowCount} 行 × ${used.columnCount} 列）`,
          "en-US": `Sheet ${ws.name} is too large to be a rules sheet (${used.rowCount} rows × ${used.columnCount} columns)`,
        });
      }
      // from A1, so that the problems' addresses are the sheet's own
      const range = ws.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, used.columnIndex + used.columnCount);
      range.load("values");
      await sync();
      // values as Excel holds them: the rules sheet's texts are formatted as text, so a date stays the text typed
      const cells: RawCell[][] = range.values.map((line) => line.map((v) => (v === "" || v === undefined ? null : (v as RawCell))));
      // a blank used range reads as one empty cell
      const blank = cells.every((line) => line.every((v) => v === null));
      return { sheet: ws.name, cells: blank ? [] : cells };
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
