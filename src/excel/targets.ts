import { cellAddress, parseAreas, Rect } from "./address";
import type { Conflict, FillRequest } from "./port";

/** Consecutive sheet columns, written as one range per chunk. */
export interface ColumnGroup {
  left: number;
  right: number;
}

export function groupColumns(cols: number[]): ColumnGroup[] {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const groups: ColumnGroup[] = [];
  for (const c of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else groups.push({ left: c, right: c });
  }
  return groups;
}

/** Cells keyed by row and column in one number (rows < 2^21, columns < 2^14). */
export const cellKey = (col: number, row: number): number => row * 16384 + col;

/** What the sheet holds in Jili's columns: formula cells and merged areas found by the check before writing. */
export interface TargetScan {
  formulas: string[];
  merges: string[];
}

/** Which cells a fill must leave alone, and which of those are conflicts the user has to confirm (or cannot). */
export interface TargetCells {
  /** cells written with null (left as they are) */
  keep: Set<number>;
  conflicts: Conflict[];
}

function cellsOf(rects: Rect[], cols: Set<number>, top: number, bottom: number, visit: (col: number, row: number) => void): void {
  for (const r of rects) {
    const t = Math.max(r.top, top);
    const b = Math.min(r.bottom, bottom);
    for (let c = r.left; c <= r.right; c++) {
      if (!cols.has(c)) continue;
      for (let row = t; row <= b; row++) visit(c, row);
    }
  }
}

/**
 * Formulas and merged cells in Jili's columns are the user's. Where Jili would write (the header and data rows of
 * a written column) they are conflicts: formulas may be overwritten once confirmed, merged cells never. Elsewhere
 * (blank rows, columns only cleared) they are kept as they are.
 */
export function resolveTargets(req: FillRequest, scan: TargetScan, overwrite: boolean): TargetCells {
  const written = new Set(req.columns.map((c) => c.col));
  const all = new Set([...written, ...req.clearColumns]);
  const targeted = new Set([req.headerRow, ...req.rowNumbers]);
  const keep = new Set<number>();
  const conflicts: Conflict[] = [];
  cellsOf(scan.formulas.flatMap(parseAreas), all, req.headerRow, req.lastRow, (c, r) => {
    if (written.has(c) && targeted.has(r)) {
      conflicts.push({ kind: "formula", sheet: req.sheet, address: cellAddress(c, r), canOverwrite: true });
      if (!overwrite) keep.add(cellKey(c, r));
    } else keep.add(cellKey(c, r));
  });
  cellsOf(scan.merges.flatMap(parseAreas), all, req.headerRow, req.lastRow, (c, r) => {
    keep.add(cellKey(c, r));
    if (written.has(c) && targeted.has(r)) conflicts.push({ kind: "merged", sheet: req.sheet, address: cellAddress(c, r), canOverwrite: false });
  });
  return { keep, conflicts };
}
