import type { BilingualText } from "../engine";

/** Every problem the task pane or its Excel adapter reports: a stable code plus the message in both languages. */
export type PaneErrorCode =
  | "NO_DATA"
  | "NO_HEADER"
  | "OWNED_SHEET"
  | "MISSING_COLUMNS"
  | "PARAM_PROBLEM"
  | "SCHEME_INVALID"
  | "UNKNOWN_SCHEME"
  | "UNKNOWN_PART"
  | "MERGED_CELL"
  | "SHEET_NAME_TAKEN"
  | "SETTINGS_SAVE_FAILED"
  | "SAVED_RUN_INVALID"
  | "EXCEL_API";

export class PaneError extends Error {
  constructor(
    readonly code: PaneErrorCode,
    readonly text: BilingualText,
    /** extra lines (each issue of a broken scheme, the cells in the way …) */
    readonly details: string[] = [],
  ) {
    super(`${code}: ${text["en-US"]}`);
    this.name = "PaneError";
  }
}

/** An Office.js failure (OfficeExtension.Error carries `code` and `debugInfo`) as a PaneError; PaneErrors pass through. */
export function fromOfficeError(e: unknown): PaneError {
  if (e instanceof PaneError) return e;
  const err = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
  const code = typeof err?.code === "string" ? err.code : "Unknown";
  const where = typeof err?.debugInfo?.errorLocation === "string" ? ` (${err.debugInfo.errorLocation})` : "";
  const msg = typeof err?.message === "string" ? err.message : String(e);
  return new PaneError("EXCEL_API", {
    "zh-CN": `Excel 操作失败：${code}${where}：${msg}`,
    "en-US": `Excel call failed: ${code}${where}: ${msg}`,
  });
}
