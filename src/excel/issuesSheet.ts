/// <reference types="office-js" />
import type { SummaryTable } from "../engine";
import { PaneError } from "./errors";
import type { Progress } from "./port";
import { issueSheetNames, ISSUES_SETTING } from "./rowFilter";
import { saveSettings, type SettingsLike } from "./settings";
import { writeSummary } from "./summary";
import type { Sync } from "./writeColumns";

/** The sheet name no sheet of the user's holds: Jili's own name, or `… (2)` and on. */
export function takenError(names: string[]): PaneError {
  return new PaneError("SHEET_NAME_TAKEN", {
    "zh-CN": `工作簿中已有「${names[0]}」至「${names[names.length - 1]}」，都不是 Jili 生成的。请改名后再试。`,
    "en-US": `The workbook already has sheets ${names[0]} to ${names[names.length - 1]} that Jili did not write. Rename them and try again.`,
  });
}

/**
 * Writes the issues as a sheet of Jili's own: the one recorded before is deleted, a new one is added (not activated,
 * so the next read still reads the data) and written like the summary sheet (bold frozen header, chunks under the
 * request limit), and its id recorded. The structure being protected stops it (Office's error).
 */
export async function writeIssuesSheet(context: Excel.RequestContext, sync: Sync, settings: SettingsLike, table: SummaryTable, onProgress?: (p: Progress) => void): Promise<{ sheet: string }> {
  const sheets = context.workbook.worksheets;
  const recorded = settings.get(ISSUES_SETTING);
  const mine = typeof recorded === "string" && recorded ? sheets.getItemOrNullObject(recorded) : null;
  mine?.load("name,id");
  const names = issueSheetNames(table.sheetName);
  const named = names.map((n) => {
    const ws = sheets.getItemOrNullObject(n);
    ws.load("name,id");
    return ws;
  });
  await sync();
  const ours = mine && !mine.isNullObject ? mine : null;
  const free = names.find((_, i) => named[i].isNullObject || (ours !== null && named[i].id === ours.id));
  if (!free) throw takenError(names);
  onProgress?.({ phase: "export", done: 0, total: table.rows.length });
  ours?.delete();
  const added = sheets.add(free);
  added.load("id,name");
  await writeSummary(context, sync, added, { ...table, sheetName: free });
  settings.set(ISSUES_SETTING, added.id);
  await saveSettings(settings);
  onProgress?.({ phase: "export", done: table.rows.length, total: table.rows.length });
  return { sheet: added.name };
}
