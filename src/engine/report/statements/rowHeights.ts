// Row heights of the statement sheet where wrapped text needs more than one line.
import { displayWidth } from "../../layout/textWidth";
import { SheetCell } from "./sheet";
import { STATEMENT_STYLES } from "./styles";
import { BoundedCache } from "../../evaluate/store";

/** texts whose width is remembered (more distinct ones are measured each time) */
const WIDTHS_KEPT = 65536;

/** height of one line of 11 pt text in points */
const LINE_POINTS = 15;

/** Per row, the height in points its wrapped cells need (estimated from the text's width), or null for one line. */
export function rowHeights(rows: (SheetCell | null)[][], widths: number[]): (number | null)[] {
  // statuses and explanations repeat row after row: each text measured once
  const measured = new BoundedCache<string, number>(WIDTHS_KEPT);
  const widthOf = (text: string) => {
    let w = measured.get(text);
    if (w === undefined) measured.set(text, (w = displayWidth(text)));
    return w;
  };
  return rows.map((line) => {
    let lines = 1;
    line.forEach((c, j) => {
      if (!c || !STATEMENT_STYLES[c.style].wrap || typeof c.value !== "string" || !c.value) return;
      lines = Math.max(lines, Math.ceil(widthOf(c.value) / Math.max(1, widths[j])));
    });
    return lines > 1 ? Math.min(409, lines * LINE_POINTS + 3) : null;
  });
}
