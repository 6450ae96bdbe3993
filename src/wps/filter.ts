import type { SummaryTable } from "../engine";
import { takenError } from "../excel/issuesSheet";
import type { FilterOutcome, Progress, RowFilter } from "../excel/port";
import { FILTER_SETTING, HIDDEN_BLOCK, issueSheetNames, ISSUES_SETTING, keptRows, readFilterRecord, rowsIn, runsToHide } from "../excel/rowFilter";
import { saveSettings, type SettingsLike } from "../excel/settings";
import type { EtApplication } from "./et";
import { addSheet, deleteSheet, findSheet, recordedSheet } from "./sheets";
import { writeSummary } from "./summary";

/**
 * Jili's filter in WPS: whole rows hidden (`Range.EntireRow.Hidden`), as the Excel adapter hides them, rather than
 * `Range.AutoFilter`: an AutoFilter keeps rows by the values of one column, and no column names the issue rows
 * before a fill (Jili changes no cell to make one); it would also replace an AutoFilter of the user's.
 */

/** Shows again the rows Jili's filter hid and forgets it. */
export async function clearFilter(app: EtApplication, settings: SettingsLike): Promise<{ sheet: string | null; shown: number }> {
  const record = readFilterRecord(settings);
  if (!record) return { sheet: null, shown: 0 };
  const ws = findSheet(app.ActiveWorkbook, record.sheet);
  let shown = 0;
  if (ws) {
    for (const [a, b] of record.rows) ws.Range(`${a}:${b}`).EntireRow.Hidden = false;
    shown = rowsIn(record.rows);
  }
  settings.remove(FILTER_SETTING);
  await saveSettings(settings);
  return { sheet: record.sheet, shown };
}

/** Hides every data row not kept; rows the user had hidden are left out of the record. */
export async function filterRows(app: EtApplication, settings: SettingsLike, filter: RowFilter, onProgress?: (p: Progress) => void): Promise<FilterOutcome> {
  if (readFilterRecord(settings)) await clearFilter(app, settings);
  const ws = findSheet(app.ActiveWorkbook, filter.sheet);
  if (!ws) throw new Error(`no sheet named ${filter.sheet}`);
  const top = filter.headerRow + 1;
  if (filter.lastRow < top) return { hidden: 0, shown: 0 };
  if (ws.ProtectContents) return { hidden: 0, shown: 0, sheetProtected: true };
  const hidden = new Set<number>();
  const all = ws.Range(`${top}:${filter.lastRow}`).EntireRow.Hidden;
  if (all === true) for (let r = top; r <= filter.lastRow; r++) hidden.add(r);
  else if (all === null) {
    for (let from = top; from <= filter.lastRow; from += HIDDEN_BLOCK) {
      const to = Math.min(filter.lastRow, from + HIDDEN_BLOCK - 1);
      const block = ws.Range(`${from}:${to}`).EntireRow.Hidden;
      if (block === false) continue;
      for (let r = from; r <= to; r++) if (block === true || ws.Range(`${r}:${r}`).EntireRow.Hidden) hidden.add(r);
    }
  }
  const runs = runsToHide(filter, (r) => hidden.has(r));
  onProgress?.({ phase: "filter", done: 0, total: runs.length });
  app.ScreenUpdating = false;
  try {
    for (const [a, b] of runs) ws.Range(`${a}:${b}`).EntireRow.Hidden = true;
  } finally {
    app.ScreenUpdating = true;
  }
  onProgress?.({ phase: "filter", done: runs.length, total: runs.length });
  if (runs.length) {
    settings.set(FILTER_SETTING, { sheet: filter.sheet, rows: runs });
    await saveSettings(settings);
  }
  return { hidden: rowsIn(runs), shown: keptRows(filter) };
}

/** The issues sheet, recorded by name as WPS records Jili's sheets; the sheet that was active stays active. */
export async function writeIssuesSheet(app: EtApplication, settings: SettingsLike, table: SummaryTable, onProgress?: (p: Progress) => void): Promise<{ sheet: string }> {
  const book = app.ActiveWorkbook;
  const ours = recordedSheet(book, settings.get(ISSUES_SETTING));
  const names = issueSheetNames(table.sheetName);
  const free = names.find((n) => {
    const s = findSheet(book, n);
    return !s || (ours !== null && s.Name === ours.Name);
  });
  if (!free) throw takenError(names);
  onProgress?.({ phase: "export", done: 0, total: table.rows.length });
  const before = book.ActiveSheet;
  app.ScreenUpdating = false;
  try {
    if (ours) deleteSheet(app, ours);
    // active while written: freezing the header row acts on the active window
    const added = addSheet(app, free, true);
    writeSummary(app, added, { ...table, sheetName: free });
    before.Activate();
    settings.set(ISSUES_SETTING, added.Name);
    await saveSettings(settings);
  } finally {
    app.ScreenUpdating = true;
  }
  onProgress?.({ phase: "export", done: table.rows.length, total: table.rows.length });
  return { sheet: free };
}
