// Column widths of the statement sheet and the page orientation they call for.
import { displayWidth } from "../../layout/textWidth";
import { StatementColumn, StatementSet } from "./model";
import { Orientation, orientationFor, PAGE_CHARS } from "./print";
import { decimalsOf, shownText, shownWith } from "./textWidth";

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The bounds of a column's width by its kind (the explanation's is the page's, below). */
const BOUNDS: Partial<Record<StatementColumn["kind"], [number, number]>> = { row: [6, 8], input: [6, 22], output: [8, 16], status: [10, 16] };

/**
 * The widest of a column's header and row values, kept within the bounds of its kind (not the explanation's). A
 * value cannot be wider than twice its length, so one that could not widen the column is not measured, and a column
 * at its upper bound is not looked at further (a million rows are measured in a few milliseconds).
 */
function tableColumnWidth(set: StatementSet, c: StatementColumn, j: number): number {
  const bounds = BOUNDS[c.kind];
  const cap = bounds ? bounds[1] : Infinity;
  // a long header wraps onto two lines rather than widen its column
  let w = Math.min(displayWidth(c.title), c.kind === "input" || c.kind === "output" ? 8 : 24) + 2;
  const decimals = decimalsOf(c.numberFormat);
  measure: for (const s of set.statements)
    for (const sec of s.sections)
      for (const r of sec.rows) {
        if (w >= cap) break measure;
        const text = shownWith(r.cells[j], decimals);
        if (2 * text.length + 2 <= w) continue;
        const t = displayWidth(text) + 2;
        if (t > w) w = t;
      }
  return bounds ? clamp(w, bounds[0], bounds[1]) : w;
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
