import { PERSON_TOTAL_SHEET_NAMES, SUMMARY_SHEET_NAMES, type SummaryTable } from "../engine";
import type { FillRequest, RecordedSheetKind } from "./port";
import { ISSUES_SETTING } from "./rowFilter";
import { RULES_SETTING } from "./rulesSheet";
import { SETTING, type SettingsLike } from "./settings";
import { recordedIds } from "./recordedIds";
import { STATEMENTS_MORE_SETTING, STATEMENTS_SETTING } from "./statementsRecord";

/** The setting that records each sheet Jili writes whole (an id in Excel, a name in WPS). */
export const RECORDED_SHEET_SETTING: Record<RecordedSheetKind, string> = {
  summary: SETTING.summarySheet,
  statements: STATEMENTS_SETTING,
  rules: RULES_SETTING,
  personTotal: SETTING.personTotalSheet,
  issues: ISSUES_SETTING,
};

/** The second setting of a kind that may record several sheets: the statements' sheets after the first. */
export const RECORDED_MORE_SETTING: Partial<Record<RecordedSheetKind, string>> = { statements: STATEMENTS_MORE_SETTING };

export const RECORDED_KINDS: RecordedSheetKind[] = ["summary", "personTotal", "statements", "rules", "issues"];

/** The settings that record the sheets of a kind. */
export function recordSettings(kind: RecordedSheetKind): string[] {
  const more = RECORDED_MORE_SETTING[kind];
  return more ? [RECORDED_SHEET_SETTING[kind], more] : [RECORDED_SHEET_SETTING[kind]];
}

/** The recorded ids (Excel) or names (WPS) of each kind: none, one, or (statements on several sheets) several. */
export function recordedKeys(settings: Pick<SettingsLike, "get">): { kind: RecordedSheetKind; key: string }[] {
  return RECORDED_KINDS.flatMap((kind) => recordSettings(kind).flatMap((setting) => recordedIds(settings.get(setting)).map((key) => ({ kind, key }))));
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

/**
 * The sheets a fill writes whole, each recorded by its setting and known by its names in every language: the summary
 * and, for a scheme with one, each person's total across its parts.
 */
export function wholeSheets(req: FillRequest): { table: SummaryTable; setting: string; names: readonly string[] }[] {
  const out: { table: SummaryTable; setting: string; names: readonly string[] }[] = [];
  if (req.summary) out.push({ table: req.summary, setting: SETTING.summarySheet, names: SUMMARY_SHEET_NAMES });
  if (req.personTotal) out.push({ table: req.personTotal, setting: SETTING.personTotalSheet, names: PERSON_TOTAL_SHEET_NAMES });
  return out;
}
