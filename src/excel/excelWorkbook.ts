/// <reference types="office-js" />
import { rangeAddress } from "./address";
import { fromOfficeError, sheetProtectedError, workbookProtectedError } from "./errors";
import { markCells } from "./marks";
import { defaultPacer, PacerFactory } from "./pace";
import { readMarkRecords, writeMarkRecords } from "./markRecord";
import { wholeSheets } from "./outputRecords";
import { clearMarks, inventoryOutput, removeOutput } from "./removeOutput";
import type { SummaryTable } from "../engine";
import { clearFilter, filterRows } from "./filter";
import { writeIssuesSheet } from "./issuesSheet";
import type { CancelToken, CellMark, Conflict, FillOutcome, FillRequest, FilterOutcome, OutputInventory, Progress, RemovalOutcome, RemovalPlan, RowFilter, RowFilterRecord, SavedRun, SheetList, SheetSnapshot, WorkbookPort, WriteStats } from "./port";
import { readFilterRecord } from "./rowFilter";
import { listSheets, readActiveSheet, readSheets } from "./read";
import { saveSettings, SETTING, SettingsLike } from "./settings";
import { writeSummary } from "./summary";
import { groupColumns, resolveTargets } from "./targets";
import { Sync, writeColumns } from "./writeColumns";

/** What the Excel implementation needs from Office; injected so tests can hand in mocks. */
export interface ExcelDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.document.settings */
  settings: SettingsLike;
  /** Office.context.requirements.isSetSupported */
  isSetSupported(name: string, version: string): boolean;
  /** paces the pane's work between syncs (default: slices of SLICE_MS, a turn of the event loop between) */
  pace?: PacerFactory;
}

/** The only code that touches Excel: every call is one Excel.run with a number of syncs that grows with rows / chunk. */
export class ExcelWorkbook implements WorkbookPort {
  /** sync count and largest request of the last fill, for the pane's diagnostics and the tests */
  lastStats: WriteStats | null = null;

  constructor(private readonly deps: ExcelDeps) {}

  private async run<T>(batch: (context: Excel.RequestContext, sync: Sync, count: () => number) => Promise<T>): Promise<T> {
    try {
      return await this.deps.run(async (context) => {
        let syncs = 0;
        const sync = async () => {
          syncs++;
          await context.sync();
        };
        return batch(context, sync, () => syncs);
      });
    } catch (e) {
      throw fromOfficeError(e);
    }
  }

  readActiveSheet(onProgress?: (p: Progress) => void): Promise<SheetSnapshot> {
    return this.run((context) => readActiveSheet(context, onProgress));
  }

  listSheets(): Promise<SheetList> {
    return this.run((context) => listSheets(context));
  }

  readSheets(names: readonly string[], onProgress?: (p: Progress) => void): Promise<SheetSnapshot[]> {
    return this.run((context) => readSheets(context, names, onProgress));
  }

  fill(req: FillRequest, options: { overwrite: boolean; cancel?: CancelToken; onProgress?: (p: Progress) => void }): Promise<FillOutcome> {
    const { overwrite, cancel, onProgress } = options;
    return this.run(async (context, sync, syncs) => {
      onProgress?.({ phase: "check", done: 0, total: req.rowNumbers.length });
      const sheets = context.workbook.worksheets;
      const sheet = sheets.getItem(req.sheet);
      const bottom = Math.max(req.lastRow, req.headerRow, ...req.rowNumbers.slice(-1));
      const scans = groupColumns([...req.columns.map((c) => c.col), ...req.clearColumns]).map((g) => {
        const range = sheet.getRange(rangeAddress(g.left, req.headerRow, g.right, bottom));
        const formulas = range.getSpecialCellsOrNullObject("Formulas");
        formulas.load("address");
        const merges = range.getMergedAreasOrNullObject();
        merges.load("address");
        return { formulas, merges };
      });
      // a protected sheet (or, for the summary sheet, a protected structure) is the user's decision: checked first
      const sheetProtection = sheet.protection;
      sheetProtection.load("protected");
      // the summary sheet, and each person's total across parts: sheets Jili writes whole
      const whole = wholeSheets(req);
      const bookProtection = whole.length ? context.workbook.protection : null;
      bookProtection?.load("protected");
      const owned = whole.map((w) => {
        const markedId = this.deps.settings.get(w.setting);
        const marked = typeof markedId === "string" ? sheets.getItemOrNullObject(markedId) : null;
        marked?.load("name,id");
        // Jili's sheet by name, in any language (as the command line knows it): replaced, but asked first unless marked
        const named = [...new Set([w.table.sheetName, ...w.names])].map((n) => sheets.getItemOrNullObject(n));
        for (const n of named) n.load("name,id");
        return { ...w, marked, named };
      });
      await sync();
      if (sheetProtection.protected) throw sheetProtectedError(req.sheet);
      if (whole.length && bookProtection?.protected) throw workbookProtectedError(whole[0].table.sheetName);

      const targets = resolveTargets(
        req,
        {
          formulas: scans.filter((s) => !s.formulas.isNullObject).map((s) => s.formulas.address),
          merges: scans.filter((s) => !s.merges.isNullObject).map((s) => s.merges.address),
        },
        overwrite,
      );
      const places = owned.map((o) => {
        const ours = o.marked && !o.marked.isNullObject ? o.marked : null;
        return { ...o, ours, clashes: o.named.filter((n) => !n.isNullObject && (!ours || n.id !== ours.id)) };
      });
      const conflicts: Conflict[] = [...targets.conflicts];
      for (const clash of places.flatMap((p) => p.clashes)) conflicts.push({ kind: "sheet", sheet: clash.name, address: clash.name, canOverwrite: true });
      if (conflicts.some((c) => !c.canOverwrite) || (conflicts.length > 0 && !overwrite)) return { status: "conflicts", conflicts };

      const written = await writeColumns(context, sync, req, targets, cancel, onProgress, (this.deps.pace ?? defaultPacer)());
      const stats = (): WriteStats => ({ syncs: syncs(), chunks: written.stats.chunks, largestRequest: written.stats.largestRequest });
      if (written.cancelled) {
        this.lastStats = stats();
        return { status: "cancelled", rowsWritten: written.rowsWritten, stats: this.lastStats };
      }
      let largest = written.stats.largestRequest;
      let chunks = written.stats.chunks;
      for (const place of places) {
        const table = place.table;
        onProgress?.({ phase: "summary", done: 0, total: table.rows.length });
        place.ours?.delete();
        for (const clash of place.clashes) clash.delete();
        const added = sheets.add(table.sheetName);
        added.load("id");
        const s = await writeSummary(context, sync, added, table);
        largest = Math.max(largest, s.largestRequest);
        chunks += s.chunks;
        this.deps.settings.set(place.setting, added.id);
        await saveSettings(this.deps.settings);
        onProgress?.({ phase: "summary", done: table.rows.length, total: table.rows.length });
      }
      this.lastStats = { syncs: syncs(), chunks, largestRequest: largest };
      return { status: "done", rows: req.rowNumbers.length, stats: this.lastStats };
    });
  }

  markCells(sheet: string, marks: CellMark[]): Promise<{ marked: number; annotated: number; sheetProtected?: boolean }> {
    const annotate = this.deps.isSetSupported("ExcelApi", "1.18") ? "notes" : this.deps.isSetSupported("ExcelApi", "1.10") ? "comments" : "none";
    const records = readMarkRecords(this.deps.settings);
    const previous = { marked: Array.isArray(records.marks[sheet]) ? records.marks[sheet] : [], fills: records.fills[sheet] ?? {} };
    return this.run(async (context, sync) => {
      const done = await markCells(context, sync, sheet, marks, previous, annotate);
      // a protected sheet is read and validated, never written: nothing was coloured and the earlier marks stay recorded
      if (done.sheetProtected) return { marked: 0, annotated: 0, sheetProtected: true };
      writeMarkRecords(this.deps.settings, sheet, done.marked, done.fills, records);
      await saveSettings(this.deps.settings);
      return { marked: done.marked.length, annotated: done.annotated };
    });
  }

  inventoryOutput(): Promise<OutputInventory> {
    return this.run((context, sync) => inventoryOutput(context, sync, this.deps.settings));
  }

  /** the removal, then Jili's filter (a protected sheet stops the removal before either changes anything) */
  async removeOutput(plan: RemovalPlan): Promise<RemovalOutcome> {
    const out = await this.run((context, sync) => removeOutput(context, sync, this.deps, plan));
    if (!plan.filter) return out;
    const shown = await this.clearFilter();
    return { ...out, filtered: shown.shown };
  }

  filterRows(filter: RowFilter, onProgress?: (p: Progress) => void): Promise<FilterOutcome> {
    return this.run((context, sync) => filterRows(context, sync, this.deps.settings, filter, onProgress));
  }

  clearFilter(): Promise<{ sheet: string | null; shown: number }> {
    return this.run((context, sync) => clearFilter(context, sync, this.deps.settings));
  }

  activeFilter(): RowFilterRecord | null {
    return readFilterRecord(this.deps.settings);
  }

  writeIssues(table: SummaryTable, onProgress?: (p: Progress) => void): Promise<{ sheet: string }> {
    return this.run((context, sync) => writeIssuesSheet(context, sync, this.deps.settings, table, onProgress));
  }

  clearMarks(): Promise<{ cleared: number; protectedSheets: string[] }> {
    return this.run((context, sync) => clearMarks(context, sync, this.deps));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.run(async (context, sync) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await sync();
    });
  }

  loadRun(): SavedRun | null {
    const v = this.deps.settings.get(SETTING.run);
    return v && typeof v === "object" && (v as { version?: unknown }).version === 1 ? (v as SavedRun) : null;
  }

  async saveRun(run: SavedRun): Promise<void> {
    this.deps.settings.set(SETTING.run, run);
    await saveSettings(this.deps.settings);
  }
}

