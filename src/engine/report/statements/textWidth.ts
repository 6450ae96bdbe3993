// The text a cell shows, for measuring it: column widths and row heights use the engine's one displayWidth.
import { CellOut } from "../fillPlan";
import { textOf } from "./cellText";

/**
 * The cell's text as wide as Excel would show it, to size its column: a number with its format's decimals. Only
 * a width estimate (no thousands separators), so it stays as it was rather than becoming money text.
 */
export function shownText(v: CellOut, format: string | null): string {
  return shownWith(v, decimalsOf(format));
}

/** The decimals a number format shows (`0.00` → 2), null when it names none. */
export function decimalsOf(format: string | null): number | null {
  const m = format ? /0\.(0+)/.exec(format) : null;
  return m ? m[1].length : null;
}

/** shownText with the format's decimals worked out once (a column of a million cells has one format). */
export function shownWith(v: CellOut, decimals: number | null): string {
  if (typeof v === "number") return decimals !== null ? v.toFixed(decimals) : String(v);
  return textOf(v);
}
