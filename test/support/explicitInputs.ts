/**
 * Yes/no columns that test sheets state explicitly (issue 17). The presets no longer default these fields: a sheet
 * without one of them stops before computing (COLUMNS_NEEDED), and a blank cell in one is an invalid row. A test
 * that is not about a missing column therefore writes the column with the value it means, using these.
 */
import type { RowObject } from "./runPreset";

/** mobile-retention's three exclusion flags, each 否 (an ordinary order: not a secondary card, has a monthly fee, not re-applied after cancelling). */
export const MOBILE_FLAGS: RowObject = { 是否副卡: "否", 是否无月租用户: "否", 是否补贴未到期中途取消后重办: "否" };
export const MOBILE_FLAG_HEADERS = Object.keys(MOBILE_FLAGS);
export const MOBILE_FLAG_VALUES = Object.values(MOBILE_FLAGS) as string[];

/** equipment-dept-2015 part `leave`: the five yes/no flags, each 否 (a leave day with no special circumstance). */
export const LEAVE_FLAGS: RowObject = { 是否检修期间: "否", 是否个人原因: "否", 是否厂里安排放假: "否", 自身承包设备是否在检修: "否", 是否顺延: "否" };
