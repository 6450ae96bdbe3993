import { buildFillPlan, evaluate, type RawCell } from "../../../src/engine";
import { headline } from "../../../src/engine/report/headline";
import { payOutputOf } from "../../../src/engine/report/payOutput";
import { getPreset } from "../../../src/schemes";

// The money a group is paid is the output the scheme flags `total` (or a level's only money output) — never the
// first money output of the level, which for these presets is one tranche, an advance or a turnover.
function run(id: string, headers: string[], rows: RawCell[][], params: Record<string, unknown> = {}, part?: string) {
  const scheme = getPreset(id)!;
  const table = { headers, rows };
  const result = evaluate(scheme, table, { params, part });
  const plan = buildFillPlan(result, "zh-CN", { explain: false });
  return { plan, h: headline(result, table, plan) };
}

test("new-customer-dev: the summary total is the customer's reward (1000 + 2000 = 3000), not the first tranche", () => {
  // docs/presets/new-customer-dev.md example 1
  const H = ["主责业务员", "部门", "客户", "首单进货日期", "月份", "销售额", "非****产品占比", "平均毛利点", "是否指定系列产品"];
  const rows = [60000, 45000, 50000, 20000, 0, 0].map((sales, k) => ["王", "大客户部", "甲", "2016-03-10", `2016-0${3 + k}`, sales, "60%", "18%", "是"]);
  const { plan, h } = run("new-customer-dev", H, rows, { schemeStart: "2016-01-01", keyT1: 50000, mktT1: 30000, keyMinMargin: 0.15, mktMinMargin: 0.15 }, "customers");
  expect(plan.stats.total).toBe(3000);
  expect(h.money?.totalText).toBe("3,000.00");
  expect(plan.summary?.chart?.title).toContain("奖励合计");
});

test("sme-payroll-campaign: a payroll turnover and savings are not a reward, so there is no money headline", () => {
  const scheme = getPreset("sme-payroll-campaign")!;
  expect(payOutputOf(scheme.parts[0], "outletMonth")).toBeNull();
});

test("each preset level with several money outputs names the one paid, or (sme-payroll) none", () => {
  const expected: Record<string, string | null> = {
    "car-launch-advance": "kept",
    "car-launch-first": "total",
    "car-launch-ladder": "total",
    "equipment-post-wage": "deptTotal",
    "hotel-staff-marketing": "net",
    "new-customer-dev": "reward",
    "sales-office-old-new": "award",
    "sme-payroll-campaign": null,
  };
  for (const [id, name] of Object.entries(expected)) {
    const part = getPreset(id)!.parts[0];
    const level = part.levels.find((l) => (part.outputs[l.id] ?? []).length > 0)!;
    expect([id, payOutputOf(part, level.id)?.name ?? null]).toEqual([id, name]);
  }
});

test("car-launch-ladder: the total is ladder prizes plus per-car commission", () => {
  const part = getPreset("car-launch-ladder")!.parts[0];
  const step = part.steps.find((s) => s.name === "total");
  expect(step && "expr" in step ? step.expr : null).toBe("prizes + perCarTotal");
});
