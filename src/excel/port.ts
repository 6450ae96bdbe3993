import type { CellOut, ColumnOverrides, Lang, RawCell, RunStamp, SummaryTable } from "../engine";

/** The active sheet as read: cells from A1 so that column letters and row numbers match the sheet. */
export interface SheetSnapshot {
  sheet: string;
  /** cells[r][c] is sheet row r+1, column c (0-based); "" read from Excel is null here, as the CLI reads it */
  cells: RawCell[][];
  /** last row holding a value (1-based) and last used column (0-based, formats included): Jili appends to the right of it */
  lastRow: number;
  lastColumn: number;
  /** the Excel table holding the active cell, if any (0-based columns, 1-based rows) */
  table: { name: string; top: number; left: number; bottom: number; right: number } | null;
  /** some rows of the used range are hidden (they are still evaluated, as in the command line) */
  someRowsHidden: boolean;
}

/** The workbook's sheets, for a part that keeps tables on sheets of their own (a targets sheet, a roster). */
export interface SheetList {
  /** every sheet but the very hidden ones (Jili's settings), in tab order */
  sheets: string[];
  /** the active sheet */
  active: string;
}

/** One column of Jili's output placed on the sheet. */
export interface ColumnWrite {
  /** 0-based sheet column */
  col: number;
  header: string;
  kind: "output" | "status" | "explanation";
  numberFormat?: string;
  /** column width in Excel characters (the engine's FILL_COLUMN_WIDTH) */
  width: number;
  /** one value per data row, in the order of `rowNumbers` */
  values: CellOut[];
}

/** Everything a fill writes, decided by the controller; the adapter only places it. */
export interface FillRequest {
  sheet: string;
  /** 1-based header row */
  headerRow: number;
  /** 1-based sheet row of each data row */
  rowNumbers: number[];
  /** last used row (1-based): Jili's columns are cleared down to it */
  lastRow: number;
  columns: ColumnWrite[];
  /** Jili's columns no longer written: their values from the header row down are cleared (formulas stay) */
  clearColumns: number[];
  /** 0-based column of the last user header, whose format the new headers copy */
  headerStyleFrom: number | null;
  summary: SummaryTable | null;
  /**
   * each person's total across the scheme's parts (scheme.personTotal), written as a sheet of its own beside the
   * summary (`Jili·个人合计`), recorded and replaced like it; absent for schemes without one
   */
  personTotal?: SummaryTable | null;
  lang: Lang;
}

/** A cell Jili would have to change but that holds the user's work. */
export interface Conflict {
  kind: "formula" | "merged" | "sheet";
  sheet: string;
  /** A1 address, or the sheet name for kind "sheet" */
  address: string;
  /** formulas and an unmarked sheet with Jili's summary name may be overwritten after confirmation; merged cells never */
  canOverwrite: boolean;
}

export interface Progress {
  phase: "read" | "check" | "compute" | "write" | "summary" | "mark" | "filter" | "export";
  done: number;
  total: number;
  /** the sheet being read, when it is not the active one (a joined table's sheet) */
  sheet?: string;
}

/** Lets the pane stop a long write between two chunks. */
export interface CancelToken {
  readonly cancelled: boolean;
}

export interface WriteStats {
  /** context.sync() calls of this operation */
  syncs: number;
  /** the largest estimated request, in bytes */
  largestRequest: number;
  chunks: number;
}

export type FillOutcome =
  | { status: "done"; rows: number; stats: WriteStats }
  | { status: "conflicts"; conflicts: Conflict[] }
  | { status: "cancelled"; rowsWritten: number; stats: WriteStats };

/** A cell to flag after validation. */
export interface CellMark {
  /** A1 address on the data sheet */
  address: string;
  /** the reason, already in the pane's language */
  message: string;
}

/** What the workbook remembers between runs (document settings), so next month is one click. */
export interface SavedRun {
  version: 1;
  scheme: { preset: string } | { document: unknown };
  part?: string;
  params: Record<string, unknown>;
  /** field key → header text chosen by hand */
  columns: ColumnOverrides;
  /** joined table id → the sheet chosen by hand for it (a table kept on a sheet of its own) */
  tables?: Record<string, string>;
  lang?: Lang;
  /**
   * what the results Jili last wrote were computed from (the engine's run stamps): the fill (its columns and summary
   * sheet) and the statements sheet; the pane compares them with the workbook as it is when it reads it again
   */
  stamps?: { fill?: RunStamp; statements?: RunStamp };
}

/** Everything the pane asks of the workbook. The UI depends on this interface only, never on Office.js. */
export interface WorkbookPort {
  readActiveSheet(onProgress?: (p: Progress) => void): Promise<SheetSnapshot>;
  /** the workbook's sheets and the active one (for tables a scheme keeps on sheets of their own) */
  listSheets(): Promise<SheetList>;
  /**
   * reads these sheets' used ranges as readActiveSheet reads the active one, in bounded blocks, without an Excel table
   * (`table` null); a name no sheet has is left out. The progress names each sheet.
   */
  readSheets(names: readonly string[], onProgress?: (p: Progress) => void): Promise<SheetSnapshot[]>;
  /** writes Jili's columns and summary sheet; returns the conflicts instead, writing nothing, unless `overwrite` */
  fill(request: FillRequest, options: { overwrite: boolean; cancel?: CancelToken; onProgress?: (p: Progress) => void }): Promise<FillOutcome>;
  /** replaces Jili's earlier marks with these (fill colour + a note or comment with the reason) */
  /** on a protected sheet nothing is coloured or annotated (`sheetProtected`); the issues are still listed */
  markCells(sheet: string, marks: CellMark[]): Promise<{ marked: number; annotated: number; sheetProtected?: boolean }>;
  selectCell(sheet: string, address: string): Promise<void>;
  loadRun(): SavedRun | null;
  saveRun(run: SavedRun): Promise<void>;
  /** what Jili wrote: its recorded sheets, its marks, and every other sheet's first rows (Jili's headers are there) */
  inventoryOutput(): Promise<OutputInventory>;
  /** removes it all, restoring what Jili recorded before its first write; a protected sheet or structure stops it before any change */
  removeOutput(plan: RemovalPlan): Promise<RemovalOutcome>;
  /** the validation marks alone: fills restored, Jili's notes or comments deleted; protected sheets are named and left */
  clearMarks(): Promise<{ cleared: number; protectedSheets: string[] }>;
  /**
   * "筛选到这些行 / Filter to these rows": hides every data row of the sheet (after `headerRow`, down to `lastRow`) that
   * is not in `keep`, by hiding whole rows (no cell value changes); rows the user had hidden stay hidden and are not
   * recorded. A filter Jili applied before is cleared first. The rows Jili hid are recorded in the settings.
   */
  filterRows(filter: RowFilter, onProgress?: (p: Progress) => void): Promise<FilterOutcome>;
  /** "取消筛选 / Clear filter": shows again the rows Jili's filter hid, and only those; nothing when there is none */
  clearFilter(): Promise<{ sheet: string | null; shown: number }>;
  /** the filter Jili applied and has not cleared, as recorded in the settings */
  activeFilter(): RowFilterRecord | null;
  /**
   * "导出问题清单 / Export issues": writes the table to a sheet Jili records as its own (replaced by a later export,
   * deleted by "Remove Jili output"); a sheet of the user's with its name is never touched (`… (2)`).
   */
  writeIssues(table: SummaryTable, onProgress?: (p: Progress) => void): Promise<{ sheet: string }>;
}

/** Rows to keep visible on a data sheet; every other data row is hidden. */
export interface RowFilter {
  sheet: string;
  /** 1-based header row: it and the rows above stay visible */
  headerRow: number;
  /** 1-based last data row */
  lastRow: number;
  /** 1-based sheet rows to keep visible */
  keep: number[];
}

export interface FilterOutcome {
  /** rows Jili hid */
  hidden: number;
  /** rows kept visible (of `keep`, those inside the data rows) */
  shown: number;
  /** the sheet is protected: nothing was hidden */
  sheetProtected?: boolean;
}

/** What the settings record of Jili's filter: the sheet and the runs of rows it hid (1-based, inclusive). */
export interface RowFilterRecord {
  sheet: string;
  rows: [number, number][];
}

/** The sheets Jili records in the settings when it writes them: only these are ever deleted by "Remove Jili output". */
export type RecordedSheetKind = "summary" | "statements" | "rules" | "personTotal" | "issues";

/** What Jili wrote in this workbook, as the adapter finds it: the pane decides from it what to remove. */
export interface OutputInventory {
  /** every visible sheet Jili did not record, with its first rows (values from A1), where Jili's headers would be */
  sheets: { name: string; top: RawCell[][] }[];
  /** the recorded sheets that still exist */
  recorded: { kind: RecordedSheetKind; sheet: string }[];
  /** cells coloured at the last validation, per sheet */
  marks: { sheet: string; cells: number }[];
  /** the rows Jili's filter hid, when one is applied */
  filter?: { sheet: string; rows: number } | null;
}

/** One column of Jili's on a sheet: cleared from its header row down. */
export interface OwnedColumn {
  sheet: string;
  /** 0-based */
  col: number;
  /** 1-based */
  headerRow: number;
}

/** What "Remove Jili output" removes, decided by the pane from an OutputInventory. */
export interface RemovalPlan {
  columns: OwnedColumn[];
  sheets: RecordedSheetKind[];
  /** the validation marks too (fills restored, Jili's notes or comments deleted) */
  marks: boolean;
  /** Jili's filter too (the rows it hid shown again) */
  filter?: boolean;
}

export interface RemovalOutcome {
  columns: number;
  sheets: string[];
  marks: number;
  /** rows shown again (Jili's filter removed) */
  filtered?: number;
}
