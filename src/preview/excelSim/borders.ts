// Excel.RangeBorderCollection and RangeBorder: a range's edge and inside lines, set by style (written only).
import type { Rect } from "../../excel/address";
import type { SimContext } from "./context";
import { expose, writeOnly } from "./expose";
import { SimSheet } from "./sheet";

const BORDER_INDEXES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"]);
const BORDER_STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);

/** `live` gives the range's rectangle when the write lands at the sync */
export function bordersApi(ctx: SimContext, sheet: SimSheet, live: () => Rect): { getItem: (index: string) => { style?: string } } {
  return expose("RangeBorderCollection", {
    getItem: (index: string) => {
      if (!BORDER_INDEXES.has(index)) throw Object.assign(new Error(`Excel simulation: border ${index}`), { code: "InvalidArgument" });
      const border = {};
      writeOnly<string>(border, "RangeBorder", "style", (style) => {
        if (!BORDER_STYLES.has(style)) throw Object.assign(new Error(`Excel simulation: border style ${style}`), { code: "InvalidArgument" });
        ctx.queue({ bytes: 40, apply: () => setBorder(sheet, live(), index, style) });
      });
      return expose("RangeBorder", border);
    },
  });
}

/** Marks (or with "None" clears) the cell edges the border index names; diagonals are accepted and not drawn. */
function setBorder(sheet: SimSheet, r: Rect, index: string, style: string): void {
  const mark = (c: number, row: number, edge: string) => {
    const k = SimSheet.key(c, row);
    const set = sheet.borders.get(k) ?? new Set<string>();
    if (style === "None") set.delete(edge);
    else set.add(edge);
    if (set.size) sheet.borders.set(k, set);
    else sheet.borders.delete(k);
  };
  for (let row = r.top; row <= r.bottom; row++)
    for (let c = r.left; c <= r.right; c++) {
      if (index === "EdgeTop" && row === r.top) mark(c, row, "top");
      if (index === "EdgeBottom" && row === r.bottom) mark(c, row, "bottom");
      if (index === "EdgeLeft" && c === r.left) mark(c, row, "left");
      if (index === "EdgeRight" && c === r.right) mark(c, row, "right");
      if (index === "InsideHorizontal") {
        if (row > r.top) mark(c, row, "top");
        if (row < r.bottom) mark(c, row, "bottom");
      }
      if (index === "InsideVertical") {
        if (c > r.left) mark(c, row, "left");
        if (c < r.right) mark(c, row, "right");
      }
    }
}
