/// <reference types="office-js" />
// The Excel face: the pane's ports over Office.js. Nothing is computed here.
import { ExcelWorkbook } from "./excelWorkbook";
import { ExcelRules } from "./rulesSheet";
import { openWorkbookSettings, SettingsHost, SettingsLike } from "./settings";
import { ExcelStatements } from "./statements";

export type { CancelToken, CellMark, ColumnWrite, Conflict, FillOutcome, FillRequest, Progress, SavedRun, SheetList, SheetSnapshot, WorkbookPort, WriteStats } from "./port";
export { PaneError, fromOfficeError } from "./errors";
export type { PaneErrorCode } from "./errors";
export { ExcelWorkbook } from "./excelWorkbook";
export type { ExcelDeps } from "./excelWorkbook";
export { MAX_REQUEST_BYTES } from "./payload";
export { SETTING, SETTINGS_SHEET, openWorkbookSettings } from "./settings";
export type { SettingsHost, SettingsLike } from "./settings";

/**
 * The three ports over one settings store, read once from the workbook before the pane starts (its `loadRun()` is
 * synchronous), as `wpsPorts` does for WPS: the settings sheet, or the document settings of an older workbook.
 */
export async function excelPorts(host: SettingsHost) {
  const settings = await openWorkbookSettings(host);
  const deps = { run: host.run, settings, isSetSupported: host.isSetSupported };
  return { settings, workbook: new ExcelWorkbook(deps), statements: new ExcelStatements(deps), rules: new ExcelRules({ run: host.run, settings }) };
}

/** The ports over the real Office globals (call after Office.onReady). */
export function officePorts() {
  return excelPorts({
    run: (batch) => Excel.run(batch),
    documentSettings: Office.context.document.settings as unknown as SettingsLike,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}
