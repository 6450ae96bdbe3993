/// <reference types="office-js" />
import { rangeAddress } from "./address";
import { fromOfficeError, PaneError } from "./errors";
import { cellBytes, planChunks } from "./payload";

/** The part of `Office.context.document.settings` Jili uses (per document and add-in id; about 2 MB in all). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

export const SETTING = {
  run: "jili.run",
  /** id of the summary sheet Jili created: only that sheet is ever replaced */
  summarySheet: "jili.summarySheetId",
  /** cells Jili coloured at the last validation, per sheet */
  marks: "jili.marks",
  /** id of the person-total sheet Jili created (each person across a scheme's parts): only that sheet is replaced */
  personTotalSheet: "jili.personTotalSheetId",
} as const;

/**
 * Every key Jili keeps (the statements', rules sheet's and marks' fills records are named in statements.ts,
 * rulesSheet.ts and markRecord.ts), so that a workbook's document settings are carried into the settings sheet in
 * full, not only the keys saved next. A test holds this list to those names.
 */
export const SETTING_KEYS: readonly string[] = [SETTING.run, SETTING.summarySheet, SETTING.marks, "jili.markFills", "jili.statementsSheetId", "jili.statementsMoreSheetIds", "jili.rulesSheetId", SETTING.personTotalSheet, "jili.issuesSheetId", "jili.filter"];

/** settings.saveAsync as a promise; a failure is a typed error, never swallowed. */
export function saveSettings(settings: SettingsLike): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      const failed = !!result?.error || String(result?.status).toLowerCase() === "failed";
      if (!failed) return resolve();
      const why = result.error?.message ?? "";
      reject(new PaneError("SETTINGS_SAVE_FAILED", { "zh-CN": `无法把设置保存到工作簿：${why}`, "en-US": `Could not save the settings in the workbook: ${why}` }));
    });
  });
}

/**
 * Jili's settings kept in the workbook itself, in one very hidden sheet that Excel (Office.js) and WPS 表格 (ET) both
 * read and write the same way, so a file carries its scheme and its sheets' records from one to the other. Office's
 * document settings live in a part only Office add-ins read; WPS cannot see them (docs/wps.md).
 *
 * Layout: A1 holds SETTINGS_FORMAT; each later row holds a key in column A and its value as JSON from column B on, cut
 * into pieces under a cell's 32 767 characters. Every cell is formatted as text before it is written.
 */
export const SETTINGS_SHEET = "Jili·settings";
export const SETTINGS_FORMAT = "jili-settings/1";
/** characters of JSON per cell, under a cell's limit of 32 767 */
export const SETTINGS_CHUNK = 30_000;

/**
 * A cell's text that Excel or ET may take as something else than text: a leading apostrophe is the prefix character
 * (dropped from the value); `=`, and in the Lotus tradition `+`, `-` and `@`, start a formula when typed. Cells are
 * formatted as text first, but JSON cut at any place could start a piece with one of them: the cut is moved back a
 * little so that no piece does. Top-level JSON never starts with one of them.
 */
const UNSAFE_START = /^['=+\-@]/;
const CUT_BACK = 64;

/** JSON cut into pieces of at most SETTINGS_CHUNK characters, none starting with an unsafe character where avoidable. */
export function cutPieces(json: string): string[] {
  const pieces: string[] = [];
  let i = 0;
  while (i < json.length) {
    let end = Math.min(i + SETTINGS_CHUNK, json.length);
    // the next piece starts at json[end]: moved back to a safe character, if one is near
    let safe = end;
    while (safe < json.length && safe > i + 1 && end - safe < CUT_BACK && UNSAFE_START.test(json.charAt(safe))) safe--;
    if (safe < json.length && !UNSAFE_START.test(json.charAt(safe))) end = safe;
    pieces.push(json.slice(i, end));
    i = end;
  }
  return pieces;
}

/** The settings as the sheet's rows (every cell a string). */
export function settingsToRows(values: Map<string, unknown>): string[][] {
  const rows: string[][] = [[SETTINGS_FORMAT]];
  for (const [key, value] of values) rows.push([key, ...cutPieces(JSON.stringify(value))]);
  return rows;
}

/** The settings read back from the sheet's cells; null when the sheet is not Jili's settings sheet. */
export function settingsFromRows(rows: unknown[][]): Map<string, unknown> | null {
  if (rows[0]?.[0] !== SETTINGS_FORMAT) return null;
  const out = new Map<string, unknown>();
  for (const line of rows.slice(1)) {
    const key = line?.[0];
    if (typeof key !== "string" || !key) continue;
    const json = line.slice(1).map((v) => (typeof v === "string" ? v : "")).join("");
    try {
      out.set(key, JSON.parse(json));
    } catch {
      throw new PaneError("SAVED_RUN_INVALID", {
        "zh-CN": `工作簿中 Jili 的设置（${key}）已损坏，无法读取`,
        "en-US": `Jili's setting ${key} in this workbook is damaged and cannot be read`,
      });
    }
  }
  return out;
}

/**
 * SettingsLike over a map held in memory, written to the workbook by `persist` on each save (the settings sheet);
 * values round-trip through JSON as Office's settings do. `fallback` answers keys the workbook's sheet does not hold
 * (a workbook saved before the settings sheet, whose settings are Office's document settings).
 */
export class SheetSettings implements SettingsLike {
  constructor(
    private readonly values: Map<string, unknown>,
    private readonly persist: (rows: string[][]) => Promise<void>,
    private readonly fallback: Pick<SettingsLike, "get"> | null = null,
  ) {}

  get(name: string): unknown {
    if (this.values.has(name)) return JSON.parse(JSON.stringify(this.values.get(name)));
    return this.fallback?.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void {
    this.persist(settingsToRows(this.values)).then(
      () => callback?.({ status: "succeeded" }),
      (e: unknown) => callback?.({ status: "failed", error: { message: e instanceof Error ? e.message : String(e) } }),
    );
  }
}

/**
 * The settings sheet over Office.js, read once when the pane starts (the pane's `loadRun()` is synchronous) and
 * written at every save. Members: `worksheets.getItemOrNullObject` (ExcelApi 1.4), `worksheets.add`,
 * `Worksheet.getUsedRange`, `getRange`, `Range.values`, `Range.numberFormat` (ExcelApi 1.1) and setting
 * `Worksheet.visibility` (ExcelApi 1.2). The manifest asks for no ExcelApi version, so the sheet is used only where
 * `isSetSupported("ExcelApi", "1.4")`; elsewhere the document settings stay Jili's store, as before.
 */
export interface SettingsHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.document.settings: where workbooks saved before the settings sheet keep Jili's settings */
  documentSettings: SettingsLike;
  isSetSupported(name: string, version: string): boolean;
}

export const SETTINGS_SHEET_API = "1.4";

/** The settings sheet's cells from A1, or null when the workbook has no sheet of that name. */
async function readSheetRows(run: SettingsHost["run"]): Promise<unknown[][] | null> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    ws.load("name");
    await context.sync();
    if (ws.isNullObject) return null;
    const used = ws.getUsedRange();
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    const pad = (n: number) => Array.from({ length: n }, () => "");
    return [...Array.from({ length: used.rowIndex }, () => []), ...used.values.map((line) => [...pad(used.columnIndex), ...line])];
  });
}

/**
 * Writes the rows over the settings sheet (added, very hidden, the first time), blanking what the last save left
 * beyond them; cells are formatted as text before their values land, in requests under Excel's size limit.
 */
async function writeSheetRows(run: SettingsHost["run"], rows: string[][]): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const found = sheets.getItemOrNullObject(SETTINGS_SHEET);
    found.load("name");
    await context.sync();
    let ws = found;
    let old = { rows: 0, cols: 0 };
    if (found.isNullObject) {
      ws = sheets.add(SETTINGS_SHEET);
      // very hidden: no tab, and Excel's Unhide dialog does not list it (ExcelApi 1.2 to set)
      ws.visibility = "VeryHidden";
    } else {
      const used = found.getUsedRange();
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      old = { rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
    }
    const height = Math.max(rows.length, old.rows);
    const width = Math.max(old.cols, ...rows.map((r) => r.length));
    const grid = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ""));
    const chunks = planChunks(height, (r) => grid[r].reduce((n, v) => n + cellBytes(v) + 4, 0));
    for (const { start, end } of chunks) {
      const range = ws.getRange(rangeAddress(0, start + 1, width - 1, end));
      range.numberFormat = grid.slice(start, end).map((line) => line.map(() => "@"));
      range.values = grid.slice(start, end);
      await context.sync();
    }
  });
}

/** The document settings given the values of the store (the keys Jili keeps), saved. */
async function saveToDocument(settings: SettingsLike, values: Map<string, unknown>): Promise<void> {
  for (const key of new Set([...SETTING_KEYS, ...values.keys()])) {
    if (values.has(key)) settings.set(key, values.get(key));
    else settings.remove(key);
  }
  await saveSettings(settings);
}

/**
 * Jili's settings of the open workbook: the settings sheet when it is there; else the document settings, carried into
 * the sheet at the next save (migration). Where the sheet cannot be added (a protected workbook structure) the values
 * go to the document settings as before, so a saved run is never lost. A damaged sheet is a typed error
 * (SAVED_RUN_INVALID), never overwritten.
 */
export async function openWorkbookSettings(host: SettingsHost): Promise<SettingsLike> {
  if (!host.isSetSupported("ExcelApi", SETTINGS_SHEET_API)) return host.documentSettings;
  let rows: unknown[][] | null;
  try {
    rows = await readSheetRows(host.run);
  } catch (e) {
    throw fromOfficeError(e);
  }
  const stored = rows ? settingsFromRows(rows) : null;
  const values = stored ?? new Map<string, unknown>();
  if (!stored) {
    for (const key of SETTING_KEYS) {
      const v = host.documentSettings.get(key);
      if (v !== null && v !== undefined) values.set(key, v);
    }
  }
  let inSheet = stored !== null;
  return new SheetSettings(values, async (out) => {
    try {
      await writeSheetRows(host.run, out);
      inSheet = true;
    } catch (e) {
      if (inSheet) throw fromOfficeError(e);
      await saveToDocument(host.documentSettings, values);
    }
  });
}
