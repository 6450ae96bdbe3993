import { buildFillPlan, evaluate, findHeaderRow, isOwnedHeader } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";

const scheme = getPreset("mobile-retention")!;
const H = ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", "是否副卡"];
const row = (name: string, day: number, sec = "否") => [name, "营业员", `2016-01-${String(day).padStart(2, "0")}`, "到期目标客户", "是", sec];
// the evaluated sheet states 是否无月租用户 and 是否补贴未到期中途取消后重办 (否): the preset has no default for them (issue 17)
const H_RUN = [...H, "是否无月租用户", "是否补贴未到期中途取消后重办"];
const runRow = (name: string, day: number, sec = "否") => [...row(name, day, sec), "否", "否"];

describe("findHeaderRow", () => {
  test("finds the header under a title and a blank line", () => {
    const cells = [["2016年1月购机送费揽装明细"], [], ["序号", ...H], [1, ...row("王丽", 3)]];
    expect(findHeaderRow(cells, scheme.parts[0])).toEqual({ row: 2, matched: 6, requiredMatched: 5 });
  });
  test("null when nothing matches", () => {
    expect(findHeaderRow([["a", "b"], [1, 2]], scheme.parts[0])).toBeNull();
  });
});

describe("buildFillPlan", () => {
  const rows = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => runRow("王丽", d)).concat([runRow("李强", 2, "是")]);
  const result = evaluate(scheme, { headers: H_RUN, rows });

  test("one owned column per row output, then status and explanation", () => {
    const plan = buildFillPlan(result, "zh-CN");
    expect(plan.columns.map((c) => c.header)).toEqual(["Jili·移动效能", "Jili·计入超量奖效能", "Jili·揽装奖励(元)", "Jili·状态", "Jili·计算说明"]);
    expect(plan.columns.every((c) => isOwnedHeader(c.header))).toBe(true);
    expect(plan.columns[2].values).toEqual([20, 20, 20, 20, 20, 40, 40, 40, 0]);
    expect(plan.columns[3].values[8]).toBe("排除: 副卡不纳入奖励（M1）");
  });

  test("a summary row per person-month with totals and counts; stats at a glance", () => {
    const plan = buildFillPlan(result, "en-US");
    expect(plan.summary?.headers.slice(0, 6)).toEqual(["Recruiter", "Month", "Households counted", "KPI units (month)", "Units for overage bonus", "Bonus total (yuan)"]);
    expect(plan.summary?.rows[0].slice(0, 11)).toEqual(["王丽", "2016-01", 8, 8, 0, 220, 8, 8, 0, 0, 0]);
    expect(plan.summary?.rows[1][5]).toBe(0);
    expect(plan.summary?.chart).toEqual({ title: "Reward totals — Bonus total (yuan)", categoryColumn: 0, valueColumn: 5 });
    expect(plan.stats).toMatchObject({ rows: 9, ok: 8, excluded: 1, paid: 1, total: 220, byReason: { SECONDARY_CARD: 1 } });
  });
});

test("a finding that belongs to a group (a tie for a manual decision) is written in the summary's last column", () => {
  // two teams both finish 9 of 6 in March: first place is tied and the scheme leaves it to a manual decision
  const scheme = getPreset("car-team-monthly")!;
  const result = evaluate(scheme, { headers: ["团队", "月份", "新车指标", "完成台数"], rows: [["A", "2016-03", 6, 9], ["C", "2016-03", 6, 9]] });
  for (const lang of ["zh-CN", "en-US"] as const) {
    const summary = buildFillPlan(result, lang).summary!;
    expect(summary.headers[summary.headers.length - 1]).toBe(lang === "zh-CN" ? "分组提示" : "Group findings");
    const cell = String(summary.rows[0][summary.headers.length - 1]);
    expect(cell).toContain(lang === "zh-CN" ? "并列第一" : "tie");
  }
});

test("the summary's first note is its grand total, and it says when invalid or pending rows are not in it", () => {
  // 王丽: 3 households → 60; 李强: one secondary card (excluded) and one invalid date: the total holds 60 only
  const rows = [runRow("王丽", 3), runRow("王丽", 4), runRow("王丽", 5), runRow("李强", 6, "是"), [...runRow("李强", 7)].map((c, i) => (i === 3 ? "2016-13-45" : c))];
  const result = evaluate(scheme, { headers: H_RUN, rows });
  const zh = buildFillPlan(result, "zh-CN").summary!.notes![0];
  expect(zh).toBe("合计：揽装奖励合计(元) 60.00，其中 1 组大于 0；共 2 组，5 行：计奖 3，排除 1，无效 1，待定 0。1 行无效，未计入合计，更正后须重新计算");
  const en = buildFillPlan(result, "en-US").summary!.notes![0];
  expect(en).toBe("Total: Bonus total (yuan) 60.00, above 0 for 1 groups; 2 groups, 5 rows: 3 counted, 1 excluded, 1 invalid, 0 pending. 1 invalid rows are not in the total: correct them and compute again");
});
