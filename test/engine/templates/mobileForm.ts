import type { FormValues } from "../../../src/engine/templates";

/**
 * The mobile-retention rules (docs/presets/mobile-retention.md) as a clerk fills the step-by-count form: the columns of
 * examples/mobile-retention.xlsx, 营业员 up to 5 households at 20 then 40, other roles up to 2 at 20 then 40, and the
 * exclusions — 副卡, 无月租, not an active 4G user, re-done after a cancelled subsidy, a post outside the four, a date
 * before 2016-01-01 — some picked, some typed.
 */
export function mobileForm(): FormValues {
  return {
    columns: { person: "揽装人", staffId: "", role: "岗位", date: "办理日期" },
    tables: {
      tiers: [
        ["营业员", "5", "20"],
        ["营业员", "", "40"],
        ["", "2", "20"],
        ["", "", "40"],
      ],
    },
    conditions: [
      { kind: "pick", column: "是否副卡", op: "yes", value: "" },
      { kind: "pick", column: "是否无月租用户", op: "yes", value: "" },
      { kind: "pick", column: "是否有效4G用户", op: "no", value: "" },
      { kind: "text", text: "是否补贴未到期中途取消后重办" },
      { kind: "text", text: 'not (岗位 in ["营业员", "中心经理", "网格经理", "装维经理"])' },
      { kind: "pick", column: "办理日期", op: "before", value: "2016-01-01" },
    ],
  };
}

export const MOBILE_HEADERS = ["揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];

/** one order row of the worked examples: eligible unless `flags` says otherwise */
export function order(role: string, day: number, flags: Partial<Record<"副卡" | "无月租" | "有效4G" | "重办", string>> = {}, person = "王丽", date?: string): string[] {
  return [person, role, date ?? `2016-01-${String(day).padStart(2, "0")}`, "到期目标客户", flags.副卡 ?? "否", flags.无月租 ?? "否", flags.有效4G ?? "是", flags.重办 ?? "否"];
}
