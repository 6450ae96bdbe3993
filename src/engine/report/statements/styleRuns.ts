// Groups a sheet's styled cells into rectangles, so the Office.js writer formats each rectangle once.
import { StatementSheet } from "./sheet";
import { StatementStyle } from "./styles";

/** A rectangle of cells sharing one style (1-based rows, 0-based columns, inclusive). */
export interface StyleRun {
  top: number;
  bottom: number;
  left: number;
  right: number;
  style: StatementStyle;
}

/**
 * The styled cells of rows [top, bottom] as few rectangles as possible: adjacent cells of one style on a row, then
 * the same run on consecutive rows. The Office.js writer formats each rectangle once.
 */
export function styleRuns(sheet: StatementSheet, top = 1, bottom = sheet.rows.length): StyleRun[] {
  const out: StyleRun[] = [];
  let open = new Map<string, StyleRun>();
  for (let r = top; r <= bottom; r++) {
    const line = sheet.rows[r - 1] ?? [];
    const next = new Map<string, StyleRun>();
    let c = 0;
    while (c < line.length) {
      const s = line[c];
      if (!s) {
        c++;
        continue;
      }
      let e = c;
      while (e + 1 < line.length && line[e + 1]?.style === s.style) e++;
      const id = `${c}:${e}:${s.style}`;
      const run = open.get(id);
      if (run) {
        run.bottom = r;
        next.set(id, run);
        open.delete(id);
      } else {
        const fresh = { top: r, bottom: r, left: c, right: e, style: s.style };
        out.push(fresh);
        next.set(id, fresh);
      }
      c = e + 1;
    }
    open = next;
  }
  return out;
}
