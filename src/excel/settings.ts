import { PaneError } from "./errors";

/** The part of `Office.context.document.settings` Jili uses (per document and add-in id; about 2 MB in all). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

export const SETTING = {
  run: "jili.run",
  /** id of the summary sheet Jili created: only that sheet is ever replaced */
  summarySheet: "jili.summarySheetId",
  /** cells Jili coloured at the last validation, per sheet */
  marks: "jili.marks",
} as const;

/** settings.saveAsync as a promise; a failure is a typed error, never swallowed. */
export function saveSettings(settings: SettingsLike): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      const failed = !!result?.error || String(result?.status).toLowerCase() === "failed";
      if (!failed) return resolve();
      const why = result.error?.message ?? "";
      reject(new PaneError("SETTINGS_SAVE_FAILED", { "zh-CN": `无法把设置保存到工作簿：${why}`, "en-US": `Could not save the settings in the workbook: ${why}` }));
    });
  });
}
