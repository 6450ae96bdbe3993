// Row heights of the statement sheet where wrapped text needs more than one line.
import { displayWidth } from "../../layout/textWidth";
import { SheetCell } from "./sheet";
import { STATEMENT_STYLES } from "./styles";

/** height of one line of 11 pt text in points */
const LINE_POINTS = 15;

/** Per row, the height in points its wrapped cells need (estimated from the text's width), or null for one line. */
export function rowHeights(rows: (SheetCell | null)[][], widths: number[]): (number | null)[] {
  return rows.map((line) => {
    let lines = 1;
    line.forEach((c, j) => {
      if (!c || !STATEMENT_STYLES[c.style].wrap || typeof c.value !== "string" || !c.value) return;
      lines = Math.max(lines, Math.ceil(displayWidth(c.value) / Math.max(1, widths[j])));
    });
    return lines > 1 ? Math.min(409, lines * LINE_POINTS + 3) : null;
  });
}
