import { PaneError } from "../excel/errors";
import { fromOfficeError } from "../excel/errors";

/**
 * A failure of the ET object model as the pane's error. ET throws plain Error objects (COM's HRESULT in `number` where
 * the host gives one); PaneErrors and the engine's refusals pass through as they do for Office.js. The code stays
 * EXCEL_API, the pane's one code for "the spreadsheet host refused a call", with WPS named in the words.
 */
export function fromEtError(e: unknown): PaneError {
  if (e instanceof PaneError) return e;
  const known = fromOfficeError(e);
  if (known.code !== "EXCEL_API") return known;
  const err = e as { number?: unknown; message?: unknown };
  const hr = typeof err?.number === "number" ? ` (0x${(err.number >>> 0).toString(16).toUpperCase()})` : "";
  const msg = typeof err?.message === "string" ? err.message : String(e);
  return new PaneError("EXCEL_API", { "zh-CN": `WPS 表格操作失败${hr}：${msg}`, "en-US": `WPS Spreadsheets call failed${hr}: ${msg}` });
}

/** Lets the task pane draw between two chunks of synchronous object-model calls (and a cancel click land). */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
