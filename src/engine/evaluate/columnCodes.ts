import { Value } from "../values/value";

/**
 * A column held as small integers: `values[codes[e]]` is entity e's value (the same object as in the column).
 * Columns repeat a few values (roles, 是/否, dates, months), so an expression over them is worked out once per
 * code instead of once per row.
 */
export interface ColumnCodes {
  codes: Int32Array;
  values: Value[];
}
