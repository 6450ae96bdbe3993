/// <reference types="office-js" />
import { OWNED_PREFIX } from "../engine";
import type { CellMark } from "./port";
import type { Sync } from "./writeColumns";

/** Excel's "bad" fill. */
export const MARK_COLOR = "#FFC7CE";
/** cells coloured per run; the issue list in the pane still names every row */
export const MAX_MARKS = 5000;
/** notes or comments per run: each is one call, and a sheet full of notes helps nobody */
export const MAX_ANNOTATIONS = 200;
const ADDRESSES_PER_AREA = 100;

function areas(addresses: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < addresses.length; i += ADDRESSES_PER_AREA) out.push(addresses.slice(i, i + ADDRESSES_PER_AREA).join(","));
  return out;
}

/**
 * Replaces Jili's earlier marks on a sheet: the fills it set before are cleared and its notes (or comments, before
 * ExcelApi 1.18) — recognised by their `Jili·` prefix — deleted; then each new cell gets the fill and, for the first
 * MAX_ANNOTATIONS, a note with the reason. At most two syncs whatever the number of cells. A protected sheet is
 * left as it is (Excel would refuse the fills and notes): `sheetProtected`, after one sync.
 */
export async function markCells(
  context: Excel.RequestContext,
  sync: Sync,
  sheetName: string,
  marks: CellMark[],
  previous: string[],
  annotate: "notes" | "comments" | "none",
): Promise<{ marked: string[]; annotated: number; sheetProtected: boolean }> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const protection = sheet.protection;
  protection.load("protected");
  const notes = annotate === "notes" ? sheet.notes : null;
  const comments = annotate === "comments" ? context.workbook.comments : null;
  notes?.load("items/content");
  comments?.load("items/content");
  await sync();
  if (protection.protected) return { marked: [], annotated: 0, sheetProtected: true };

  for (const n of notes?.items ?? []) if (n.content.startsWith(OWNED_PREFIX)) n.delete();
  for (const c of comments?.items ?? []) if (c.content.startsWith(OWNED_PREFIX)) c.delete();
  for (const a of areas(previous)) sheet.getRanges(a).format.fill.clear();
  const shown = marks.slice(0, MAX_MARKS);
  const addresses = [...new Set(shown.map((m) => m.address))];
  for (const a of areas(addresses)) sheet.getRanges(a).format.fill.color = MARK_COLOR;
  // one annotation per cell, all its reasons together
  const byCell = new Map<string, string[]>();
  for (const m of shown) byCell.set(m.address, [...(byCell.get(m.address) ?? []), m.message]);
  let annotated = 0;
  for (const [address, reasons] of byCell) {
    if (annotated >= MAX_ANNOTATIONS || annotate === "none") break;
    const text = `${OWNED_PREFIX}${reasons.join("\n")}`;
    if (notes) notes.add(address, text);
    else context.workbook.comments.add(`${quote(sheetName)}!${address}`, text);
    annotated++;
  }
  await sync();
  return { marked: addresses, annotated, sheetProtected: false };
}

function quote(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
