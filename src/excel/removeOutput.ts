/// <reference types="office-js" />
import { RULES_STRUCTURE_SHEET, type RawCell } from "../engine";
import { parseAreas, rangeAddress } from "./address";
import { outputProtectedError } from "./errors";
import { MARK_FILLS_SETTING, byFill, readMarkRecords } from "./markRecord";
import { deleteOwnedNotes, restoreFills } from "./marks";
import { readFilterRecord, rowsIn } from "./rowFilter";
import { recordedKeys, recordSettings, rowsWithoutFormulas } from "./outputRecords";
import type { OutputInventory, RecordedSheetKind, RemovalOutcome, RemovalPlan } from "./port";
import { saveSettings, SETTING, SETTINGS_SHEET, type SettingsLike } from "./settings";
import type { Sync } from "./writeColumns";

/** Jili's headers are in the rows where the header is searched (the engine's first 30). */
export const TOP_ROWS = 30;

export interface RemoveDeps {
  settings: SettingsLike;
  isSetSupported(name: string, version: string): boolean;
}

/** The recorded sheets that still exist, keyed by kind (one sync is needed before they are read). */
function loadRecorded(context: Excel.RequestContext, settings: SettingsLike) {
  return recordedKeys(settings).map(({ kind, key }) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(key);
    ws.load("name,id");
    return { kind, ws };
  });
}

/** Three syncs: the sheets and the recorded ones, each other sheet's used range, then its first rows. */
export async function inventoryOutput(context: Excel.RequestContext, sync: Sync, settings: SettingsLike): Promise<OutputInventory> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  const recorded = loadRecorded(context, settings);
  await sync();
  const found = recorded.filter((r) => !r.ws.isNullObject);
  const mine = new Set(found.map((r) => r.ws.id));
  const others = sheets.items.filter((ws) => !mine.has(ws.id) && ws.name !== SETTINGS_SHEET && ws.visibility === "Visible");
  const used = others.map((ws) => {
    const u = ws.getUsedRange(true);
    u.load("rowIndex,rowCount,columnIndex,columnCount");
    return u;
  });
  await sync();
  const tops = others.map((ws, i) => {
    const u = used[i];
    const top = ws.getRangeByIndexes(0, 0, Math.min(TOP_ROWS, u.rowIndex + u.rowCount), u.columnIndex + u.columnCount);
    top.load("values");
    return top;
  });
  await sync();
  const { marks } = readMarkRecords(settings);
  const filter = readFilterRecord(settings);
  return {
    filter: filter ? { sheet: filter.sheet, rows: rowsIn(filter.rows) } : null,
    sheets: others.map((ws, i) => ({ name: ws.name, top: tops[i].values.map((line) => line.map((v): RawCell => (v === "" ? null : (v as RawCell)))) })),
    recorded: found.map((r) => ({ kind: r.kind, sheet: r.ws.name })),
    marks: Object.entries(marks).map(([sheet, cells]) => ({ sheet, cells: Array.isArray(cells) ? cells.length : 0 })),
  };
}

/** Loads what a removal must check before it changes anything: protection, bottoms, formulas, notes. */
function loadTargets(context: Excel.RequestContext, deps: RemoveDeps, plan: RemovalPlan) {
  const records = readMarkRecords(deps.settings);
  const markSheets = plan.marks ? Object.keys(records.marks) : [];
  const names = [...new Set([...plan.columns.map((c) => c.sheet), ...markSheets])];
  const sheets = new Map(
    names.map((n) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(n);
      ws.load("name");
      ws.protection.load("protected");
      const used = ws.getUsedRangeOrNullObject(false);
      used.load("rowIndex,rowCount");
      return [n, { ws, used }];
    }),
  );
  const notes = deps.isSetSupported("ExcelApi", "1.18");
  const noteLists = (notes ? markSheets : []).map((n) => {
    const list = context.workbook.worksheets.getItem(n).notes;
    list.load("items/content");
    return list;
  });
  const comments = plan.marks && !notes && deps.isSetSupported("ExcelApi", "1.10") ? context.workbook.comments : null;
  comments?.load("items/content");
  const recorded = plan.sheets.length ? loadRecorded(context, deps.settings).filter((r) => plan.sheets.includes(r.kind)) : [];
  const book = recorded.length ? context.workbook.protection : null;
  book?.load("protected");
  return { records, markSheets, sheets, noteLists, comments, recorded, book };
}

/**
 * Removes what the plan names. Nothing is changed when a sheet it would change is protected, or the structure when a
 * sheet is to be deleted (a typed error in both languages). Jili's columns are cleared from their header row down —
 * values and formats, the user's formulas on other rows kept — and get the sheet's standard width back (ExcelApi 1.7);
 * the marked cells get their recorded fills back and Jili's notes go; the recorded sheets are deleted and their records
 * with them. Three syncs.
 */
export async function removeOutput(context: Excel.RequestContext, sync: Sync, deps: RemoveDeps, plan: RemovalPlan): Promise<RemovalOutcome> {
  const t = loadTargets(context, deps, plan);
  await sync();
  for (const [name, { ws }] of t.sheets) if (!ws.isNullObject && ws.protection.protected) throw outputProtectedError(name);
  const doomed = t.recorded.filter((r) => !r.ws.isNullObject);
  if (doomed.length && t.book?.protected) throw outputProtectedError(null);

  const blocks = plan.columns
    .filter((c) => !t.sheets.get(c.sheet)?.ws.isNullObject)
    .map((c) => {
      const { used } = t.sheets.get(c.sheet)!;
      const bottom = used.isNullObject ? c.headerRow : Math.max(c.headerRow, used.rowIndex + used.rowCount);
      const range = context.workbook.worksheets.getItem(c.sheet).getRange(rangeAddress(c.col, c.headerRow, c.col, bottom));
      const formulas = range.getSpecialCellsOrNullObject("Formulas");
      formulas.load("address");
      return { c, bottom, range, formulas };
    });
  await sync();

  const standard = deps.isSetSupported("ExcelApi", "1.7");
  for (const b of blocks) {
    const ws = context.workbook.worksheets.getItem(b.c.sheet);
    const formulaRows = new Set(b.formulas.isNullObject ? [] : parseAreas(b.formulas.address.replace(/^[^!]*!/, "")).flatMap((r) => rowsOf(r.top, r.bottom)));
    for (const [top, bottom] of rowsWithoutFormulas(b.c.headerRow, b.bottom, formulaRows)) ws.getRange(rangeAddress(b.c.col, top, b.c.col, bottom)).clear("Contents");
    b.range.clear("Formats");
    if (standard) ws.getRange(rangeAddress(b.c.col, 1, b.c.col, 1)).format.useStandardWidth = true;
  }
  let marks = 0;
  for (const sheet of t.markSheets) {
    const cells = t.records.marks[sheet] ?? [];
    marks += cells.length;
    if (t.sheets.get(sheet)?.ws.isNullObject) continue;
    const fills = t.records.fills[sheet] ?? {};
    restoreFills(context.workbook.worksheets.getItem(sheet), byFill(cells.map((a) => [a, fills[a] ?? null])));
  }
  for (const list of t.noteLists) deleteOwnedNotes(list, null);
  deleteOwnedNotes(null, t.comments);
  for (const r of doomed) r.ws.delete();
  // the rules sheet goes with the very hidden structure sheet it is read against (protected: unprotected first)
  if (doomed.some((r) => r.kind === "rules")) {
    const structure = context.workbook.worksheets.getItemOrNullObject(RULES_STRUCTURE_SHEET);
    await sync();
    if (!structure.isNullObject) {
      // Office.js refuses to delete a very hidden sheet (Worksheet.delete): made visible first, in the same request
      structure.protection.unprotect();
      structure.visibility = "Visible";
      structure.delete();
    }
  }
  await sync();
  forget(deps.settings, plan.sheets, plan.marks);
  await saveSettings(deps.settings);
  return { columns: blocks.length, sheets: doomed.map((r) => r.ws.name), marks };
}

/** The validation marks alone; a protected sheet keeps its marks (and their records) and is named. Two syncs. */
export async function clearMarks(context: Excel.RequestContext, sync: Sync, deps: RemoveDeps): Promise<{ cleared: number; protectedSheets: string[] }> {
  const t = loadTargets(context, deps, { columns: [], sheets: [], marks: true });
  await sync();
  const locked = new Set([...t.sheets].filter(([, { ws }]) => !ws.isNullObject && ws.protection.protected).map(([n]) => n));
  let cleared = 0;
  t.markSheets.forEach((sheet) => {
    if (locked.has(sheet)) return;
    const cells = t.records.marks[sheet] ?? [];
    cleared += cells.length;
    if (t.sheets.get(sheet)?.ws.isNullObject) return;
    const fills = t.records.fills[sheet] ?? {};
    restoreFills(context.workbook.worksheets.getItem(sheet), byFill(cells.map((a) => [a, fills[a] ?? null])));
  });
  t.noteLists.forEach((list, i) => !locked.has(t.markSheets[i]) && deleteOwnedNotes(list, null));
  if (!locked.size) deleteOwnedNotes(null, t.comments);
  await sync();
  for (const sheet of t.markSheets) if (!locked.has(sheet)) dropMarks(t.records, sheet);
  deps.settings.set(SETTING.marks, t.records.marks);
  deps.settings.set(MARK_FILLS_SETTING, t.records.fills);
  await saveSettings(deps.settings);
  return { cleared, protectedSheets: [...locked] };
}

function rowsOf(top: number, bottom: number): number[] {
  return Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
}

function dropMarks(records: ReturnType<typeof readMarkRecords>, sheet: string): void {
  delete records.marks[sheet];
  delete records.fills[sheet];
}

/** Drops the records of what was removed: the deleted sheets' ids (or names) and the marks with their fills. */
export function forget(settings: SettingsLike, kinds: RecordedSheetKind[], marks: boolean): void {
  for (const kind of kinds) for (const setting of recordSettings(kind)) settings.remove(setting);
  if (marks) {
    settings.remove(SETTING.marks);
    settings.remove(MARK_FILLS_SETTING);
  }
}
