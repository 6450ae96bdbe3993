// Clearing cells (Range.clear in Office.js, Range.Clear / ClearContents / ClearFormats in ET): one rule for both hosts.
import type { Rect } from "../../excel/address";
import { eachCell } from "./rects";
import type { SimSheet } from "./sheet";

/** "Contents" removes values and formulas; "Formats" every format a cell can carry here; "All" both. */
export function clearRect(sheet: SimSheet, r: Rect, what: "All" | "Contents" | "Formats"): void {
  eachCell(r, (k) => {
    if (what !== "Formats") {
      sheet.cells.delete(k);
      sheet.formulas.delete(k);
    }
    if (what !== "Contents") {
      for (const m of [sheet.numberFormats, sheet.fills, sheet.fontSizes, sheet.fontColors, sheet.hAlign, sheet.vAlign, sheet.borders]) m.delete(k);
      for (const s of [sheet.bold, sheet.italic, sheet.wrapped]) s.delete(k);
    }
  });
}
