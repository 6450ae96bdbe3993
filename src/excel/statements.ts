/// <reference types="office-js" />
import { StatementSheet, validSheetName } from "../engine";
import { fromOfficeError, PaneError } from "./errors";
import { defaultPacer, PacerFactory } from "./pace";
import type { CancelToken, WriteStats } from "./port";
import { saveSettings, SettingsLike } from "./settings";
import { StatementsProgress, writeStatementSheet } from "./statementSheet";

export type { StatementsProgress } from "./statementSheet";
export { writeStatementSheet } from "./statementSheet";

/** Document setting holding the id of the statements sheet Jili created: only that sheet is ever replaced. */
export const STATEMENTS_SETTING = "jili.statementsSheetId";

/** How many names (`Jili个人明细`, `Jili个人明细 (2)` …) are tried when the user has sheets with Jili's name. */
const NAME_TRIES = 10;

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
  /** paces the pane's work between syncs (default: slices of SLICE_MS, a turn of the event loop between) */
  pace?: PacerFactory;
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
          pace: (this.deps.pace ?? defaultPacer)(),
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
