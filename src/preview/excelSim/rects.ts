// Rectangles of cells: their sheet-qualified address, their overlap, and walking their cells and columns.
import { cellAddress, Rect } from "../../excel/address";
import { SimSheet } from "./sheet";

/** `Sheet!A1` or `Sheet!A1:B2`, as Range.address gives it */
export function rectAddress(sheet: SimSheet, r: Rect): string {
  const a = cellAddress(r.left, r.top);
  const b = cellAddress(r.right, r.bottom);
  return `${sheet.name}!${a === b ? a : `${a}:${b}`}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom), left: Math.max(a.left, b.left), right: Math.min(a.right, b.right) };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

/** each cell's key (SimSheet.key), row by row */
export function eachCell(r: Rect, f: (key: string) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) f(SimSheet.key(c, row));
}

export function eachColumn(r: Rect, f: (c: number) => void): void {
  for (let c = r.left; c <= r.right; c++) f(c);
}
