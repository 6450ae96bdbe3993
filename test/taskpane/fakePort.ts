import type { RawCell, SummaryTable } from "../../src/engine";
import type { CancelToken, CellMark, FillOutcome, FillRequest, FilterOutcome, OutputInventory, Progress, RemovalOutcome, RowFilter, RowFilterRecord, RemovalPlan, SavedRun, SheetList, SheetSnapshot, WorkbookPort } from "../../src/excel/port";

/** A sheet as read: a grid padded to its width. */
function snapshotOf(sheet: string, cells: RawCell[][]): SheetSnapshot {
  const width = Math.max(0, ...cells.map((l) => l.length));
  return { sheet, cells: cells.map((l) => Array.from({ length: width }, (_, c) => l[c] ?? null)), lastRow: cells.length, lastColumn: width - 1, table: null, someRowsHidden: false };
}

/** A WorkbookPort in memory for the component tests: the sheet is a grid, every call is recorded. */
export class FakePort implements WorkbookPort {
  /** the workbook's other sheets, after the data sheet, in tab order */
  others: { name: string; cells: RawCell[][] }[] = [];
  /** the active sheet: the data sheet until a cell of another sheet is selected */
  active: string;
  /** the names of every readSheets call */
  sheetReads: string[][] = [];
  saved: SavedRun | null = null;
  selected: { sheet: string; address: string }[] = [];
  marks: CellMark[] = [];
  fills: { request: FillRequest; overwrite: boolean }[] = [];
  /** answers to fill, in order; the last one repeats */
  fillScript: ((request: FillRequest, options: { overwrite: boolean; cancel?: CancelToken; onProgress?: (p: Progress) => void }) => Promise<FillOutcome>)[] = [];

  constructor(
    public cells: RawCell[][],
    public sheet = "明细",
  ) {
    this.active = sheet;
  }

  private cellsOf(name: string): RawCell[][] | undefined {
    return name === this.sheet ? this.cells : this.others.find((o) => o.name === name)?.cells;
  }

  async readActiveSheet(): Promise<SheetSnapshot> {
    return snapshotOf(this.active, this.cellsOf(this.active) ?? []);
  }

  async listSheets(): Promise<SheetList> {
    return { sheets: [this.sheet, ...this.others.map((o) => o.name)], active: this.active };
  }

  async readSheets(names: readonly string[], onProgress?: (p: Progress) => void): Promise<SheetSnapshot[]> {
    this.sheetReads.push([...names]);
    return names.flatMap((name) => {
      const cells = this.cellsOf(name);
      if (!cells) return [];
      onProgress?.({ phase: "read", done: cells.length, total: cells.length, sheet: name });
      return [snapshotOf(name, cells)];
    });
  }

  async fill(request: FillRequest, options: { overwrite: boolean; cancel?: CancelToken; onProgress?: (p: Progress) => void }): Promise<FillOutcome> {
    this.fills.push({ request, overwrite: options.overwrite });
    const step = this.fillScript[Math.min(this.fills.length - 1, this.fillScript.length - 1)];
    if (step) return step(request, options);
    return { status: "done", rows: request.rowNumbers.length, stats: { syncs: 3, chunks: 1, largestRequest: 1000 } };
  }

  async markCells(_sheet: string, marks: CellMark[]) {
    this.marks = marks;
    return { marked: new Set(marks.map((m) => m.address)).size, annotated: marks.length };
  }

  async selectCell(sheet: string, address: string) {
    this.selected.push({ sheet, address });
    // selecting a cell activates its sheet, as in Excel and WPS
    this.active = sheet;
  }

  loadRun() {
    return this.saved;
  }

  async saveRun(run: SavedRun) {
    this.saved = run;
  }

  /** what inventoryOutput answers; removals are recorded */
  inventory: OutputInventory = { sheets: [], recorded: [], marks: [] };
  removals: RemovalPlan[] = [];

  async inventoryOutput(): Promise<OutputInventory> {
    return this.inventory;
  }

  async removeOutput(plan: RemovalPlan): Promise<RemovalOutcome> {
    this.removals.push(plan);
    return { columns: plan.columns.length, sheets: this.inventory.recorded.filter((r) => plan.sheets.includes(r.kind)).map((r) => r.sheet), marks: this.inventory.marks.reduce((n, m) => n + m.cells, 0) };
  }

  async clearMarks() {
    return { cleared: this.inventory.marks.reduce((n, m) => n + m.cells, 0), protectedSheets: [] };
  }

  /** the filter applied (runs of rows hidden), and the issues sheets written */
  filter: RowFilterRecord | null = null;
  issueSheets: SummaryTable[] = [];

  async filterRows(f: RowFilter): Promise<FilterOutcome> {
    const keep = new Set(f.keep);
    const rows: [number, number][] = [];
    for (let r = f.headerRow + 1; r <= f.lastRow; r++) if (!keep.has(r)) rows.push([r, r]);
    this.filter = rows.length ? { sheet: f.sheet, rows } : null;
    return { hidden: rows.length, shown: f.keep.filter((r) => r > f.headerRow && r <= f.lastRow).length };
  }

  async clearFilter() {
    const was = this.filter;
    this.filter = null;
    return { sheet: was?.sheet ?? null, shown: was?.rows.length ?? 0 };
  }

  activeFilter() {
    return this.filter;
  }

  async writeIssues(table: SummaryTable) {
    this.issueSheets.push(table);
    return { sheet: table.sheetName };
  }
}
