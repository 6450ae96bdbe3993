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

/**
 * Jili's settings kept in the workbook itself, in one very hidden sheet that Excel (Office.js) and WPS 表格 (ET) both
 * read and write the same way, so a file carries its scheme and its sheets' records from one to the other. Office's
 * document settings live in a part only Office add-ins read; WPS cannot see them (docs/wps.md).
 *
 * Layout: A1 holds SETTINGS_FORMAT; each later row holds a key in column A and its value as JSON from column B on, cut
 * into pieces under a cell's 32 767 characters. Every cell is formatted as text before it is written.
 */
export const SETTINGS_SHEET = "Jili·settings";
export const SETTINGS_FORMAT = "jili-settings/1";
/** characters of JSON per cell, under a cell's limit of 32 767 */
export const SETTINGS_CHUNK = 30_000;

/** The settings as the sheet's rows (every cell a string). */
export function settingsToRows(values: Map<string, unknown>): string[][] {
  const rows: string[][] = [[SETTINGS_FORMAT]];
  for (const [key, value] of values) {
    const json = JSON.stringify(value);
    const pieces: string[] = [];
    for (let i = 0; i < json.length; i += SETTINGS_CHUNK) pieces.push(json.slice(i, i + SETTINGS_CHUNK));
    rows.push([key, ...pieces]);
  }
  return rows;
}

/** The settings read back from the sheet's cells; null when the sheet is not Jili's settings sheet. */
export function settingsFromRows(rows: unknown[][]): Map<string, unknown> | null {
  if (rows[0]?.[0] !== SETTINGS_FORMAT) return null;
  const out = new Map<string, unknown>();
  for (const line of rows.slice(1)) {
    const key = line?.[0];
    if (typeof key !== "string" || !key) continue;
    const json = line.slice(1).map((v) => (typeof v === "string" ? v : "")).join("");
    try {
      out.set(key, JSON.parse(json));
    } catch {
      throw new PaneError("SAVED_RUN_INVALID", {
        "zh-CN": `工作簿中 Jili 的设置（${key}）已损坏，无法读取`,
        "en-US": `Jili's setting ${key} in this workbook is damaged and cannot be read`,
      });
    }
  }
  return out;
}

/**
 * SettingsLike over a map held in memory, written to the workbook by `persist` on each save (the settings sheet);
 * values round-trip through JSON as Office's settings do. `fallback` answers keys the workbook's sheet does not hold
 * (a workbook saved before the settings sheet, whose settings are Office's document settings).
 */
export class SheetSettings implements SettingsLike {
  constructor(
    private readonly values: Map<string, unknown>,
    private readonly persist: (rows: string[][]) => Promise<void>,
    private readonly fallback: Pick<SettingsLike, "get"> | null = null,
  ) {}

  get(name: string): unknown {
    if (this.values.has(name)) return JSON.parse(JSON.stringify(this.values.get(name)));
    return this.fallback?.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void {
    this.persist(settingsToRows(this.values)).then(
      () => callback?.({ status: "succeeded" }),
      (e: unknown) => callback?.({ status: "failed", error: { message: e instanceof Error ? e.message : String(e) } }),
    );
  }
}
