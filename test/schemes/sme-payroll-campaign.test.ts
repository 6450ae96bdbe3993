import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/sme-payroll-campaign.md (from the rule catalogue), "Worked examples". Expected verdicts and amounts are typed in from the
// catalogue table, not taken from the engine.

const OUTLET = "城关网点";

function unit(name: string, accounts: number, payroll: number, extra: RowObject = {}): RowObject {
  return { 网点: OUTLET, 月份: "2016-04", 代发单位: name, 代发户数: accounts, 月代发金额: payroll, 项目负责人: "赵磊", ...extra };
}

/** The outlet-month row that carries the savings figure. */
function savings(amount: number | string, extra: RowObject = {}): RowObject {
  return { 网点: OUTLET, 月份: "2016-04", 储蓄存款金额: amount, ...extra };
}

function units(accounts: number[], payrolls: number[]): RowObject[] {
  return accounts.map((a, i) => unit(`单位${i + 1}`, a, payrolls[i]));
}

function outletMonth(rows: RowObject[], params?: Record<string, unknown>) {
  const result = runPreset("sme-payroll-campaign", rows, { part: "units", params });
  return { result, g: groupWhere(result, "outletMonth", { outlet: OUTLET, month: "2016-04" }) };
}

describe("sme-payroll-campaign worked examples", () => {
  test("example 1: 6 units (12, 15, 10, 20, 11, 30 accounts), payroll 42,000, savings 310,000 → MET", () => {
    const { g } = outletMonth([...units([12, 15, 10, 20, 11, 30], [7000, 7000, 7000, 7000, 7000, 7000]), savings(310000)]);
    expect(g.outputs.qualifyingUnits.value).toBe(6);
    expect(g.outputs.payrollTotal.value).toBe(42000);
    expect(g.outputs.savingsAmount.value).toBe(310000);
    expect(g.outputs.unitsTarget.value).toBe("MET");
    expect(g.outputs.payrollTarget.value).toBe("MET");
    expect(g.outputs.savingsTarget.value).toBe("MET");
    expect(g.outputs.campaign.value).toBe("MET");
    expect(g.complete).toBe(true);
  });

  test("example 2: 5 units with 10, 10, 9, 25, 14 accounts → the 9-account unit is excluded UNDER_10_ACCOUNTS → 4 qualifying → T1 NOT_MET", () => {
    const { result, g } = outletMonth([...units([10, 10, 9, 25, 14], [8000, 8000, 8000, 8000, 8000]), savings(320000)]);
    expect(result.row(2).status).toBe("excluded");
    expect(codes(result.row(2).reasons)).toEqual(["UNDER_10_ACCOUNTS"]);
    expect(result.row(2).outputs.payrollCounted.value).toBe(0);
    expect([0, 1, 3, 4].map((i) => result.row(i).status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(g.outputs.qualifyingUnits.value).toBe(4);
    expect(g.outputs.unitsTarget.value).toBe("NOT_MET");
    expect(g.outputs.campaign.value).toBe("NOT_MET");
    expect(g.outputs.campaignCodes.value).toBe("UNITS_TARGET_NOT_MET");
    // the excluded unit's payroll does not count either: 4 × 8000
    expect(g.outputs.payrollTotal.value).toBe(32000);
    expect(g.rows).toEqual({ total: 6, ok: 5, excluded: 1, invalid: 0, pending: 0 });
  });

  test("example 3: 5 qualifying units, payroll exactly 30,000, savings exactly 300,000 → MET (all boundaries inclusive)", () => {
    const { g } = outletMonth([...units([10, 10, 10, 10, 10], [6000, 6000, 6000, 6000, 6000]), savings(300000)]);
    expect(g.outputs.qualifyingUnits.value).toBe(5);
    expect(g.outputs.payrollTotal.value).toBe(30000);
    expect(g.outputs.unitsTarget.value).toBe("MET");
    expect(g.outputs.payrollTarget.value).toBe("MET");
    expect(g.outputs.savingsTarget.value).toBe("MET");
    expect(g.outputs.campaign.value).toBe("MET");
  });

  test("example 4: 5 qualifying units, payroll 45,000, savings 299,999 → T3 NOT_MET", () => {
    const { g } = outletMonth([...units([12, 12, 12, 12, 12], [9000, 9000, 9000, 9000, 9000]), savings(299999)]);
    expect(g.outputs.payrollTotal.value).toBe(45000);
    expect(g.outputs.unitsTarget.value).toBe("MET");
    expect(g.outputs.payrollTarget.value).toBe("MET");
    expect(g.outputs.savingsTarget.value).toBe("NOT_MET");
    expect(g.outputs.campaign.value).toBe("NOT_MET");
    expect(g.outputs.campaignCodes.value).toBe("SAVINGS_TARGET_NOT_MET");
  });

  test("example 5: budget 55×30 + 400 + 2×30 = 1650 + 400 + 60 = 2110", () => {
    const rows: RowObject[] = [
      { 项目: "餐费", 数量: 55, 单位: "人", 单价: 30 },
      { 项目: "宣传费", 数量: null, 单价: 400 },
      { 项目: "矿泉水", 数量: 2, 单位: "箱", 单价: 30 },
    ];
    const result = runPreset("sme-payroll-campaign", rows, { part: "budget" });
    expect(result.rows().map((r) => r.outputs.amount.value)).toEqual([1650, 400, 60]);
    const g = result.groups("budget")[0];
    expect(g.outputs.budgetTotal.value).toBe(2110);
    expect(g.outputs.budgetTotal.text).toBe("2110.00");
    expect(g.complete).toBe(true);
  });
});

describe("sme-payroll-campaign rules and interpretations", () => {
  test("payroll just under 30,000 → T2 NOT_MET; a unit with exactly 10 accounts qualifies (不低于)", () => {
    const { result, g } = outletMonth([...units([10, 11, 12, 13, 14], [6000, 6000, 6000, 6000, 5999.99]), savings(400000)]);
    expect(result.row(0).status).toBe("ok");
    expect(g.outputs.payrollTotal.value).toBe(29999.99);
    expect(g.outputs.payrollTarget.value).toBe("NOT_MET");
    expect(g.outputs.campaignCodes.value).toBe("PAYROLL_TARGET_NOT_MET");
  });

  test("every failing target is listed", () => {
    const { g } = outletMonth([...units([20, 20], [1000, 1000]), savings(1000)]);
    expect(g.outputs.campaign.value).toBe("NOT_MET");
    expect(g.outputs.campaignCodes.value).toBe("UNITS_TARGET_NOT_MET, PAYROLL_TARGET_NOT_MET, SAVINGS_TARGET_NOT_MET");
  });

  test("payroll per unit (configurable): every qualifying unit must reach 30,000", () => {
    const rows = [...units([10, 10, 10, 10, 10], [30000, 30000, 30000, 30000, 29999]), savings(300000)];
    expect(outletMonth(rows).g.outputs.payrollTarget.value).toBe("MET");
    expect(outletMonth(rows, { payrollPerUnit: true }).g.outputs.payrollTarget.value).toBe("NOT_MET");
    const all = [...units([10, 10, 10, 10, 10], [30000, 30000, 30000, 30000, 30000]), savings(300000)];
    expect(outletMonth(all, { payrollPerUnit: true }).g.outputs.payrollTarget.value).toBe("MET");
  });

  test("outlets and months are separate groups; the whole jurisdiction can be assessed together (configurable)", () => {
    const rows = [
      ...units([10, 10, 10], [10000, 10000, 10000]),
      savings(150000),
      ...[10, 10].map((a, i) => unit(`乙单位${i}`, a, 5000, { 网点: "城南网点" })),
      savings(150000, { 网点: "城南网点" }),
    ];
    const per = runPreset("sme-payroll-campaign", rows, { part: "units" });
    expect(groupWhere(per, "outletMonth", { outlet: OUTLET }).outputs.unitsTarget.value).toBe("NOT_MET");
    expect(groupWhere(per, "outletMonth", { outlet: "城南网点" }).outputs.unitsTarget.value).toBe("NOT_MET");
    // whole jurisdiction: 5 units, 40,000 payroll; savings must then be one figure for the jurisdiction
    const whole = runPreset("sme-payroll-campaign", [...rows.filter((r) => !("储蓄存款金额" in r)), savings(300000, { 网点: "全辖" })], { part: "units", params: { perOutlet: false } });
    const g = groupWhere(whole, "outletMonth", { outlet: "全辖", month: "2016-04" });
    expect(g.outputs.qualifyingUnits.value).toBe(5);
    expect(g.outputs.payrollTotal.value).toBe(40000);
    expect(g.outputs.campaign.value).toBe("MET");
  });

  test("savings may be repeated on the unit rows; two different savings figures for one outlet-month are invalid SAVINGS_CONFLICT", () => {
    const same = units([10, 10, 10, 10, 10], [6000, 6000, 6000, 6000, 6000]).map((r) => ({ ...r, 储蓄存款金额: 300000 }));
    expect(outletMonth(same).g.outputs.campaign.value).toBe("MET");
    const { result, g } = outletMonth([...units([10, 10, 10, 10, 10], [6000, 6000, 6000, 6000, 6000]), savings(300000), savings(310000)]);
    expect(g.status).toBe("invalid");
    expect(codes(g.reasons)).toContain("SAVINGS_CONFLICT");
    expect(result.rows().every((r) => r.status === "invalid")).toBe(true);
    expect(g.complete).toBe(false);
  });

  test("an outlet-month without a savings figure is invalid MISSING_SAVINGS (never treated as 0)", () => {
    const { g } = outletMonth(units([10, 10, 10, 10, 10], [6000, 6000, 6000, 6000, 6000]));
    expect(g.status).toBe("invalid");
    expect(codes(g.reasons)).toEqual(["MISSING_SAVINGS"]);
    expect(g.complete).toBe(false);
  });

  test("a unit row without accounts or payroll is invalid; unreadable numbers are invalid INVALID_NUMBER", () => {
    const { result } = outletMonth([unit("甲", 12, 5000, { 代发户数: null }), unit("乙", 12, 5000, { 月代发金额: "约3万" }), savings(300000)]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["MISSING_UNIT_FIGURES"]);
    expect(result.row(1).status).toBe("invalid");
    expect(codes(result.row(1).reasons)).toEqual(["INVALID_NUMBER"]);
  });

  test("the campaign window (masked 20XX in the source) is configuration: months outside it are excluded", () => {
    const rows = [...units([10, 10, 10, 10, 10], [6000, 6000, 6000, 6000, 6000]), savings(300000)];
    const { result, g } = outletMonth(rows, { campaignFrom: "2016-05-01" });
    expect(result.rows().every((r) => r.status === "excluded")).toBe(true);
    expect(codes(result.row(0).reasons)).toEqual(["OUTSIDE_CAMPAIGN"]);
    expect(g.outputs.qualifyingUnits.value).toBe(0);
    expect(outletMonth(rows, { campaignFrom: "2016-04-10", campaignTo: "2016-06-30" }).g.outputs.campaign.value).toBe("MET");
  });

  test("the same unit twice in one outlet-month is a warning DUPLICATE_UNIT", () => {
    const { result } = outletMonth([unit("甲", 12, 5000), unit("甲", 12, 5000), savings(300000)]);
    expect(codes(result.row(1).warnings)).toEqual(["DUPLICATE_UNIT"]);
    expect(result.row(1).status).toBe("ok");
  });
});
