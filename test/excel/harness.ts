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
