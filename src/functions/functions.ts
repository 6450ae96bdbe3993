/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cells of any type, and the metadata generator reads these signatures */
/*
 * Jili's cell functions for Excel. Each is a thin wrapper: the computation is the host-neutral call of the same id
 * (calls.ts, shared with WPS), whose error cells become CustomFunctions.Error here. functions.json is generated from
 * these JSDoc tags by Microsoft's custom-functions-metadata plugin; never edit it by hand. REWARD and CHECK evaluate a
 * whole range, so they are asynchronous (a Promise return type is what the generator reads as an async function; the
 * metadata is otherwise the same) and compute in the engine worker when there is one (tableCalls.ts, cellEngine.ts).
 */
import { JILI_CALLS } from "./calls";
import { excelError, isCellError } from "./excelError";
import { recalcOnWorkbookSchemeChange } from "./excelRecalc";
import { JILI_TABLE_CALLS } from "./tableCalls";

// cells that read the workbook's scheme are computed again when the pane changes it (in Excel only)
recalcOnWorkbookSchemeChange();

/** The call's results with each error cell as Excel's error (a #VALUE! or #N/A with its message). */
function forExcel(rows: unknown[][]): unknown[][] {
  if (typeof CustomFunctions === "undefined") return rows; // under Node: the plain error cells
  return rows.map((r) => r.map((v) => (isCellError(v) ? excelError(v) : v)));
}

/**
 * KPI units (移动效能/宽带效能) per customer: due target customer 1, other 0.5; broadband fibre migration 0.5.
 * @customfunction KPI_POINTS
 * @param targetStatus 客户类型 / customer type: 到期目标客户 or 非到期目标客户 (a cell or a column)
 * @param [business] 业务 / business: 移动 (default), 预存送费, 光纤平移
 * @param [scheme] Preset whose unit table is used (default mobile-retention)
 * @returns One value per row.
 */
export function kpiPointsFn(targetStatus: any[][], business?: any[][], scheme?: string): any[][] {
  return forExcel(JILI_CALLS.KPI_POINTS(targetStatus, business, scheme));
}

/**
 * Stepped per-household bonus: 营业员 5 households at 20 then 40 each; other roles 2 at 20 then 40.
 * @customfunction REFERRAL_BONUS
 * @param households 户数 / households in the period (a cell or a column)
 * @param role 岗位 / role
 * @param [scheme] Preset whose tiers are used (default mobile-retention)
 * @returns One amount per row.
 */
export function referralBonusFn(households: any[][], role: any[][], scheme?: string): any[][] {
  return forExcel(JILI_CALLS.REFERRAL_BONUS(households, role, scheme));
}

/**
 * Tiered amount from a tier table kept in the sheet: step (marginal) or straight (whole amount).
 * @customfunction TIERED
 * @param value Quantity or amount (a cell or a column)
 * @param tiers Two columns: step = (up to, rate per unit), last "up to" blank; straight = (from, amount)
 * @param [mode] "step" (default) or "straight"
 * @returns One amount per row.
 */
export function tieredFn(value: any[][], tiers: any[][], mode?: string): any[][] {
  return forExcel(JILI_CALLS.TIERED(value, tiers, mode));
}

/**
 * Weighted score Σ weight × score per row, computed exactly.
 * @customfunction WEIGHTED_SCORE
 * @param scores One row of item scores per person
 * @param weights One weight per item (e.g. 0.2, 0.4, 0.3, 0.1)
 * @returns One score per row.
 */
export function weightedScoreFn(scores: any[][], weights: any[][]): any[][] {
  return forExcel(JILI_CALLS.WEIGHTED_SCORE(scores, weights));
}

/**
 * Grade of a score: 优 ≥ 9, 良 ≥ 7, 中 ≥ 5, else 差 — or your own bands.
 * @customfunction GRADE
 * @param score Score (a cell or a column)
 * @param [bands] Two columns (grade, lower bound), highest first; a row with a blank bound names the grade below all
 * @returns One grade per row.
 */
export function gradeFn(score: any[][], bands?: any[][]): any[][] {
  return forExcel(JILI_CALLS.GRADE(score, bands));
}

/**
 * Bonus by grade and role: 组长 500/300/200/0, 组员 300/200/100/0.
 * @customfunction GRADE_BONUS
 * @param grade 等级 / grade (优, 良, 中, 差)
 * @param role 岗位 / role (组长, 组员)
 * @param [scheme] Preset whose table is used (default repair-dept-grade)
 * @returns One amount per row.
 */
export function gradeBonusFn(grade: any[][], role: any[][], scheme?: string): any[][] {
  return forExcel(JILI_CALLS.GRADE_BONUS(grade, role, scheme));
}

/**
 * A scheme's named output for rows given as a range: a preset, or the workbook's own scheme with the pane's parameters.
 * @customfunction REWARD
 * @param scheme Preset id (e.g. mobile-retention), or "workbook" (or empty) for the scheme stored in this workbook
 * @param output Output name or title (e.g. rowBonus, or a group total such as bonus)
 * @param values The data rows (may start with the header row)
 * @param [headers] The header row, when values does not start with it
 * @param [part] Part id or title, for a scheme with several parts (default the first, or the pane's part)
 * @param [params] Two columns (parameter, value), e.g. launchDate and a date; these override the pane's values
 * @returns One value per row.
 */
export async function rewardFn(scheme: string, output: string, values: any[][], headers?: any[][], part?: string, params?: any[][]): Promise<any[][]> {
  return forExcel(await JILI_TABLE_CALLS.REWARD(scheme, output, values, headers, part, params));
}

/**
 * Why a row is excluded, invalid or pending; empty when it is fine.
 * @customfunction CHECK
 * @param scheme Preset id, or "workbook" (or empty) for the scheme stored in this workbook
 * @param values The data rows (may start with the header row)
 * @param [headers] The header row, when values does not start with it
 * @param [part] Part id or title, for a scheme with several parts (default the first, or the pane's part)
 * @param [params] Two columns (parameter, value); these override the pane's values
 * @returns One reason text per row.
 */
export async function checkFn(scheme: string, values: any[][], headers?: any[][], part?: string, params?: any[][]): Promise<any[][]> {
  return forExcel(await JILI_TABLE_CALLS.CHECK(scheme, values, headers, part, params));
}
