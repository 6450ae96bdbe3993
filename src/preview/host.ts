import { expose, SimBook, SimContext, simRun } from "./excelSim";
import { SimSettings } from "./settings";

export interface HostOptions {
  /** Office.context.displayLanguage, e.g. zh-CN or en-US */
  displayLanguage: string;
  /** ExcelApi versions isSetSupported answers true for (1.18 notes, 1.10 comments) */
  apis?: string[];
  settings?: SimSettings;
  /** Office.onReady waits for this (the preview resolves it once the workbook is loaded) */
  ready?: Promise<void>;
  onContext?: (ctx: SimContext) => void;
}

/**
 * The `Office` and `Excel` globals the task pane uses, over a simulated workbook. Like the workbook objects they
 * reject any member they do not implement, so the pane cannot reach an Office API the simulation lacks.
 */
export function officeGlobals(getBook: () => SimBook, options: HostOptions) {
  const settings = options.settings ?? new SimSettings();
  const apis = new Set(options.apis ?? ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18"]);
  const ready = options.ready ?? Promise.resolve();
  const info = { host: "Excel", platform: "OfficeOnline" };
  const Excel = expose("Excel", {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
      if (typeof batch !== "function") throw new Error("Excel simulation: Excel.run(batch) takes a function only");
      return simRun(getBook(), options.onContext)(batch);
    },
  });
  const Office = expose("Office", {
    onReady: (callback?: (i: typeof info) => void) =>
      ready.then(() => {
        callback?.(info);
        return info;
      }),
    context: expose("Office.context", {
      displayLanguage: options.displayLanguage,
      document: expose("Office.context.document", { settings: expose("Settings", settings) }),
      requirements: expose("Office.context.requirements", {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && (version === undefined || apis.has(version)),
      }),
    }),
  });
  return { Office, Excel, settings };
}

/** Installs the globals on `window` (the preview page) before the task pane bundle runs. */
export function installOfficeHost(getBook: () => SimBook, options: HostOptions) {
  const g = officeGlobals(getBook, options);
  Object.assign(globalThis, { Office: g.Office, Excel: g.Excel });
  return g;
}
