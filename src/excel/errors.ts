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
  | "SHEET_PROTECTED"
  | "WORKBOOK_PROTECTED"
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

/** A fill into a protected sheet is refused before anything is written, in the command line's words (src/cli/messages.ts). */
export function sheetProtectedError(sheet: string): PaneError {
  return new PaneError("SHEET_PROTECTED", {
    "zh-CN": `「${sheet}」工作表受保护，Jili 不会写入受保护的工作表。请先在 Excel 中撤销工作表保护（审阅 → 撤销工作表保护）再试。未写入任何内容。`,
    "en-US": `The sheet ${sheet} is protected; Jili does not write into a protected sheet. Unprotect it in Excel (Review → Unprotect Sheet) and try again. Nothing was written.`,
  });
}

/** The summary sheet cannot be added or replaced while the workbook's structure is protected. */
export function workbookProtectedError(summarySheet: string): PaneError {
  return new PaneError("WORKBOOK_PROTECTED", {
    "zh-CN": `工作簿结构受保护，无法添加或替换汇总表「${summarySheet}」。请先撤销工作簿保护（审阅 → 保护工作簿）再试。未写入任何内容。`,
    "en-US": `The workbook's structure is protected, so the summary sheet ${summarySheet} cannot be added or replaced. Unprotect the workbook (Review → Protect Workbook) and try again. Nothing was written.`,
  });
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
