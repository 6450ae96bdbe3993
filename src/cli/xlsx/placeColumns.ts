// Which sheet column each column of a fill plan goes to (kept self-contained: it is to be replaced by an engine call).

/** Where a plan's columns go on the data sheet. */
export interface ColumnPlacement {
  /** slots[i]: the 0-based sheet column of the plan's column i */
  slots: number[];
  /** Jili's columns on the sheet that no plan column goes to, ascending: their old contents are cleared */
  clear: number[];
}

/**
 * Places a plan's columns on the data sheet: a plan column whose header is the header of one of Jili's columns
 * keeps that column (the first such in `ownedHeaders`' order); the other plan columns take Jili's remaining
 * columns left to right, then new columns after `lastColumn` (the sheet's last used column, 0-based, -1 when
 * empty). `ownedHeaders` maps the 0-based columns Jili owns on the sheet to their header text.
 */
export function placeColumns(ownedHeaders: ReadonlyMap<number, string>, planHeaders: readonly string[], lastColumn: number): ColumnPlacement {
  const unmatched = new Map(ownedHeaders);
  const slots: number[] = planHeaders.map(() => -1);
  planHeaders.forEach((header, i) => {
    for (const [col, owned] of unmatched)
      if (owned === header) {
        slots[i] = col;
        unmatched.delete(col);
        break;
      }
  });
  const free = [...unmatched.keys()].sort((a, b) => a - b);
  let next = lastColumn + 1;
  slots.forEach((col, i) => {
    if (col >= 0) return;
    const reused = free.shift();
    slots[i] = reused !== undefined ? reused : next++;
  });
  return { slots, clear: free };
}
