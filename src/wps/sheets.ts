import { PaneError } from "../excel/errors";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";

/** The sheet with this name (case-insensitive, as sheet names are), or null: Sheets.Item(name) throws when there is none. */
export function findSheet(book: EtWorkbook, name: string): EtWorksheet | null {
  const want = name.toLowerCase();
  const sheets = book.Sheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const s = sheets.Item(i);
    if (s.Name.toLowerCase() === want) return s;
  }
  return null;
}

/**
 * A new worksheet named `name` after the last sheet. Sheets.Add makes the new sheet active; the sheet that was active
 * is activated again unless `activate`, so the pane's next read still reads the user's data (as in Excel, where adding
 * a sheet through Office.js does not activate it).
 */
export function addSheet(app: EtApplication, name: string, activate = false): EtWorksheet {
  const book = app.ActiveWorkbook;
  const before = book.ActiveSheet;
  const sheets = book.Sheets;
  const added = sheets.Add(undefined, sheets.Item(sheets.Count));
  try {
    added.Name = name;
  } catch (e) {
    // a name the host refuses (taken, invalid): the new sheet would be left empty, unrecorded and active
    deleteSheet(app, added);
    before.Activate();
    throw e;
  }
  if (!activate) before.Activate();
  return added;
}

/**
 * Jili records the sheets it writes by name in the workbook's settings: ET has no stable sheet id like Office.js's
 * Worksheet.id, and Office.js's getItemOrNullObject takes a name as well, so the record works in both hosts. A record
 * written by Excel (an id) finds no sheet here: that sheet is then treated as the user's, as a renamed one would be.
 */
export function recordedSheet(book: EtWorkbook, recorded: unknown): EtWorksheet | null {
  return typeof recorded === "string" && recorded ? findSheet(book, recorded) : null;
}

/** Deletes a sheet of Jili's own without the host asking the user first (DisplayAlerts off for the call). */
export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = true;
  }
}

/**
 * The first of `names` Jili may write a sheet under: one no sheet has, or the one Jili wrote before (`mine`). When
 * every name is a sheet of the user's, SHEET_NAME_TAKEN: Jili never replaces a sheet it did not write.
 */
export function freeSheetName(book: EtWorkbook, names: string[], mine: EtWorksheet | null): string {
  const free = names.find((n) => {
    const s = findSheet(book, n);
    return !s || (mine !== null && s.Name === mine.Name);
  });
  if (free) return free;
  throw new PaneError("SHEET_NAME_TAKEN", {
    "zh-CN": `工作簿中已有「${names[0]}」至「${names[names.length - 1]}」，都不是 Jili 生成的。请改名后再试。`,
    "en-US": `The workbook already has sheets ${names[0]} to ${names[names.length - 1]} that Jili did not write. Rename them and try again.`,
  });
}
