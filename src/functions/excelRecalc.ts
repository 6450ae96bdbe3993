/// <reference types="office-js" />
/*
 * Excel's side of recalc.ts: in the shared runtime, a change of the workbook's scheme (published by the pane) asks
 * Excel for a full recalculation (`Application.calculate(Excel.CalculationType.full)`, ExcelApi 1.1; the manifest
 * asks for 1.13), so that `=JILI.REWARD("workbook", …)` cells show the new rates and parameters. Outside Excel
 * (Node, WPS) there is no `Excel` global and nothing is done.
 */
import { recalcOnSchemeChange } from "./recalc";

let started = false;

/** Starts listening once per runtime; a failed request is logged, never thrown into the pane. */
export function recalcOnWorkbookSchemeChange(): void {
  if (started || typeof Excel === "undefined" || typeof Excel.run !== "function") return;
  started = true;
  recalcOnSchemeChange(
    () =>
      Excel.run(async (context) => {
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      }),
    { onError: (e) => console.error("Jili: could not recalculate the cells that read the workbook's scheme", e) },
  );
}
