import type { CellStyle } from "../engine";
import { bgr, XL, type EtRange } from "./et";

const H_ALIGN = { left: XL.left, center: XL.center, right: XL.right } as const;
const V_ALIGN = { top: XL.top, center: XL.center } as const;

/** One rectangle of one statement style: the properties the command line and the Excel adapter give those cells. */
export function formatRun(range: EtRange, s: CellStyle, rows: number, cols: number): void {
  if (s.bold) range.Font.Bold = true;
  if (s.italic) range.Font.Italic = true;
  if (s.size) range.Font.Size = s.size;
  if (s.fill) range.Interior.Color = bgr(s.fill);
  if (s.align) range.HorizontalAlignment = H_ALIGN[s.align];
  if (s.valign) range.VerticalAlignment = V_ALIGN[s.valign];
  if (s.wrap) range.WrapText = true;
  if (s.border) {
    const edges = [XL.edgeTop, XL.edgeBottom, XL.edgeLeft, XL.edgeRight];
    // inside lines only where there are cells on both sides
    if (cols > 1) edges.push(XL.insideVertical);
    if (rows > 1) edges.push(XL.insideHorizontal);
    for (const e of edges) range.Borders.Item(e).LineStyle = XL.continuous;
  }
}
