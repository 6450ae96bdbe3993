/// <reference types="office-js" />
import { OWNED_PREFIX } from "../engine";
import { markChanges, type SheetFills } from "./markRecord";
import type { CellMark } from "./port";
import type { Sync } from "./writeColumns";

/** Excel's "bad" fill. */
export const MARK_COLOR = "#FFC7CE";
/** cells coloured per run; the issue list in the pane still names every row */
export const MAX_MARKS = 5000;
/** notes or comments per run: each is one call, and a sheet full of notes helps nobody */
export const MAX_ANNOTATIONS = 200;
const ADDRESSES_PER_AREA = 100;
/** Office.js reports a cell without fill as white: recorded as no fill, so restoring clears it */
const NO_FILL = "#FFFFFF";

export function areas(addresses: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < addresses.length; i += ADDRESSES_PER_AREA) out.push(addresses.slice(i, i + ADDRESSES_PER_AREA).join(","));
  return out;
}

/** Puts recorded fills back: null clears the fill, a colour sets it. */
export function restoreFills(sheet: Excel.Worksheet, restore: Map<string | null, string[]>): void {
  for (const [fill, cells] of restore) {
    for (const a of areas(cells)) {
      if (fill === null) sheet.getRanges(a).format.fill.clear();
      else sheet.getRanges(a).format.fill.color = fill;
    }
  }
}

/** Deletes the notes (or comments) whose text starts with Jili's prefix; they must have been loaded. */
export function deleteOwnedNotes(notes: Excel.NoteCollection | null, comments: Excel.CommentCollection | null): number {
  let n = 0;
  for (const x of [...(notes?.items ?? []), ...(comments?.items ?? [])]) {
    if (x.content.startsWith(OWNED_PREFIX)) {
      x.delete();
      n++;
    }
  }
  return n;
}

/**
 * Replaces Jili's earlier marks on a sheet. The cells marked before and not now get back the fill recorded before
 * Jili's first mark; each newly marked cell has its fill read (and recorded) before it is coloured. Jili's notes (or
 * comments, before ExcelApi 1.18) — recognised by their `Jili·` prefix — are deleted, and the first MAX_ANNOTATIONS
 * cells get a note with their reasons, except a cell holding a note of the user's, which keeps it. At most two syncs
 * whatever the number of cells. A protected sheet is left as it is (Excel would refuse): `sheetProtected`.
 */
export async function markCells(
  context: Excel.RequestContext,
  sync: Sync,
  sheetName: string,
  marks: CellMark[],
  previous: { marked: string[]; fills: SheetFills },
  annotate: "notes" | "comments" | "none",
): Promise<{ marked: string[]; annotated: number; sheetProtected: boolean; fills: SheetFills }> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const protection = sheet.protection;
  protection.load("protected");
  const notes = annotate === "notes" ? sheet.notes : null;
  const comments = annotate === "comments" ? context.workbook.comments : null;
  notes?.load("items/content");
  comments?.load("items/content");
  const shown = marks.slice(0, MAX_MARKS);
  const addresses = [...new Set(shown.map((m) => m.address))];
  const change = markChanges(previous.marked, addresses, previous.fills);
  const read = change.unrecorded.map((a) => {
    const fill = sheet.getRange(a).format.fill;
    fill.load("color");
    return { a, fill };
  });
  const byCell = new Map<string, string[]>();
  for (const m of shown) byCell.set(m.address, [...(byCell.get(m.address) ?? []), m.message]);
  const toAnnotate = annotate === "none" ? [] : [...byCell.keys()].slice(0, MAX_ANNOTATIONS);
  // a note of the user's on a cell stays: that cell gets no note of Jili's
  const existing = notes ? toAnnotate.map((a) => notes.getItemOrNullObject(a)) : [];
  for (const e of existing) e.load("content");
  await sync();
  if (protection.protected) return { marked: [], annotated: 0, sheetProtected: true, fills: previous.fills };

  const fills: SheetFills = { ...change.kept };
  for (const { a, fill } of read) fills[a] = !fill.color || fill.color.toUpperCase() === NO_FILL ? null : fill.color;
  deleteOwnedNotes(notes, comments);
  restoreFills(sheet, change.restore);
  for (const a of areas(addresses)) sheet.getRanges(a).format.fill.color = MARK_COLOR;
  let annotated = 0;
  toAnnotate.forEach((address, i) => {
    const mine = existing[i];
    if (mine && !mine.isNullObject && !mine.content.startsWith(OWNED_PREFIX)) return;
    const text = `${OWNED_PREFIX}${(byCell.get(address) ?? []).join("\n")}`;
    if (notes) notes.add(address, text);
    else context.workbook.comments.add(`${quote(sheetName)}!${address}`, text);
    annotated++;
  });
  await sync();
  return { marked: addresses, annotated, sheetProtected: false, fills };
}

function quote(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
