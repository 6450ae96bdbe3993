import { RULES_STRUCTURE_SHEET, type RawCell } from "../engine";
import { colLetters, rangeAddress } from "../excel/address";
import { outputProtectedError } from "../excel/errors";
import { byFill, MARK_FILLS_SETTING, readMarkRecords } from "../excel/markRecord";
import { recordedKeys, rowsWithoutFormulas } from "../excel/outputRecords";
import type { OutputInventory, RemovalOutcome, RemovalPlan } from "../excel/port";
import { forget, TOP_ROWS } from "../excel/removeOutput";
import { readFilterRecord, rowsIn } from "../excel/rowFilter";
import { saveSettings, SETTING, SETTINGS_SHEET, type SettingsLike } from "../excel/settings";
import { XL, type EtApplication, type EtWorksheet } from "./et";
import { deleteOwnedComments, restoreFills } from "./marks";
import { deleteSheet, findSheet, recordedSheet } from "./sheets";

function bottomOf(ws: EtWorksheet): number {
  const used = ws.UsedRange;
  return used.Row + used.Rows.Count - 1;
}

function recordedOf(app: EtApplication, settings: SettingsLike) {
  const book = app.ActiveWorkbook;
  return recordedKeys(settings)
    .map(({ kind, key }) => ({ kind, ws: recordedSheet(book, key) }))
    .filter((r): r is { kind: (typeof r)["kind"]; ws: EtWorksheet } => r.ws !== null);
}

/** The same inventory as the Excel adapter's: recorded sheets, marks, and each other visible sheet's first rows. */
export function inventoryOutput(app: EtApplication, settings: SettingsLike): OutputInventory {
  const recorded = recordedOf(app, settings);
  const mine = new Set(recorded.map((r) => r.ws.Name));
  const sheets: OutputInventory["sheets"] = [];
  const all = app.ActiveWorkbook.Sheets;
  for (let i = 1; i <= all.Count; i++) {
    const ws = all.Item(i);
    if (mine.has(ws.Name) || ws.Name === SETTINGS_SHEET || ws.Visible !== XL.sheetVisible) continue;
    const used = ws.UsedRange;
    const v = ws.Range(rangeAddress(0, 1, used.Column + used.Columns.Count - 2, Math.min(TOP_ROWS, bottomOf(ws)))).Value2;
    const rows = Array.isArray(v) ? v : [[v]];
    sheets.push({ name: ws.Name, top: rows.map((line) => line.map((x): RawCell => (x === "" || x === undefined ? null : x))) });
  }
  const { marks } = readMarkRecords(settings);
  const filter = readFilterRecord(settings);
  return {
    filter: filter ? { sheet: filter.sheet, rows: rowsIn(filter.rows) } : null,
    sheets,
    recorded: recorded.map((r) => ({ kind: r.kind, sheet: r.ws.Name })),
    marks: Object.entries(marks).map(([sheet, cells]) => ({ sheet, cells: Array.isArray(cells) ? cells.length : 0 })),
  };
}

/** Rows of a one-column range that hold a formula (Formula gives "=…" for those). */
function formulaRows(ws: EtWorksheet, col: number, top: number, bottom: number): Set<number> {
  const f = ws.Range(rangeAddress(col, top, col, bottom)).Formula;
  const rows = Array.isArray(f) ? f : [[f]];
  const out = new Set<number>();
  rows.forEach((line, i) => typeof line[0] === "string" && line[0].startsWith("=") && out.add(top + i));
  return out;
}

/** Checks every sheet the plan changes before anything is changed: a protected one stops it all. */
function checkProtection(app: EtApplication, plan: RemovalPlan, markSheets: string[], deleting: boolean): void {
  for (const name of new Set([...plan.columns.map((c) => c.sheet), ...markSheets])) {
    if (findSheet(app.ActiveWorkbook, name)?.ProtectContents) throw outputProtectedError(name);
  }
  if (deleting && app.ActiveWorkbook.ProtectStructure) throw outputProtectedError(null);
}

/** What the Excel adapter's removeOutput does, by ET calls: the same cells end as they were before Jili's first write. */
export async function removeOutput(app: EtApplication, settings: SettingsLike, plan: RemovalPlan): Promise<RemovalOutcome> {
  const records = readMarkRecords(settings);
  const markSheets = plan.marks ? Object.keys(records.marks) : [];
  const doomed = recordedOf(app, settings).filter((r) => plan.sheets.includes(r.kind));
  checkProtection(app, plan, markSheets, doomed.length > 0);
  let columns = 0;
  for (const c of plan.columns) {
    const ws = findSheet(app.ActiveWorkbook, c.sheet);
    if (!ws) continue;
    const bottom = Math.max(c.headerRow, bottomOf(ws));
    for (const [top, end] of rowsWithoutFormulas(c.headerRow, bottom, formulaRows(ws, c.col, c.headerRow, bottom))) ws.Range(rangeAddress(c.col, top, c.col, end)).ClearContents();
    ws.Range(rangeAddress(c.col, c.headerRow, c.col, bottom)).ClearFormats();
    const letters = colLetters(c.col);
    ws.Range(`${letters}:${letters}`).UseStandardWidth = true;
    columns++;
  }
  const marks = clearSheetMarks(app, records, markSheets);
  const names = doomed.map((r) => r.ws.Name);
  for (const r of doomed) deleteSheet(app, r.ws);
  // the rules sheet goes with the very hidden structure sheet it is read against (protected: unprotected first)
  const structure = doomed.some((r) => r.kind === "rules") ? findSheet(app.ActiveWorkbook, RULES_STRUCTURE_SHEET) : null;
  if (structure) {
    structure.Unprotect();
    deleteSheet(app, structure);
  }
  forget(settings, plan.sheets, plan.marks);
  await saveSettings(settings);
  return { columns, sheets: names, marks };
}

/** Restores the recorded fills and deletes Jili's comments on these sheets; the number of cells that were marked. */
function clearSheetMarks(app: EtApplication, records: ReturnType<typeof readMarkRecords>, sheets: string[]): number {
  let n = 0;
  for (const sheet of sheets) {
    const cells = records.marks[sheet] ?? [];
    n += cells.length;
    const ws = findSheet(app.ActiveWorkbook, sheet);
    if (!ws) continue;
    const fills = records.fills[sheet] ?? {};
    restoreFills(ws, byFill(cells.map((a) => [a, fills[a] ?? null])));
    deleteOwnedComments(ws);
  }
  return n;
}

/** The validation marks alone; a protected sheet keeps its marks and is named. */
export async function clearMarks(app: EtApplication, settings: SettingsLike): Promise<{ cleared: number; protectedSheets: string[] }> {
  const records = readMarkRecords(settings);
  const sheets = Object.keys(records.marks);
  const locked = sheets.filter((s) => findSheet(app.ActiveWorkbook, s)?.ProtectContents);
  const open = sheets.filter((s) => !locked.includes(s));
  const cleared = clearSheetMarks(app, records, open);
  for (const s of open) {
    delete records.marks[s];
    delete records.fills[s];
  }
  settings.set(SETTING.marks, records.marks);
  settings.set(MARK_FILLS_SETTING, records.fills);
  await saveSettings(settings);
  return { cleared, protectedSheets: locked };
}
