import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/new-customer-dev.md (from the rule catalogue), "Worked examples (test configuration above; margins 18 % and mix ≥ 60 % unless
// stated)". Expected numbers are typed in from the catalogue table, not taken from the engine.

/**
 * The catalogue's test configuration: T1 = T2 = 50,000 (key account) and 30,000 (marketing); minimum margin 15 %;
 * direct-sales threshold 100,000 with minimum margin 15 %. The scheme start date is masked too (★ “此方案实施之日起”)
 * and the catalogue's test configuration does not name one: every example customer starts after 2016-01-01.
 */
const CONFIG = {
  schemeStart: "2016-01-01",
  keyT1: 50_000,
  mktT1: 30_000,
  keyMinMargin: 0.15,
  mktMinMargin: 0.15,
  directThreshold: 100_000,
  directMinMargin: 0.15,
};

/** The key-account mix column, headed as in the source (the excluded product line is masked). */
const SHARE = "非****产品占比";

const MONTHS = ["2016-03", "2016-04", "2016-05", "2016-06", "2016-07", "2016-08", "2016-09"];

type Dept = "大客户部" | "市场部";

/** One customer's rows for months 1..n (month 1 = the calendar month of the first order, 2016-03-10). */
function customerMonths(dept: Dept, customer: string, sales: number[], extras: Record<number, RowObject> = {}, salesperson = "王"): RowObject[] {
  return sales.map((s, i) => ({
    主责业务员: salesperson,
    部门: dept,
    客户: customer,
    首单进货日期: "2016-03-10",
    月份: MONTHS[i],
    销售额: s,
    [SHARE]: dept === "大客户部" ? "60%" : null,
    平均毛利点: "18%",
    // the preset states no default for 是否指定系列产品 (issue 17); these rows are designated-series sales unless a test says otherwise
    是否指定系列产品: "是",
    ...(extras[i + 1] ?? {}),
  }));
}

function run(rows: RowObject[], params: Record<string, unknown> = CONFIG) {
  return runPreset("new-customer-dev", rows, { part: "customers", params });
}

/** Example 3: designated-series sales 25,000 / 35,000 / 30,000, plus 20,000 a month of other products (ignored). */
function example3(margin: string): RowObject[] {
  const designated = customerMonths("市场部", "丙", [25_000, 35_000, 30_000]).map((r) => ({ ...r, 平均毛利点: margin, 是否指定系列产品: "是" }));
  const others = customerMonths("市场部", "丙", [20_000, 20_000, 20_000]).map((r) => ({ ...r, 平均毛利点: margin, 是否指定系列产品: "否" }));
  return [...designated, ...others];
}

describe("new-customer-dev worked examples (customer months)", () => {
  const cases: { n: number; what: string; rows: () => RowObject[]; customer: string; tranche1: number; tranche2: number; reward: number; payMonth: number | null }[] = [
    // 1: months 1–3 average 155,000/3 = 51,666.67 ≥ 50,000 → T1; same window → T2; 3000 paid in month 4
    { n: 1, what: "key account 60k/45k/50k/20k/0/0", rows: () => customerMonths("大客户部", "甲", [60_000, 45_000, 50_000, 20_000, 0, 0]), customer: "甲", tranche1: 1000, tranche2: 2000, reward: 3000, payMonth: 4 },
    // 2: months 1–3 average 40,000 (no T1); months 2–4 average 150,000/3 = 50,000 (edge, inclusive) → 2000 paid in month 5
    { n: 2, what: "key account 30k/40k/50k/60k/55k/10k", rows: () => customerMonths("大客户部", "乙", [30_000, 40_000, 50_000, 60_000, 55_000, 10_000]), customer: "乙", tranche1: 0, tranche2: 2000, reward: 2000, payMonth: 5 },
    // 3: marketing designated series 25k/35k/30k (+20k/month of other products, ignored), margin 16 % → average 30,000 ≥ 30,000 → 3000
    { n: 3, what: "marketing designated series 25k/35k/30k at 16 %", rows: () => example3("16%"), customer: "丙", tranche1: 1000, tranche2: 2000, reward: 3000, payMonth: 4 },
    // 5: best window inside months 1–6 is 4–6: 130,000/3 = 43,333.33 < 50,000; months 5–7 is outside the six months → 0
    { n: 5, what: "key account 10k×4 then 60k×3 (month 7)", rows: () => customerMonths("大客户部", "戊", [10_000, 10_000, 10_000, 10_000, 60_000, 60_000, 60_000]), customer: "戊", tranche1: 0, tranche2: 0, reward: 0, payMonth: null },
  ];

  test.each(cases)("example $n ($what): reward $reward", ({ rows, customer, tranche1, tranche2, reward, payMonth }) => {
    const result = run(rows());
    const g = groupWhere(result, "customerWindow", { customerName: customer });
    expect(g.outputs.tranche1.value).toBe(tranche1);
    expect(g.outputs.tranche2.value).toBe(tranche2);
    expect(g.outputs.reward.value).toBe(reward);
    expect(g.outputs.payMonthNo.value).toBe(payMonth);
    expect(g.complete).toBe(true);
    expect(groupWhere(result, "seller", { sellerName: "王" }).outputs.totalReward.value).toBe(reward);
  });

  test("example 2: the qualifying window is months 2–4 (average exactly 50,000, inclusive)", () => {
    const g = groupWhere(run(customerMonths("大客户部", "乙", [30_000, 40_000, 50_000, 60_000, 55_000, 10_000])), "customerWindow", { customerName: "乙" });
    expect(g.outputs.qualify.value).toBe(2);
    expect(g.outputs.qualifyEnd.value).toBe(4);
  });

  test("example 3: the other-products rows are excluded NOT_DESIGNATED_SERIES and do not count", () => {
    const result = run(example3("16%"));
    const statuses = result.rows().map((r) => r.status);
    expect(statuses).toEqual(["ok", "ok", "ok", "excluded", "excluded", "excluded"]);
    expect(codes(result.row(3).reasons)).toEqual(["NOT_DESIGNATED_SERIES"]);
  });

  test("example 4: as 3 but margin 14.9 % → 0, excluded MARGIN_BELOW_MIN", () => {
    const result = run(example3("14.9%"));
    const g = groupWhere(result, "customerWindow", { customerName: "丙" });
    expect(g.status).toBe("excluded");
    expect(codes(g.reasons)).toEqual(["MARGIN_BELOW_MIN"]);
    expect(g.outputs.reward.value).toBe(0);
    expect(groupWhere(result, "seller", { sellerName: "王" }).outputs.totalReward.value).toBe(0);
  });

  test("example 6: 60k/60k/60k/0/0/0 with month-2 otherShare 45 % → 0 (every window with enough sales contains month 2)", () => {
    const result = run(customerMonths("大客户部", "己", [60_000, 60_000, 60_000, 0, 0, 0], { 2: { [SHARE]: "45%" } }));
    const g = groupWhere(result, "customerWindow", { customerName: "己" });
    expect(g.outputs.reward.value).toBe(0);
    expect(g.outputs.qualify.value).toBe(null);
    expect(codes(g.reasons)).toEqual(["OTHER_PRODUCTS_BELOW_HALF"]);
  });

  test("per salesperson over the whole campaign: sum over customers (C10)", () => {
    const rows = [
      ...customerMonths("大客户部", "甲", [60_000, 45_000, 50_000, 20_000, 0, 0]),
      ...customerMonths("大客户部", "乙", [30_000, 40_000, 50_000, 60_000, 55_000, 10_000]),
      ...customerMonths("大客户部", "戊", [10_000, 10_000, 10_000, 10_000, 60_000, 60_000, 60_000]),
    ];
    const g = groupWhere(run(rows), "seller", { sellerName: "王" });
    expect(g.outputs.totalReward.value).toBe(5000);
    expect(g.outputs.qualifiedCustomers.value).toBe(2);
    expect(g.rows).toMatchObject({ total: 19, invalid: 0, pending: 0 });
    expect(g.complete).toBe(true);
  });
});

describe("new-customer-dev configuration and eligibility", () => {
  test("masked parameters: without the configuration the rewards are pending MASKED_PARAMETER, never 0", () => {
    const result = run(customerMonths("大客户部", "甲", [60_000, 45_000, 50_000, 20_000, 0, 0]), {});
    expect(result.row(0).status).toBe("pending");
    expect(codes(result.row(0).reasons)).toEqual(["MASKED_PARAMETER"]);
    const g = groupWhere(result, "customerWindow", { customerName: "甲" });
    expect(g.outputs.reward.pending).toBe("MASKED_PARAMETER");
    expect(g.complete).toBe(false);
    expect(groupWhere(result, "seller", { sellerName: "王" }).complete).toBe(false);
  });

  test("only T1 unset: tranche 1 is pending, tranche 2 is final", () => {
    const g = groupWhere(run(customerMonths("大客户部", "甲", [60_000, 45_000, 50_000, 20_000, 0, 0]), { ...CONFIG, keyT1: null }), "customerWindow", { customerName: "甲" });
    expect(g.outputs.tranche1.pending).toBe("MASKED_PARAMETER");
    expect(g.outputs.tranche2.value).toBe(2000);
    expect(g.complete).toBe(false);
  });

  test("K1: a customer whose first order predates the scheme start → excluded NOT_NEW_CUSTOMER", () => {
    const rows = customerMonths("大客户部", "甲", [60_000, 45_000, 50_000]).map((r, i) => ({ ...r, 首单进货日期: "2015-12-20", 月份: ["2015-12", "2016-01", "2016-02"][i] }));
    const result = run(rows);
    expect(result.rows().map((r) => r.status)).toEqual(["excluded", "excluded", "excluded"]);
    expect(codes(result.row(0).reasons)).toEqual(["NOT_NEW_CUSTOMER"]);
    expect(groupWhere(result, "customerWindow", { customerName: "甲" }).outputs.reward.value).toBe(0);
  });

  test("K2: month 1 is the calendar month of the first order; a row dated before it is invalid", () => {
    const result = run(customerMonths("大客户部", "甲", [60_000, 45_000]));
    expect(result.rows().map((r) => r.outputs.monthNo.value)).toEqual([1, 2]);
    const early = run([{ ...customerMonths("大客户部", "甲", [60_000])[0], 月份: "2016-02" }]);
    expect(early.row(0).status).toBe("invalid");
    expect(codes(early.row(0).reasons)).toEqual(["MONTH_BEFORE_FIRST_ORDER"]);
  });

  test("K2: a month with no row counts as 0", () => {
    // months 1, 2, 4 only: 90,000 / 90,000 / (month 3 missing) / 90,000 → months 1–3 average 60,000 ≥ 50,000
    const rows = customerMonths("大客户部", "甲", [90_000, 90_000, 0, 90_000]).filter((_, i) => i !== 2);
    const g = groupWhere(run(rows, { ...CONFIG, keyT1: 70_000 }), "customerWindow", { customerName: "甲" });
    expect(g.outputs.qualify.value).toBe(1);
    expect(g.outputs.tranche1.value).toBe(0);
    expect(g.outputs.tranche2.value).toBe(2000);
  });

  test("K3: the margin is sales-weighted (Σ gross profit ÷ Σ sales), from 毛利额 as well", () => {
    // 10 % on 10,000, 16 % on 70,000 and 11,200 profit on 70,000: the simple mean of the monthly margins (14 %) would
    // fail; the weighted margin (1,000 + 11,200 + 11,200) / 150,000 = 15.6 % passes
    const rows = customerMonths("大客户部", "甲", [10_000, 70_000, 70_000], { 1: { 平均毛利点: "10%" }, 2: { 平均毛利点: "16%" }, 3: { 平均毛利点: null, 毛利额: 11_200 } });
    const g = groupWhere(run(rows), "customerWindow", { customerName: "甲" });
    expect(g.outputs.reward.value).toBe(3000);
  });

  test("K3: exactly the minimum margin qualifies (含, inclusive)", () => {
    const rows = customerMonths("大客户部", "甲", [50_000, 50_000, 50_000]).map((r) => ({ ...r, 平均毛利点: "15%" }));
    expect(groupWhere(run(rows), "customerWindow", { customerName: "甲" }).outputs.reward.value).toBe(3000);
  });

  test("K4: exactly 50 % other products passes; a zero-sales month has no mix requirement", () => {
    const rows = customerMonths("大客户部", "甲", [0, 75_000, 75_000, 0], { 1: { [SHARE]: "10%" }, 2: { [SHARE]: "50%" } });
    const g = groupWhere(run(rows), "customerWindow", { customerName: "甲" });
    expect(g.outputs.tranche2.value).toBe(2000);
  });

  test("tranche 1 with T1 < T2 waits for a qualifying window and is paid with it", () => {
    // months 1–3 average 40,000 ≥ T1 40,000 but < T2 50,000; months 2–4 average 150,000/3 = 50,000 → paid in month 5
    const rows = customerMonths("大客户部", "甲", [40_000, 40_000, 40_000, 70_000, 70_000, 0]);
    const g = groupWhere(run(rows, { ...CONFIG, keyT1: 40_000 }), "customerWindow", { customerName: "甲" });
    expect(g.outputs.tranche1.value).toBe(1000);
    expect(g.outputs.tranche2.value).toBe(2000);
    expect(g.outputs.payMonthNo.value).toBe(5);
  });

  test("tranche 2 is independent of tranche 1 by default; configurable to require it", () => {
    const rows = customerMonths("大客户部", "乙", [30_000, 40_000, 50_000, 60_000, 55_000, 10_000]);
    const g = groupWhere(run(rows, { ...CONFIG, tranche2AfterTranche1: true }), "customerWindow", { customerName: "乙" });
    expect(g.outputs.reward.value).toBe(0);
  });

  test("invalid inputs: missing margin, missing mix share, unknown department", () => {
    const noMargin = run(customerMonths("大客户部", "甲", [60_000], { 1: { 平均毛利点: null } }));
    expect(codes(noMargin.row(0).reasons)).toEqual(["MISSING_MARGIN"]);
    const noShare = run(customerMonths("大客户部", "甲", [60_000], { 1: { [SHARE]: null } }));
    expect(codes(noShare.row(0).reasons)).toEqual(["MISSING_OTHER_SHARE"]);
    const dept = run(customerMonths("大客户部", "甲", [60_000], { 1: { 部门: "财务部" } }));
    expect(dept.row(0).status).toBe("invalid");
    expect(codes(dept.row(0).reasons)).toEqual(["UNKNOWN_DEPARTMENT"]);
  });

  test("one customer with two first-order dates is invalid FIRST_ORDER_CONFLICT", () => {
    const rows = customerMonths("大客户部", "甲", [60_000, 60_000]);
    rows[1] = { ...rows[1], 首单进货日期: "2016-03-20" };
    rows[0] = { ...rows[0], 首单进货日期: "2016-03-01" };
    const result = run(rows);
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(result.row(0).reasons)).toContain("FIRST_ORDER_CONFLICT");
  });
});

describe("new-customer-dev penalty (worked examples 7–8)", () => {
  const row = (sixMonthSales: number, completed = "否"): RowObject => ({ 主责业务员: "王", 是否完成开发任务: completed, 六个月销售额: sixMonthSales, 规定任务量: 600_000 });

  test.each([
    // 7: task not completed, taskQuantity 600,000, sixMonthSales 360,000 = 60 % → exempt, 0
    { n: 7, sales: 360_000, penalty: 0, note: "PENALTY_EXEMPT" },
    // 8: same with sixMonthSales 359,999 → below 60 % → −500
    { n: 8, sales: 359_999, penalty: -500, note: "TASK_NOT_COMPLETED" },
  ])("example $n: sixMonthSales $sales → $penalty", ({ sales, penalty, note }) => {
    const r = runPreset("new-customer-dev", [row(sales)], { part: "penalty", params: CONFIG }).row(0);
    expect(r.status).toBe("ok");
    expect(r.outputs.penalty.value).toBe(penalty);
    expect(codes(r.notes)).toEqual([note]);
  });

  test("a completed task is never fined", () => {
    const r = runPreset("new-customer-dev", [row(0, "是")], { part: "penalty" }).row(0);
    expect(r.outputs.penalty.value).toBe(0);
    expect(codes(r.notes)).toEqual([]);
  });
});

describe("new-customer-dev direct sales (worked example 9)", () => {
  const month = (m: string, sales: number, margin: string): RowObject => ({ 主责业务员: "赵", 月份: m, 月销售总金额: sales, 平均毛利点: margin });

  test("example 9: May 120,000 at 16 %, June 130,000 at 17 % → 3000 once", () => {
    const result = runPreset("new-customer-dev", [month("2016-05", 120_000, "16%"), month("2016-06", 130_000, "17%")], { part: "direct", params: CONFIG });
    const g = groupWhere(result, "seller", { person: "赵" });
    expect(g.outputs.qualifyingMonths.value).toBe(2);
    expect(g.outputs.directAward.value).toBe(3000);
    expect(g.outputs.firstQualifyingMonth.value).toBe("2016-05");
    expect(g.complete).toBe(true);
  });

  test("below the margin or the threshold → 0; exactly the threshold counts", () => {
    const low = runPreset("new-customer-dev", [month("2016-05", 120_000, "14%"), month("2016-06", 99_999, "17%")], { part: "direct", params: CONFIG });
    expect(groupWhere(low, "seller", { person: "赵" }).outputs.directAward.value).toBe(0);
    const edge = runPreset("new-customer-dev", [month("2016-05", 100_000, "15%")], { part: "direct", params: CONFIG });
    expect(groupWhere(edge, "seller", { person: "赵" }).outputs.directAward.value).toBe(3000);
  });

  test("masked threshold → the award is pending MASKED_PARAMETER", () => {
    const result = runPreset("new-customer-dev", [month("2016-05", 120_000, "16%")], { part: "direct", params: { ...CONFIG, directThreshold: null } });
    const g = groupWhere(result, "seller", { person: "赵" });
    expect(g.outputs.directAward.pending).toBe("MASKED_PARAMETER");
    expect(g.complete).toBe(false);
  });

  test("two rows for the same month are invalid DUPLICATE_MONTH", () => {
    const result = runPreset("new-customer-dev", [month("2016-05", 120_000, "16%"), month("2016-05", 10_000, "16%")], { part: "direct", params: CONFIG });
    expect(result.row(1).status).toBe("invalid");
    expect(codes(result.row(1).reasons)).toEqual(["DUPLICATE_MONTH"]);
  });
});
