/// <reference types="office-js" />
import { freeSheetNames, StatementSheet } from "../engine";
import { fromOfficeError } from "./errors";
import { recordedStatements, recordStatements } from "./statementsRecord";
import { StatementsHost, writeStatementParts } from "./statementParts";
import { defaultPacer, PacerFactory } from "./pace";
import type { CancelToken, WriteStats } from "./port";
import { saveSettings, SettingsLike } from "./settings";
import { planStatementSheet, StatementSheetPlan, StatementsProgress, writeStatementSheet } from "./statementSheet";

export type { StatementsProgress } from "./statementSheet";
export { writeStatementSheet } from "./statementSheet";

export { STATEMENTS_SETTING } from "./statementsRecord";

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

/**
 * Statements in the workbook: sheets of Jili's own (their ids recorded in the document settings), replaced at every
 * run — one sheet, or several when the statements are longer than a sheet holds. A sheet of the user's that has a
 * statements sheet's name is never touched: the statements get the next free names (the engine's freeSheetNames).
 */
export class ExcelStatements implements StatementsPort {
  lastStats: WriteStats | null = null;

  constructor(private readonly deps: StatementsDeps) {}

  async writeStatements(parts: readonly StatementSheet[], options: StatementsWriteOptions = {}): Promise<StatementsOutcome> {
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
        // Jili's: a recorded id, or a recorded name (WPS records names; Office.js finds a sheet by either)
        const recorded = new Set(recordedStatements(this.deps.settings).map((k) => k.toLowerCase()));
        const isMine = (ws: Excel.Worksheet) => recorded.has(ws.id.toLowerCase()) || recorded.has(ws.name.toLowerCase());
        const mine = sheets.items.filter(isMine);
        const usersNames = new Set(sheets.items.filter((ws) => !isMine(ws)).map((ws) => ws.name.toLowerCase()));
        const names = freeSheetNames(parts[0].name, parts.length, (n) => usersNames.has(n.toLowerCase()));
        const pace = (this.deps.pace ?? defaultPacer)();
        const host: StatementsHost<StatementSheetPlan, Excel.Worksheet> = {
          prepare: (part) => planStatementSheet(part, pace),
          deleteOld: async () => mine.forEach((ws) => ws.delete()),
          add: async (name) => {
            // its own request (the last run's sheets deleted in it): the id is known, and recorded, before any cell
            const ws = sheets.add(name);
            ws.load("id,name");
            await sync();
            return { key: ws.id, name: ws.name, sheet: ws };
          },
          record: async (keys) => {
            recordStatements(this.deps.settings, keys);
            await saveSettings(this.deps.settings);
          },
          write: (ws, plan, onRows) => writeStatementSheet(context, sync, ws, plan, { printSettings, pace, cancel: options.cancel, onProgress: (p) => onRows(p.done) }),
        };
        const out = await writeStatementParts(host, parts, names, options);
        const stats = { syncs, chunks: out.chunks, largestRequest: out.largestRequest };
        this.lastStats = stats;
        if (out.cancelled) return { status: "cancelled", sheet: out.names[0] ?? names[0], rowsWritten: out.rowsWritten, stats };
        return { status: "done", sheet: out.names[0], sheets: out.names, renamed: out.names[0] !== parts[0].name, printSettings, stats };
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
