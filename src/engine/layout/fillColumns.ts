/**
 * Where Jili's columns go on the data sheet when it fills: one rule for the CLI's file writer and the add-in's
 * Office.js writer, so a workbook filled by either has its columns in the same places and widths.
 */
import type { FillColumn } from "../report/fillPlan";

/** Width in Excel characters of each kind of Jili column: numbers, a status with its reasons, an explanation. */
export const FILL_COLUMN_WIDTH: Readonly<Record<FillColumn["kind"], number>> = { output: 14, status: 24, explanation: 60 };

export interface ColumnPlacement {
  /** 0-based sheet column of each plan column, in the plan's order */
  slots: number[];
  /** columns Jili owned before this fill that it no longer uses, ascending: their cells are cleared */
  clear: number[];
  /** every column Jili writes or clears: the user's cells are elsewhere */
  jili: Set<number>;
}

/**
 * A plan column whose header is already on the sheet as Jili's keeps its place; other columns Jili owned are reused
 * left to right; the rest are appended after the last used column. Owned columns left over are cleared.
 *
 * @param owned 0-based column → header text of the columns whose header says they are Jili's
 * @param headers the plan's column headers, in order
 * @param lastUsedColumn 0-based index of the sheet's last used column (-1 for an empty sheet)
 */
export function placeFillColumns(owned: ReadonlyMap<number, string>, headers: readonly string[], lastUsedColumn: number): ColumnPlacement {
  const unmatched = new Map(owned);
  const slots: (number | undefined)[] = headers.map((header) => {
    for (const [col, text] of unmatched)
      if (text === header) {
        unmatched.delete(col);
        return col;
      }
    return undefined;
  });
  const reusable = [...unmatched.keys()].sort((a, b) => a - b);
  let next = lastUsedColumn + 1;
  const placed = slots.map((col) => (col !== undefined ? col : (reusable.shift() ?? next++)));
  const used = new Set(placed);
  const clear = [...owned.keys()].filter((c) => !used.has(c)).sort((a, b) => a - b);
  return { slots: placed, clear, jili: new Set([...placed, ...owned.keys()]) };
}

/** The width to give each placed column, by sheet column. */
export function fillColumnWidths(columns: readonly Pick<FillColumn, "kind">[], slots: readonly number[]): Map<number, number> {
  const widths = new Map<number, number>();
  columns.forEach((c, i) => widths.set(slots[i], FILL_COLUMN_WIDTH[c.kind]));
  return widths;
}

/**
 * The header cell whose style Jili's headers copy: the last non-blank header cell that is the user's.
 * @returns its 0-based column, or null when the header row holds nothing of the user's
 */
export function headerStyleSource(nonBlankHeaderColumns: Iterable<number>, jili: ReadonlySet<number>): number | null {
  let source: number | null = null;
  for (const c of nonBlankHeaderColumns) if (!jili.has(c) && (source === null || c > source)) source = c;
  return source;
}
