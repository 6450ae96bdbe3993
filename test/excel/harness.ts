import { excelPorts } from "../../src/excel";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { SimBook, SimContext, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";

export { SimSettings };

/** The real adapter over the simulated workbook (src/preview): each call gets a fresh request context, as Excel.run gives. */
export function adapterFor(book: SimBook, options: { settings?: SimSettings; apis?: string[] } = {}) {
  const settings = options.settings ?? new SimSettings();
  const apis = new Set(options.apis ?? ["1.10", "1.18"]);
  const contexts: SimContext[] = [];
  const port = new ExcelWorkbook({
    run: simRun(book, (ctx) => contexts.push(ctx)),
    settings,
    isSetSupported: (name, version) => name === "ExcelApi" && apis.has(version),
  });
  return { port, settings, contexts, last: () => contexts[contexts.length - 1] };
}

/**
 * The pane's Excel ports as the task pane starts them (src/excel/index.ts, excelPorts): the settings read once from the
 * workbook's settings sheet, or from the document settings of a workbook saved before it.
 */
export async function sheetAdapterFor(book: SimBook, options: { settings?: SimSettings; apis?: string[] } = {}) {
  const documentSettings = options.settings ?? new SimSettings();
  const apis = new Set(options.apis ?? ["1.1", "1.2", "1.3", "1.4", "1.7", "1.9", "1.10", "1.18"]);
  const contexts: SimContext[] = [];
  const ports = await excelPorts({
    run: simRun(book, (ctx) => contexts.push(ctx)),
    documentSettings,
    isSetSupported: (name, version) => name === "ExcelApi" && apis.has(version),
  });
  return { ...ports, port: ports.workbook, documentSettings, contexts };
}
