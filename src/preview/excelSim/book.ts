// The in-memory workbook behind the simulation (sheets, comments, active cell, listeners); not an Office.js object.
import { SimSheet } from "./sheet";

/** The workbook behind the simulation: sheets, comments, the active cell and selection, change listeners. */
export class SimBook {
  sheets: SimSheet[] = [];
  active: SimSheet;
  /** the active cell of the active sheet (the selection is this one cell) */
  activeCell = { col: 0, row: 1 };
  /** each other sheet's active cell, restored when it is activated again, as Excel keeps one per sheet */
  private cellOf = new Map<SimSheet, { col: number; row: number }>();
  /** threaded comments (ExcelApi 1.10), addressed `'Sheet'!A1` */
  comments: { address: string; content: string }[] = [];
  /** workbook structure protected: no sheet may be added, deleted or renamed */
  structureProtected = false;
  /** the 1904 date system (a Mac workbook's option): date serials count from 1904-01-01 */
  date1904 = false;
  /** bumped after every sync that changed something (and by the preview's own clicks) */
  version = 0;
  private ids = 0;
  private listeners = new Set<() => void>();

  /** `first`: the first sheet's name; null for a book whose sheets are added by the caller (at least one). */
  constructor(first: string | null = "Sheet1") {
    this.active = first === null ? (null as unknown as SimSheet) : this.addSheet(first);
  }
  addSheet(name: string): SimSheet {
    const s = new SimSheet(name, `{sheet-${++this.ids}}`);
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }
  activate(sheet: SimSheet): void {
    if (sheet === this.active) return;
    if (this.active) this.cellOf.set(this.active, this.activeCell);
    this.active = sheet;
    this.activeCell = this.cellOf.get(sheet) ?? { col: 0, row: 1 };
  }
  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
