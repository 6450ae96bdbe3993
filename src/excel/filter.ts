/// <reference types="office-js" />
import type { FilterOutcome, Progress, RowFilter } from "./port";
import { FILTER_SETTING, HIDDEN_BLOCK, keptRows, readFilterRecord, rowsIn, RUNS_PER_SYNC, runsToHide } from "./rowFilter";
import { saveSettings, type SettingsLike } from "./settings";
import type { Sync } from "./writeColumns";

/**
 * Jili's "filter": whole rows hidden with `Range.rowHidden` (ExcelApi 1.2). An AutoFilter (`worksheet.autoFilter.apply`,
 * ExcelApi 1.9) filters by the values of one column, and the issue rows have no column that names them all before a fill
 * (and Jili may change no cell to make one); it would also replace an AutoFilter of the user's. Hiding rows keeps exactly
 * the listed rows, and the record of the rows Jili hid shows exactly those again.
 */

/** Shows the runs of rows a recorded filter hid (queued; the caller syncs). False when its sheet is gone. */
function queueShow(context: Excel.RequestContext, sheet: string, runs: [number, number][]) {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load("name");
  return { ws, runs };
}

/** Shows again the rows Jili's filter hid and forgets it. Two syncs at most. */
export async function clearFilter(context: Excel.RequestContext, sync: Sync, settings: SettingsLike): Promise<{ sheet: string | null; shown: number }> {
  const record = readFilterRecord(settings);
  if (!record) return { sheet: null, shown: 0 };
  const { ws, runs } = queueShow(context, record.sheet, record.rows);
  await sync();
  let shown = 0;
  if (!ws.isNullObject) {
    for (let i = 0; i < runs.length; i++) {
      ws.getRange(`${runs[i][0]}:${runs[i][1]}`).rowHidden = false;
      if ((i + 1) % RUNS_PER_SYNC === 0) await sync();
    }
    await sync();
    shown = rowsIn(runs);
  }
  settings.remove(FILTER_SETTING);
  await saveSettings(settings);
  return { sheet: record.sheet, shown };
}

/**
 * Hides every data row not kept. The rows the user had hidden are found first (the data range's rowHidden; for a mix,
 * blocks of rows, then the rows of the mixed blocks one by one) and are left out of the record.
 */
export async function filterRows(context: Excel.RequestContext, sync: Sync, settings: SettingsLike, filter: RowFilter, onProgress?: (p: Progress) => void): Promise<FilterOutcome> {
  if (readFilterRecord(settings)) await clearFilter(context, sync, settings);
  const ws = context.workbook.worksheets.getItem(filter.sheet);
  ws.protection.load("protected");
  const top = filter.headerRow + 1;
  if (filter.lastRow < top) return { hidden: 0, shown: 0 };
  const data = ws.getRange(`${top}:${filter.lastRow}`);
  data.load("rowHidden");
  await sync();
  if (ws.protection.protected) return { hidden: 0, shown: 0, sheetProtected: true };
  const hidden = new Set<number>();
  if (data.rowHidden === true) for (let r = top; r <= filter.lastRow; r++) hidden.add(r);
  else if (data.rowHidden === null) {
    const blocks: { from: number; to: number; range: Excel.Range }[] = [];
    for (let from = top; from <= filter.lastRow; from += HIDDEN_BLOCK) {
      const to = Math.min(filter.lastRow, from + HIDDEN_BLOCK - 1);
      const range = ws.getRange(`${from}:${to}`);
      range.load("rowHidden");
      blocks.push({ from, to, range });
    }
    await sync();
    const single: { row: number; range: Excel.Range }[] = [];
    for (const b of blocks) {
      if (b.range.rowHidden === true) for (let r = b.from; r <= b.to; r++) hidden.add(r);
      else if (b.range.rowHidden === null)
        for (let r = b.from; r <= b.to; r++) {
          const range = ws.getRange(`${r}:${r}`);
          range.load("rowHidden");
          single.push({ row: r, range });
        }
    }
    if (single.length) {
      await sync();
      for (const s of single) if (s.range.rowHidden) hidden.add(s.row);
    }
  }
  const runs = runsToHide(filter, (r) => hidden.has(r));
  onProgress?.({ phase: "filter", done: 0, total: runs.length });
  for (let i = 0; i < runs.length; i++) {
    ws.getRange(`${runs[i][0]}:${runs[i][1]}`).rowHidden = true;
    if ((i + 1) % RUNS_PER_SYNC === 0) {
      await sync();
      onProgress?.({ phase: "filter", done: i + 1, total: runs.length });
    }
  }
  await sync();
  onProgress?.({ phase: "filter", done: runs.length, total: runs.length });
  if (runs.length) {
    settings.set(FILTER_SETTING, { sheet: filter.sheet, rows: runs });
    await saveSettings(settings);
  }
  return { hidden: rowsIn(runs), shown: keptRows(filter) };
}
