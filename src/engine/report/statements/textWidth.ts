// How wide a cell's text is on the sheet, in Excel characters, for column widths and row heights.
import { CellOut } from "../fillPlan";
import { textOf } from "./cellText";

/** Display width in Excel characters: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

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
