import type { Lang } from "../../src/engine";
import type { WorkbookPort } from "../../src/excel/port";
import { runEvaluation } from "../../src/taskpane/controller/evaluate";
import { buildFillRequest } from "../../src/taskpane/controller/fillRequest";
import { locateTable } from "../../src/taskpane/controller/locate";
import { schemeById } from "../../src/taskpane/controller/schemes";

/** What the pane does on "fill": read the active sheet, cut out the table, evaluate, place the plan. */
export async function fillRequestFor(port: WorkbookPort, schemeId: string, lang: Lang = "zh-CN") {
  const snapshot = await port.readActiveSheet();
  const scheme = schemeById(schemeId);
  const table = locateTable(scheme, snapshot);
  const { result, plan } = runEvaluation(scheme, table, { params: {}, columns: {} }, lang);
  return { snapshot, table, result, plan, request: buildFillRequest(table, plan, snapshot, lang) };
}
