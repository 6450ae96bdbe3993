import type { Cell } from "./types";

/**
 * mobile-retention rows as a clerk's sheet holds them (Chinese headers); dates as Excel serials.
 * Every yes/no column a rule reads is present with an explicit value: since issue 17 the preset states no
 * default for 是否副卡, 是否无月租用户 or 是否补贴未到期中途取消后重办, so a sheet without them stops (COLUMNS_NEEDED).
 */
export const HEADERS = ["揽装人", "工号", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];

/** Excel serial of a date in 2016 (1900 date system). */
export function serial(month: number, day: number): number {
  return Math.round((Date.UTC(2016, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function order(person: string, role: string, day: number, due: boolean, extra: Partial<Record<string, Cell>> = {}): Cell[] {
  const row: Record<string, Cell> = {
    揽装人: person,
    工号: "",
    岗位: role,
    办理日期: serial(1, day),
    客户类型: due ? "到期目标客户" : "非到期目标客户",
    是否副卡: "否",
    是否无月租用户: "否",
    是否有效4G用户: "是",
    是否补贴未到期中途取消后重办: "否",
    ...extra,
  } as Record<string, Cell>;
  return HEADERS.map((h) => row[h]);
}

/** n rows spread over people of both roles, every 7th a secondary card (excluded), every 11th a bad date (invalid). */
export function bigSheet(n: number): Cell[][] {
  const rows: Cell[][] = [HEADERS];
  for (let i = 0; i < n; i++) {
    const person = `员工${String(i % 997).padStart(3, "0")}`;
    const role = i % 997 < 600 ? "营业员" : "网格经理";
    const extra: Record<string, Cell> = {};
    if (i % 7 === 3) extra["是否副卡"] = "是";
    if (i % 11 === 5) extra["办理日期"] = "2016-13-45";
    rows.push(order(person, role, (i % 28) + 1, i % 2 === 0, extra));
  }
  return rows;
}
