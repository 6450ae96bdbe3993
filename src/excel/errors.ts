import { BilingualText, RunProblem, runMessage, RunProblemCode } from "../engine";

/**
 * Every problem the task pane or its Excel adapter reports: a stable code plus the message in both languages. The
 * refusals of a run (RunProblemCode) are the engine's, shared with the command line.
 */
export type PaneErrorCode =
  | RunProblemCode
  | "SCHEME_INVALID"
  | "UNKNOWN_SCHEME"
  | "MERGED_CELL"
  | "SHEET_NAME_TAKEN"
  | "SETTINGS_SAVE_FAILED"
  | "SAVED_RUN_INVALID"
  | "EXCEL_API"
  | "OUTPUT_PROTECTED"
  | "STATEMENTS_TOO_LONG";

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

/** Runs an engine call, turning a refused run (the engine's RunProblem) into the pane's error with the same code and words. */
export function refusedAsPaneError<T>(call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (e instanceof RunProblem) throw new PaneError(e.code, e.text, e.details);
    throw e;
  }
}

/** A fill into a protected sheet is refused before anything is written, in the engine's words (the CLI's too). */
export function sheetProtectedError(sheet: string): PaneError {
  return new PaneError("SHEET_PROTECTED", runMessage("SHEET_PROTECTED", { sheet }));
}

/** The summary sheet cannot be added or replaced while the workbook's structure is protected. */
export function workbookProtectedError(summarySheet: string): PaneError {
  return new PaneError("WORKBOOK_PROTECTED", runMessage("WORKBOOK_PROTECTED", { sheet: summarySheet }));
}

/** An Office.js failure (OfficeExtension.Error carries `code` and `debugInfo`) or a refused run as a PaneError; PaneErrors pass through. */
export function fromOfficeError(e: unknown): PaneError {
  if (e instanceof PaneError) return e;
  if (e instanceof RunProblem) return new PaneError(e.code, e.text, e.details);
  const err = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
  const code = typeof err?.code === "string" ? err.code : "Unknown";
  const where = typeof err?.debugInfo?.errorLocation === "string" ? ` (${err.debugInfo.errorLocation})` : "";
  const msg = typeof err?.message === "string" ? err.message : String(e);
  return new PaneError("EXCEL_API", {
    "zh-CN": `Excel 操作失败：${code}${where}：${msg}`,
    "en-US": `Excel call failed: ${code}${where}: ${msg}`,
  });
}

/** "Remove Jili output" changes nothing when a sheet it would change, or the structure, is protected. */
export function outputProtectedError(sheet: string | null): PaneError {
  return new PaneError(
    "OUTPUT_PROTECTED",
    sheet === null
      ? { "zh-CN": "工作簿结构受保护，无法删除 Jili 的工作表：未清除任何内容。请先取消保护。", "en-US": "The workbook's structure is protected, so Jili's sheets cannot be deleted: nothing was removed. Unprotect it first." }
      : { "zh-CN": `工作表「${sheet}」受保护：未清除任何 Jili 结果。请先取消保护。`, "en-US": `Sheet ${sheet} is protected: no Jili output was removed. Unprotect it first.` },
  );
}
