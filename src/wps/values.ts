import type { RawCell } from "../engine";
import type { EtRange, EtScalar, EtValues } from "./et";

/** Value2 of a range as rows: one cell's Value2 is a scalar, several cells' an array of rows. */
export function rowsOf(v: EtValues): EtScalar[][] {
  return Array.isArray(v) ? v : [[v]];
}

/** A cell as the engine reads it: empty (undefined, null or "") is null, as the command line reads an empty cell. */
export function rawCell(v: EtScalar): RawCell {
  return v === "" || v === undefined || v === null ? null : v;
}

/**
 * The number format of each cell of one column block: one read when the block has one format (the usual case), one
 * read per cell only where NumberFormat gives null (formats differ within the block).
 */
export function columnFormats(column: EtRange, rows: number): (string | null)[] {
  const all = column.NumberFormat;
  if (all !== null) return new Array<string | null>(rows).fill(all);
  return Array.from({ length: rows }, (_, i) => column.Item(i + 1, 1).NumberFormat);
}
