// The WPS 表格 (ET) face: the pane's ports over WPS's synchronous object model. Nothing is computed here.
import type { EtApplication } from "./et";
import { wpsSettings } from "./settings";
import { WpsRules } from "./rulesSheet";
import { WpsStatements } from "./statements";
import { WpsWorkbook } from "./wpsWorkbook";

export { WpsWorkbook, WpsRules, WpsStatements, wpsSettings };
export type { EtApplication } from "./et";

/** The three ports over one application object, sharing one settings store (the workbook's settings sheet). */
export function wpsPorts(app: EtApplication) {
  const settings = wpsSettings(app);
  return { settings, workbook: new WpsWorkbook(app, settings), statements: new WpsStatements(app, settings), rules: new WpsRules(app, settings) };
}
