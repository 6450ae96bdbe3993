// The in-memory worksheet behind the simulation (cells, formats, merges, notes, charts, layout); not an Office.js object.
import { Rect } from "../../excel/address";

export type Cell = string | number | boolean;

export class SimSheet {
  cells = new Map<string, Cell>();
  formulas = new Set<string>();
  numberFormats = new Map<string, string>();
  fills = new Map<string, string>();
  bold = new Set<string>();
  /** column widths in points */
  widths = new Map<number, number>();
  merges: Rect[] = [];
  notes: { address: string; content: string }[] = [];
  charts: { name: string; title: string; values: string; categories: string; position: [string, string] }[] = [];
  frozenRows = 0;
  hiddenRows = new Set<number>();
  tables: { name: string; rect: Rect }[] = [];
  formatsCopied: { to: string; from: string }[] = [];
  italic = new Set<string>();
  fontSizes = new Map<string, number>();
  /** font colours, e.g. #808080 (the rules sheet's markers) */
  fontColors = new Map<string, string>();
  wrapped = new Set<string>();
  hAlign = new Map<string, string>();
  vAlign = new Map<string, string>();
  /** cell → its edges with a line (top, bottom, left, right) */
  borders = new Map<string, Set<string>>();
  /** addresses whose rows were autofitted */
  autofitRows: string[] = [];
  /** what the page layout was given (ExcelApi 1.9) */
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    centerHorizontally?: boolean;
    margins?: { unit: string; options: Record<string, number> };
    centerFooter?: string;
  } = {};
  /** 1-based rows before which a manual page break was added */
  pageBreaks: number[] = [];
  deleted = false;
  /** protected sheet (Review → Protect Sheet, default options): Excel refuses every change to it */
  protected = false;
  /** drop-down lists (data validation "list" rules) by the cells they cover */
  validations: { rect: Rect; list: string[] }[] = [];
  /** very hidden (no tab, not unhidden from the UI): Jili's settings sheet */
  veryHidden = false;

  constructor(
    public name: string,
    public id: string,
  ) {}

  private mergeIndex: { of: Rect[]; count: number; byRow: Map<number, Rect[]> } | null = null;

  /** a merged area overlapping `a` (merges indexed by row as they are added, so many merges stay fast) */
  mergedAt(a: Rect): Rect | undefined {
    if (!this.mergeIndex || this.mergeIndex.of !== this.merges || this.mergeIndex.count > this.merges.length) this.mergeIndex = { of: this.merges, count: 0, byRow: new Map() };
    const index = this.mergeIndex;
    for (; index.count < this.merges.length; index.count++) {
      const m = this.merges[index.count];
      for (let r = m.top; r <= m.bottom; r++) {
        const list = index.byRow.get(r);
        if (list) list.push(m);
        else index.byRow.set(r, [m]);
      }
    }
    for (let r = a.top; r <= a.bottom; r++) {
      const hit = index.byRow.get(r)?.find((m) => m.left <= a.right && a.left <= m.right);
      if (hit) return hit;
    }
    return undefined;
  }

  /** column 0-based, row 1-based */
  static key(col: number, row: number): string {
    return `${col}:${row}`;
  }

  static parseKey(key: string): [number, number] {
    const i = key.indexOf(":");
    return [Number(key.slice(0, i)), Number(key.slice(i + 1))];
  }

  get(col: number, row: number): Cell | undefined {
    return this.cells.get(SimSheet.key(col, row));
  }

  /** rows[r][c] → sheet row top+r (1-based), column left+c (0-based); null/"" leave the cell empty */
  put(rows: (Cell | null)[][], top = 1, left = 0): void {
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") this.cells.set(SimSheet.key(left + c, top + r), v);
      }),
    );
  }

  /** the grid from A1 to the last used cell, empty cells null */
  grid(): (Cell | null)[][] {
    const b = this.bounds(true);
    if (!b) return [];
    const out: (Cell | null)[][] = [];
    for (let r = 1; r <= b.bottom; r++) {
      const line: (Cell | null)[] = [];
      for (let c = 0; c <= b.right; c++) line.push(this.get(c, r) ?? null);
      out.push(line);
    }
    return out;
  }

  bounds(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const see = (c: number, r: number) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    const each = (keys: Iterable<string>) => {
      for (const k of keys) {
        const [c, r] = SimSheet.parseKey(k);
        see(c, r);
      }
    };
    each(this.cells.keys());
    if (!valuesOnly) {
      each(this.numberFormats.keys());
      each(this.fills.keys());
      for (const m of this.merges) {
        see(m.left, m.top);
        see(m.right, m.bottom);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}
