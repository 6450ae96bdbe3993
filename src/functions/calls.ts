/*
 * The eight JILI cell functions, host-neutral: what Excel's functions.ts and WPS's registration (src/wps/functions)
 * both call, by the same ids. Synchronous; arguments as a spreadsheet passes them (a cell, or rows of cells with null
 * for an empty one); results one column to spill, one row per input row; every error an error cell (cellError), a
 * plain object that each host turns into its own error form.
 */
import { spill } from "./args";
import { gradeBonusRows, gradeRows, kpiPoints, referralBonus, Result, tiered, weightedScoreRows } from "./rowFunctions";
import { errorColumn } from "./tableCompute";
import { checkRows, rewardRows } from "./tableFunctions";

/** One call's results as a column; a call that cannot run is one error cell; other exceptions are bugs and say so. */
function column(run: () => Result[]): unknown[][] {
  try {
    return spill(run());
  } catch (e) {
    return errorColumn(e);
  }
}

/** Each function by its id (the name after `JILI.` in a cell); parameters in the order the cell gives them. */
export const JILI_CALLS = {
  KPI_POINTS: (targetStatus: unknown, business?: unknown, scheme?: unknown) => column(() => kpiPoints(targetStatus, business, scheme)),
  REFERRAL_BONUS: (households: unknown, role: unknown, scheme?: unknown) => column(() => referralBonus(households, role, scheme)),
  TIERED: (value: unknown, tiers: unknown, mode?: unknown) => column(() => tiered(value, tiers, mode)),
  WEIGHTED_SCORE: (scores: unknown, weights: unknown) => column(() => weightedScoreRows(scores, weights)),
  GRADE: (score: unknown, bands?: unknown) => column(() => gradeRows(score, bands)),
  GRADE_BONUS: (grade: unknown, role: unknown, scheme?: unknown) => column(() => gradeBonusRows(grade, role, scheme)),
  REWARD: (scheme: unknown, output: unknown, values: unknown, headers?: unknown, part?: unknown, params?: unknown) => column(() => rewardRows(scheme, output, values, headers, part, params)),
  CHECK: (scheme: unknown, values: unknown, headers?: unknown, part?: unknown, params?: unknown) => column(() => checkRows(scheme, values, headers, part, params)),
} as const;

export type JiliCallId = keyof typeof JILI_CALLS;
