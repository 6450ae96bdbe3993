/**
 * The header of a sheet read before any scheme exists: the row, among the first 30, with the most text cells (a title
 * line above it has one or two). Jili's own columns are left out. It only fills the form's lists of columns.
 */
import { isOwnedHeader } from "../report/labels";
import type { RawCell } from "../values/parseNumber";

export function sheetHeaders(cells: readonly (readonly RawCell[])[], scan = 30): string[] {
  let best: string[] = [];
  for (const line of cells.slice(0, scan)) {
    const texts = line.flatMap((c) => (typeof c === "string" && c.trim() && !isOwnedHeader(c.trim()) ? [c.trim()] : []));
    if (texts.length > best.length) best = texts;
  }
  return [...new Set(best)];
}
