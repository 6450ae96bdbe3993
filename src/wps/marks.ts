import { OWNED_PREFIX } from "../engine";
import { markChanges, type SheetFills } from "../excel/markRecord";
import { MARK_COLOR, MAX_ANNOTATIONS, MAX_MARKS } from "../excel/marks";
import type { CellMark } from "../excel/port";
import { bgr, hexOf, XL, type EtWorksheet } from "./et";

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

/** Puts recorded fills back: null removes the fill, a colour sets it. */
export function restoreFills(ws: EtWorksheet, restore: Map<string | null, string[]>): void {
  for (const [fill, cells] of restore) {
    for (const a of areas(cells)) {
      if (fill === null) ws.Range(a).Interior.Pattern = XL.patternNone;
      else ws.Range(a).Interior.Color = bgr(fill);
    }
  }
}

/** Deletes the comments (ET's cell notes) whose text starts with Jili's prefix. */
export function deleteOwnedComments(ws: EtWorksheet): void {
  const comments = ws.Comments;
  for (let i = comments.Count; i >= 1; i--) {
    const c = comments.Item(i);
    if (c.Text().startsWith(OWNED_PREFIX)) c.Delete();
  }
}

/**
 * Replaces Jili's earlier marks on a sheet, as the Excel adapter does: the cells marked before and not now get back
 * the fill recorded before Jili's first mark, each newly marked cell has its fill recorded before it is coloured, Jili's
 * comments (recognised by their `Jili·` prefix) are deleted, and the first MAX_ANNOTATIONS cells get a comment with
 * their reasons. A cell holding a comment of the user's keeps it and gets none (AddComment fails on a cell that has
 * one). A protected sheet is left as it is.
 */
export function markCells(
  ws: EtWorksheet,
  marks: CellMark[],
  previous: { marked: string[]; fills: SheetFills },
): { marked: string[]; annotated: number; sheetProtected: boolean; fills: SheetFills } {
  if (ws.ProtectContents) return { marked: [], annotated: 0, sheetProtected: true, fills: previous.fills };
  deleteOwnedComments(ws);
  const shown = marks.slice(0, MAX_MARKS);
  const addresses = [...new Set(shown.map((m) => m.address))];
  const change = markChanges(previous.marked, addresses, previous.fills);
  const fills: SheetFills = { ...change.kept };
  for (const a of change.unrecorded) {
    const interior = ws.Range(a).Interior;
    fills[a] = interior.Pattern === XL.patternNone ? null : hexOf(interior.Color);
  }
  restoreFills(ws, change.restore);
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
  return { marked: addresses, annotated, sheetProtected: false, fills };
}
