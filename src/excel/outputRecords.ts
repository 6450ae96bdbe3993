import type { RecordedSheetKind } from "./port";
import { RULES_SETTING } from "./rulesSheet";
import { SETTING, type SettingsLike } from "./settings";
import { STATEMENTS_SETTING } from "./statements";

/** The setting that records each sheet Jili writes whole (an id in Excel, a name in WPS). */
export const RECORDED_SHEET_SETTING: Record<RecordedSheetKind, string> = {
  summary: SETTING.summarySheet,
  statements: STATEMENTS_SETTING,
  rules: RULES_SETTING,
};

export const RECORDED_KINDS: RecordedSheetKind[] = ["summary", "statements", "rules"];

/** The recorded id or name of each kind, when there is one. */
export function recordedKeys(settings: Pick<SettingsLike, "get">): { kind: RecordedSheetKind; key: string }[] {
  return RECORDED_KINDS.map((kind) => ({ kind, key: settings.get(RECORDED_SHEET_SETTING[kind]) })).filter((r): r is { kind: RecordedSheetKind; key: string } => typeof r.key === "string" && r.key !== "");
}

/** Rows of `col` from `top` to `bottom` that hold no formula (a formula in Jili's column on another row is the user's). */
export function rowsWithoutFormulas(top: number, bottom: number, formulaRows: Set<number>): [number, number][] {
  const runs: [number, number][] = [];
  let start: number | null = null;
  for (let r = top; r <= bottom + 1; r++) {
    const free = r <= bottom && !formulaRows.has(r);
    if (free && start === null) start = r;
    if (!free && start !== null) {
      runs.push([start, r - 1]);
      start = null;
    }
  }
  return runs;
}
