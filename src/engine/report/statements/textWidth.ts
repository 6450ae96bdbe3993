// The text a cell shows, for measuring it: column widths and row heights use the engine's one displayWidth.
import { CellOut } from "../fillPlan";
import { textOf } from "./cellText";

/**
 * The cell's text as wide as Excel would show it, to size its column: a number with its format's decimals. Only
 * a width estimate (no thousands separators), so it stays as it was rather than becoming money text.
 */
export function shownText(v: CellOut, format: string | null): string {
  if (typeof v === "number") {
    const m = format ? /0\.(0+)/.exec(format) : null;
    return m ? v.toFixed(m[1].length) : String(v);
  }
  return textOf(v);
}
