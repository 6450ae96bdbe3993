import { sheetProtectedError, workbookProtectedError } from "../excel/errors";
import type { SummaryTable } from "../engine";
import type { CancelToken, CellMark, Conflict, FillOutcome, FillRequest, FilterOutcome, OutputInventory, Progress, RemovalOutcome, RemovalPlan, RowFilter, RowFilterRecord, SavedRun, SheetList, SheetSnapshot, WorkbookPort, WriteStats } from "../excel/port";
import { readFilterRecord } from "../excel/rowFilter";
import { clearFilter, filterRows, writeIssuesSheet } from "./filter";
import { saveSettings, SETTING, type SettingsLike } from "../excel/settings";
import { wholeSheets } from "../excel/outputRecords";
import { groupColumns, resolveTargets } from "../excel/targets";
import type { EtApplication } from "./et";
import { fromEtError } from "./errors";
import { markCells } from "./marks";
import { clearMarks, inventoryOutput, removeOutput } from "./removeOutput";
import { readMarkRecords, writeMarkRecords } from "../excel/markRecord";
import { listSheets, readActiveSheet, readSheets } from "./read";
import { scanTargets } from "./scan";
import { addSheet, deleteSheet, findSheet, recordedSheet } from "./sheets";
import { writeSummary } from "./summary";
import { writeColumns } from "./writeColumns";

/** The WorkbookPort over WPS 表格's object model: the same cells as the Excel adapter, by synchronous ET calls. */
export class WpsWorkbook implements WorkbookPort {
  lastStats: WriteStats | null = null;

  constructor(
    private readonly app: EtApplication,
    private readonly settings: SettingsLike,
  ) {}

  private async guard<T>(action: () => Promise<T> | T): Promise<T> {
    try {
      return await action();
    } catch (e) {
      throw fromEtError(e);
    }
  }

  readActiveSheet(onProgress?: (p: Progress) => void): Promise<SheetSnapshot> {
    return this.guard(() => readActiveSheet(this.app, onProgress));
  }

  listSheets(): Promise<SheetList> {
    return this.guard(() => listSheets(this.app));
  }

  readSheets(names: readonly string[], onProgress?: (p: Progress) => void): Promise<SheetSnapshot[]> {
    return this.guard(() => readSheets(this.app, names, onProgress));
  }

  fill(req: FillRequest, options: { overwrite: boolean; cancel?: CancelToken; onProgress?: (p: Progress) => void }): Promise<FillOutcome> {
    return this.guard(async () => {
      const { overwrite, cancel, onProgress } = options;
      onProgress?.({ phase: "check", done: 0, total: req.rowNumbers.length });
      const book = this.app.ActiveWorkbook;
      const ws = findSheet(book, req.sheet);
      if (!ws) throw new Error(`no sheet named ${req.sheet}`);
      // a protected sheet (or, for the summary sheet, a protected structure) is the user's decision: checked first
      if (ws.ProtectContents) throw sheetProtectedError(req.sheet);
      // the summary sheet, and each person's total across parts: sheets Jili writes whole
      const whole = wholeSheets(req);
      if (whole.length && book.ProtectStructure) throw workbookProtectedError(whole[0].table.sheetName);
      const bottom = Math.max(req.lastRow, req.headerRow, ...req.rowNumbers.slice(-1));
      const scan = scanTargets(ws, groupColumns([...req.columns.map((c) => c.col), ...req.clearColumns]), req.headerRow, bottom);
      const targets = resolveTargets(req, scan, overwrite);
      const places = whole.map((w) => {
        const ours = recordedSheet(book, this.settings.get(w.setting));
        const named = [...new Set([w.table.sheetName, ...w.names])].map((n) => findSheet(book, n));
        const clashes = [...new Set(named)].filter((s) => s !== null && (!ours || s.Name !== ours.Name)).map((s) => s!);
        return { ...w, ours, clashes };
      });
      const conflicts: Conflict[] = [...targets.conflicts, ...places.flatMap((p) => p.clashes).map((s): Conflict => ({ kind: "sheet", sheet: s.Name, address: s.Name, canOverwrite: true }))];
      if (conflicts.some((c) => !c.canOverwrite) || (conflicts.length > 0 && !overwrite)) return { status: "conflicts", conflicts };

      this.app.ScreenUpdating = false;
      try {
        const written = await writeColumns(ws, req, targets, cancel, onProgress);
        const stats = (chunks: number): WriteStats => ({ syncs: 0, chunks, largestRequest: 0 });
        if (written.cancelled) {
          this.lastStats = stats(written.chunks);
          return { status: "cancelled", rowsWritten: written.rowsWritten, stats: this.lastStats };
        }
        let chunks = written.chunks;
        for (const place of places) {
          const table = place.table;
          onProgress?.({ phase: "summary", done: 0, total: table.rows.length });
          if (place.ours) deleteSheet(this.app, place.ours);
          for (const clash of place.clashes) deleteSheet(this.app, clash);
          // active while written: freezing the header row acts on the active window
          const added = addSheet(this.app, table.sheetName, true);
          chunks += writeSummary(this.app, added, table);
          ws.Activate();
          this.settings.set(place.setting, added.Name);
          await saveSettings(this.settings);
          onProgress?.({ phase: "summary", done: table.rows.length, total: table.rows.length });
        }
        this.lastStats = stats(chunks);
        return { status: "done", rows: req.rowNumbers.length, stats: this.lastStats };
      } finally {
        this.app.ScreenUpdating = true;
      }
    });
  }

  markCells(sheet: string, marks: CellMark[]): Promise<{ marked: number; annotated: number; sheetProtected?: boolean }> {
    return this.guard(async () => {
      const ws = findSheet(this.app.ActiveWorkbook, sheet);
      if (!ws) throw new Error(`no sheet named ${sheet}`);
      const records = readMarkRecords(this.settings);
      const done = markCells(ws, marks, { marked: Array.isArray(records.marks[sheet]) ? records.marks[sheet] : [], fills: records.fills[sheet] ?? {} });
      if (done.sheetProtected) return { marked: 0, annotated: 0, sheetProtected: true };
      writeMarkRecords(this.settings, sheet, done.marked, done.fills, records);
      await saveSettings(this.settings);
      return { marked: done.marked.length, annotated: done.annotated };
    });
  }

  inventoryOutput(): Promise<OutputInventory> {
    return this.guard(() => inventoryOutput(this.app, this.settings));
  }

  /** the removal, then Jili's filter (a protected sheet stops the removal before either changes anything) */
  removeOutput(plan: RemovalPlan): Promise<RemovalOutcome> {
    return this.guard(async () => {
      const out = await removeOutput(this.app, this.settings, plan);
      return plan.filter ? { ...out, filtered: (await clearFilter(this.app, this.settings)).shown } : out;
    });
  }

  filterRows(filter: RowFilter, onProgress?: (p: Progress) => void): Promise<FilterOutcome> {
    return this.guard(() => filterRows(this.app, this.settings, filter, onProgress));
  }

  clearFilter(): Promise<{ sheet: string | null; shown: number }> {
    return this.guard(() => clearFilter(this.app, this.settings));
  }

  activeFilter(): RowFilterRecord | null {
    return readFilterRecord(this.settings);
  }

  writeIssues(table: SummaryTable, onProgress?: (p: Progress) => void): Promise<{ sheet: string }> {
    return this.guard(() => writeIssuesSheet(this.app, this.settings, table, onProgress));
  }

  clearMarks(): Promise<{ cleared: number; protectedSheets: string[] }> {
    return this.guard(() => clearMarks(this.app, this.settings));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.guard(() => {
      const ws = findSheet(this.app.ActiveWorkbook, sheet);
      if (!ws) throw new Error(`no sheet named ${sheet}`);
      ws.Activate();
      ws.Range(address).Select();
    });
  }

  loadRun(): SavedRun | null {
    const v = this.settings.get(SETTING.run);
    return v && typeof v === "object" && (v as { version?: unknown }).version === 1 ? (v as SavedRun) : null;
  }

  async saveRun(run: SavedRun): Promise<void> {
    this.settings.set(SETTING.run, run);
    await saveSettings(this.settings);
  }
}
