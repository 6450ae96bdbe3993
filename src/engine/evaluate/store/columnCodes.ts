// Stores codes per entity in the narrowest typed array that holds them (1, 2 or 4 bytes): a column of a few labels costs one byte a row.
import { Value } from "../../values/value";

/**
 * Codes per entity in the narrowest array that holds them: one byte each while a column has at most 256 values,
 * two bytes up to 65 536 (columns stop numbering there); numbered combinations of codes take four.
 */
export type CodeArray = Uint8Array | Uint16Array | Int32Array;

/** `codes`, or a wider copy of it when `code` does not fit */
export function widenedFor(codes: CodeArray, code: number): CodeArray {
  if (codes instanceof Uint8Array && code > 0xff) return Uint16Array.from(codes);
  if (codes instanceof Uint16Array && code > 0xffff) return Int32Array.from(codes);
  return codes;
}

/**
 * A column held as small integers: `values[codes[e]]` is entity e's value (the same object as in the column).
 * Columns repeat a few values (roles, 是/否, dates, months), so an expression over them is worked out once per
 * code instead of once per row.
 */
export interface ColumnCodes {
  codes: CodeArray;
  values: Value[];
}
