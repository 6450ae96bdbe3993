/*
 * The workbook's scheme for the JILI functions in WPS 表格. WPS registers the functions in the add-in's entry page
 * and opens the task pane as a page of its own, so the pane's state is not in the functions' runtime as it is in
 * Excel's shared runtime: the functions read what the pane saved in the workbook (the run in the `Jili·settings` very
 * hidden sheet: its scheme, part and parameters), synchronously, through the ET object model.
 */
import { getPreset, loadScheme, SchemeDocument } from "../../functions/engineFacade";
import { CallError } from "../../functions/excelError";
import type { WorkbookScheme } from "../../functions/workbookScheme";

/** The saved run's members read here (src/excel/port.ts SavedRun). */
interface SavedRunLike {
  scheme?: { preset: string } | { document: unknown };
  part?: string;
  params?: Record<string, unknown>;
}

/** The settings key of the saved run (src/excel/settings.ts SETTING.run). */
export const RUN_KEY = "jili.run";

/**
 * The workbook's scheme from a reader of the saved run (null: the workbook has none). Each call reads the run again
 * (the pane may have saved another since); a scheme document is validated once per distinct text.
 */
export function savedRunSource(readRun: () => unknown): () => WorkbookScheme | null {
  let cache: { key: string; scheme: SchemeDocument } | null = null;
  return () => {
    const run = readRun() as SavedRunLike | null | undefined;
    if (!run || typeof run !== "object" || !run.scheme) return null;
    const key = JSON.stringify(run.scheme);
    if (cache?.key !== key) {
      let scheme: SchemeDocument | undefined;
      try {
        scheme = "preset" in run.scheme ? getPreset(run.scheme.preset) : loadScheme(run.scheme.document as Parameters<typeof loadScheme>[0]);
      } catch (e) {
        throw new CallError({ "zh-CN": `工作簿中保存的方案无效：${(e as Error).message}`, "en-US": `The scheme saved in the workbook is invalid: ${(e as Error).message}` });
      }
      if (!scheme) throw new CallError({ "zh-CN": "工作簿中保存的方案无法识别", "en-US": "The scheme saved in the workbook is not known" });
      cache = { key, scheme };
    }
    return { scheme: cache.scheme, part: run.part ?? null, params: run.params ?? {} };
  };
}
