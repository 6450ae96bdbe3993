// Column widths of the statement sheet and the page orientation they call for.
import { displayWidth } from "../../layout/textWidth";
import { StatementColumn, StatementSet } from "./model";
import { Orientation, orientationFor, PAGE_CHARS } from "./print";
import { shownText } from "./textWidth";

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The widest of a column's header and row values, kept within the bounds of its kind (not the explanation's). */
function tableColumnWidth(set: StatementSet, c: StatementColumn, j: number): number {
  // a long header wraps onto two lines rather than widen its column
  let w = Math.min(displayWidth(c.title), c.kind === "input" || c.kind === "output" ? 8 : 24) + 2;
  for (const s of set.statements)
    for (const sec of s.sections)
      for (const r of sec.rows) {
        const t = displayWidth(shownText(r.cells[j], c.numberFormat)) + 2;
        if (t > w) w = t;
      }
  if (c.kind === "row") return clamp(w, 6, 8);
  if (c.kind === "input") return clamp(w, 6, 22);
  if (c.kind === "output") return clamp(w, 8, 16);
  if (c.kind === "status") return clamp(w, 10, 16);
  return w;
}

/**
 * Widths in Excel characters: the widest header or value per column, the group values widening the value column;
 * the explanation (last column) takes what the page has left, which also decides portrait or landscape.
 */
export function columnWidths(set: StatementSet, valueCol: number, explainCol: number): { widths: number[]; orientation: Orientation } {
  const widths = set.columns.map((c, j) => tableColumnWidth(set, c, j));
  for (const s of set.statements)
    for (const sec of s.sections)
      for (const o of sec.outputs) widths[valueCol] = Math.max(widths[valueCol], clamp(displayWidth(shownText(o.value, o.numberFormat)) + 2, 0, 24));
  const others = widths.reduce((a, w, j) => (j === explainCol ? a : a + w), 0);
  const orientation = orientationFor(others);
  // landscape: at least 50 characters, so an explanation takes two lines rather than four (the page then scales)
  widths[explainCol] = clamp(PAGE_CHARS[orientation] - others, orientation === "portrait" ? 40 : 50, 80);
  return { widths, orientation };
}
