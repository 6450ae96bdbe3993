/// <reference types="office-js" />
import { freeSheetNames, StatementSheet } from "../engine";
import { fromOfficeError } from "./errors";
import { recordedIds, recordValue } from "./recordedIds";
import { defaultPacer, PacerFactory } from "./pace";
import type { CancelToken, WriteStats } from "./port";
import { saveSettings, SettingsLike } from "./settings";
import { StatementsProgress, writeStatementSheet } from "./statementSheet";

export type { StatementsProgress } from "./statementSheet";
export { writeStatementSheet } from "./statementSheet";

/**
 * Document setting holding the ids of the statements sheets Jili created — one id as a string, several (statements
 * longer than one sheet) as a list: only those sheets are ever replaced.
 */
export const STATEMENTS_SETTING = "jili.statementsSheetId";

export type StatementsOutcome =
  | {
      status: "done";
      /** the first sheet's name: the layout's, or `… (2)` when a sheet of the user's has that name */
      sheet: string;
      /** every sheet written, in order (one unless the statements are longer than a sheet) */
      sheets: string[];
      renamed: boolean;
      /** page layout set (ExcelApi 1.9); without it the sheet is written but prints with Excel's defaults */
      printSettings: boolean;
      stats: WriteStats;
    }
  | { status: "cancelled"; sheet: string; rowsWritten: number; stats: WriteStats };

export interface StatementsWriteOptions {
  cancel?: CancelToken;
  /** rows written of all the sheets' rows */
  onProgress?: (p: StatementsProgress) => void;
}

/** What the pane needs to write statements; the tests give a fake. */
export interface StatementsPort {
  /** the statements' sheets in order: one, or several cut between statements (the engine's splitStatementSheet) */
  writeStatements(sheets: readonly StatementSheet[], options?: StatementsWriteOptions): Promise<StatementsOutcome>;
}

export interface StatementsDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  settings: SettingsLike;
  isSetSupported(name: string, version: string): boolean;
  /** paces the pane's work between syncs (default: slices of SLICE_MS, a turn of the event loop between) */
  pace?: PacerFactory;
}

/** Rows of all the sheets, for progress counted across them. */
export function statementRows(sheets: readonly StatementSheet[]): number {
  return sheets.reduce((n, s) => n + s.rows.length, 0);
}

/**
 * Statements in the workbook: sheets of Jili's own (their ids recorded in the document settings), replaced at every
 * run — one sheet, or several when the statements are longer than a sheet holds. A sheet of the user's that has a
 * statements sheet's name is never touched: the statements get the next free names (the engine's freeSheetNames).
 */
export class ExcelStatements implements StatementsPort {
  lastStats: WriteStats | null = null;

  constructor(private readonly deps: StatementsDeps) {}

  async writeStatements(parts: readonly StatementSheet[], options: StatementsWriteOptions = {}): Promise<StatementsOutcome> {
    if (parts.length === 0) throw new Error("no statements sheet to write");
    const printSettings = this.deps.isSetSupported("ExcelApi", "1.9");
    try {
      return await this.deps.run(async (context) => {
        let syncs = 0;
        const sync = async () => {
          syncs++;
          await context.sync();
        };
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/id");
        await sync();
        const recorded = new Set(recordedIds(this.deps.settings.get(STATEMENTS_SETTING)));
        const mine = sheets.items.filter((ws) => recorded.has(ws.id));
        const users = new Set(sheets.items.filter((ws) => !recorded.has(ws.id)).map((ws) => ws.name.toLowerCase()));
        const names = freeSheetNames(parts[0].name, parts.length, (n) => users.has(n.toLowerCase()));
        for (const ws of mine) ws.delete();
        const pace = (this.deps.pace ?? defaultPacer)();
        const total = statementRows(parts);
        // each sheet added when its turn comes and only if the run goes on (so a cancel leaves no empty sheet: a sheet
        // added gets at least its first chunk), recorded with the ones before as soon as it exists (its id comes with
        // its first chunk's sync): a cancelled or failed run is replaced by the next one
        const ids: string[] = [];
        let before = 0;
        let chunks = 0;
        let largest = 0;
        for (let i = 0; i < parts.length; i++) {
          if (options.cancel?.cancelled) {
            if (ids.length === 0) await forgetStatements(this.deps.settings);
            this.lastStats = { syncs, chunks, largestRequest: largest };
            return { status: "cancelled", sheet: names[0], rowsWritten: before, stats: this.lastStats };
          }
          const ws = sheets.add(names[i]);
          ws.load("id");
          const written = await writeStatementSheet(context, sync, ws, parts[i], {
            printSettings,
            pace,
            cancel: options.cancel,
            onProgress: options.onProgress && ((p) => options.onProgress!({ done: before + p.done, total })),
            afterFirst: async () => {
              ids.push(ws.id);
              this.deps.settings.set(STATEMENTS_SETTING, recordValue(ids));
              await saveSettings(this.deps.settings);
            },
          });
          chunks += written.chunks;
          largest = Math.max(largest, written.largestRequest);
          this.lastStats = { syncs, chunks, largestRequest: largest };
          if (written.cancelled) return { status: "cancelled", sheet: names[0], rowsWritten: before + written.rowsWritten, stats: this.lastStats };
          before += parts[i].rows.length;
        }
        return { status: "done", sheet: names[0], sheets: names, renamed: names[0] !== parts[0].name, printSettings, stats: this.lastStats! };
      });
    } catch (e) {
      throw fromOfficeError(e);
    }
  }
}

/** No statements sheet is left (a run cancelled before its first): the record of the deleted ones goes. */
async function forgetStatements(settings: SettingsLike): Promise<void> {
  if (settings.get(STATEMENTS_SETTING) === undefined || settings.get(STATEMENTS_SETTING) === null) return;
  settings.remove(STATEMENTS_SETTING);
  await saveSettings(settings);
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
