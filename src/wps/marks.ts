import { OWNED_PREFIX } from "../engine";
import { MARK_COLOR, MAX_ANNOTATIONS, MAX_MARKS } from "../excel/marks";
import type { CellMark } from "../excel/port";
import { bgr, XL, type EtWorksheet } from "./et";

/** A multi-area address passed to Range() is limited to 255 characters in the object model. */
const MAX_AREA_TEXT = 250;

function areas(addresses: string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > MAX_AREA_TEXT) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Replaces Jili's earlier marks on a sheet, as the Excel adapter does: its fills cleared, its comments (ET's cell
 * notes, recognised by their `Jili·` prefix) deleted; then each new cell gets the red fill and, for the first
 * MAX_ANNOTATIONS, a comment with its reasons. A cell holding a comment of the user's keeps it and gets none (AddComment
 * fails on a cell that has one). A protected sheet is left as it is.
 */
export function markCells(ws: EtWorksheet, marks: CellMark[], previous: string[]): { marked: string[]; annotated: number; sheetProtected: boolean } {
  if (ws.ProtectContents) return { marked: [], annotated: 0, sheetProtected: true };
  const comments = ws.Comments;
  for (let i = comments.Count; i >= 1; i--) {
    const c = comments.Item(i);
    if (c.Text().startsWith(OWNED_PREFIX)) c.Delete();
  }
  for (const a of areas(previous)) ws.Range(a).Interior.Pattern = XL.patternNone;
  const shown = marks.slice(0, MAX_MARKS);
  const addresses = [...new Set(shown.map((m) => m.address))];
  for (const a of areas(addresses)) ws.Range(a).Interior.Color = bgr(MARK_COLOR);
  const byCell = new Map<string, string[]>();
  for (const m of shown) byCell.set(m.address, [...(byCell.get(m.address) ?? []), m.message]);
  let annotated = 0;
  for (const [address, reasons] of byCell) {
    if (annotated >= MAX_ANNOTATIONS) break;
    const cell = ws.Range(address);
    if (cell.Comment) continue;
    cell.AddComment(`${OWNED_PREFIX}${reasons.join("\n")}`);
    annotated++;
  }
  return { marked: addresses, annotated, sheetProtected: false };
}
