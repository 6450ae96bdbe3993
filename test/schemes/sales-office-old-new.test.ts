import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/sales-office-old-new.md (from the rule catalogue), "Worked examples". Expected numbers are typed in from the catalogue table,
// not taken from the engine. Personal award: per senior salesperson per calendar month (interpretation).

function deal(amount: number | string, day: number, extra: RowObject = {}): RowObject {
  return {
    老员工: "王",
    房号: `A-${day}`,
    成交金额: amount,
    成交日期: `2016-05-${String(day).padStart(2, "0")}`,
    是否老员工带来的新客户: "是",
    ...extra,
  };
}

describe("sales-office-old-new personal award (worked examples 1–4)", () => {
  const cases: { n: number; what: string; amounts: number[]; units: number; award: number; rowAwards: number[] }[] = [
    // 1: 1 unit, 1,200,000 → 0.5 % × 1,200,000 = 6,000
    { n: 1, what: "1 unit", amounts: [1_200_000], units: 1, award: 6_000, rowAwards: [6_000] },
    // 2: 2 units, 1,000,000 + 800,000 → 1 % × 1,800,000 = 18,000 (row split 10,000 + 8,000)
    { n: 2, what: "2 units", amounts: [1_000_000, 800_000], units: 2, award: 18_000, rowAwards: [10_000, 8_000] },
    // 3: 3 units totalling 2,400,000 → 1.5 % × 2,400,000 = 36,000
    { n: 3, what: "3 units", amounts: [900_000, 800_000, 700_000], units: 3, award: 36_000, rowAwards: [13_500, 12_000, 10_500] },
  ];

  test.each(cases)("example $n ($what): award $award", ({ amounts, units, award, rowAwards }) => {
    const result = runPreset("sales-office-old-new", amounts.map((a, i) => deal(a, i + 1)));
    const g = groupWhere(result, "sellerMonth", { person: "王", month: "2016-05" });
    expect(g.outputs.units.value).toBe(units);
    expect(g.outputs.award.value).toBe(award);
    expect(result.rows().map((r) => r.outputs.rowAward.value)).toEqual(rowAwards);
    expect(g.complete).toBe(true);
  });

  test("example 2: the rate is 1 % for two units", () => {
    const result = runPreset("sales-office-old-new", [deal(1_000_000, 1), deal(800_000, 2)]);
    expect(groupWhere(result, "sellerMonth", { person: "王" }).outputs.rate.value).toBe(0.01);
  });

  test("example 4: 0 units → 0 (the only deal is not brought by the senior salesperson)", () => {
    const result = runPreset("sales-office-old-new", [deal(1_200_000, 1, { 是否老员工带来的新客户: "否" })]);
    const g = groupWhere(result, "sellerMonth", { person: "王" });
    expect(g.outputs.units.value).toBe(0);
    expect(g.outputs.award.value).toBe(0);
    expect(result.row(0).outputs.rowAward.value).toBe(0);
  });

  test("example 4: an empty sheet gives no award at all", () => {
    const result = runPreset("sales-office-old-new", []);
    expect(result.groups("sellerMonth")).toEqual([]);
  });
});

describe("sales-office-old-new eligibility", () => {
  test("S1: not brought by the senior salesperson → excluded NOT_BROUGHT_BY_OLD, not counted for the rate", () => {
    const result = runPreset("sales-office-old-new", [deal(1_000_000, 1), deal(500_000, 2, { 是否老员工带来的新客户: "否" }), deal(800_000, 3)]);
    expect(result.row(1).status).toBe("excluded");
    expect(codes(result.row(1).reasons)).toEqual(["NOT_BROUGHT_BY_OLD"]);
    const g = groupWhere(result, "sellerMonth", { person: "王" });
    expect(g.outputs.units.value).toBe(2);
    expect(g.outputs.award.value).toBe(18_000);
    expect(g.complete).toBe(true);
  });

  test("S2: not yet reviewed and posted → pending NOT_APPROVED; the month is incomplete (C10)", () => {
    const result = runPreset("sales-office-old-new", [deal(1_000_000, 1), deal(800_000, 2, { 是否审核公示: "否" })]);
    expect(result.row(1).status).toBe("pending");
    expect(codes(result.row(1).reasons)).toEqual(["NOT_APPROVED"]);
    const g = groupWhere(result, "sellerMonth", { person: "王" });
    expect(g.outputs.award.value).toBe(5_000);
    expect(g.rows).toMatchObject({ total: 2, ok: 1, pending: 1 });
    expect(g.complete).toBe(false);
  });

  test("an unreadable amount is invalid INVALID_NUMBER, never 0", () => {
    const result = runPreset("sales-office-old-new", [deal("约120万", 1)]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["INVALID_NUMBER"]);
  });

  test("amounts in other cell styles are read exactly (C4)", () => {
    const result = runPreset("sales-office-old-new", [deal("¥1,000,000", 1), deal("８０００００元", 2)]);
    expect(groupWhere(result, "sellerMonth", { person: "王" }).outputs.award.value).toBe(18_000);
  });

  test("deals in different months are separate periods", () => {
    const result = runPreset("sales-office-old-new", [deal(1_000_000, 1), { ...deal(800_000, 2), 成交日期: "2016-06-02" }]);
    expect(groupWhere(result, "sellerMonth", { person: "王", month: "2016-05" }).outputs.award.value).toBe(5_000);
    expect(groupWhere(result, "sellerMonth", { person: "王", month: "2016-06" }).outputs.award.value).toBe(4_000);
  });

  test("C8: unit awards always sum exactly to the month's award (the residual cent goes to the largest unit)", () => {
    // 3 units of 1,000,001: 1.5 % × 3,000,003 = 45,000.045 → 45,000.05; each unit 15,000.015 → 15,000.02, so the
    // residual −0.01 goes to the first of the equal largest shares: 15,000.01 + 15,000.02 + 15,000.02 = 45,000.05
    const result = runPreset("sales-office-old-new", [deal(1_000_001, 1), deal(1_000_001, 2), deal(1_000_001, 3)]);
    expect(groupWhere(result, "sellerMonth", { person: "王" }).outputs.award.text).toBe("45000.05");
    expect(result.rows().map((r) => r.outputs.rowAward.text)).toEqual(["15000.01", "15000.02", "15000.02"]);
  });

  test("the explanation gives the rate working in both languages", () => {
    const result = runPreset("sales-office-old-new", [deal(1_000_000, 1), deal(800_000, 2)]);
    const g = result.groups("sellerMonth", true)[0];
    expect(g.explanation?.["zh-CN"]).toContain("0.01 × 1800000元 = 18000元");
    expect(g.explanation?.["en-US"]).toContain("0.01 × 1800000 yuan = 18000 yuan");
  });

  test("a configured cap limits the rate", () => {
    const result = runPreset("sales-office-old-new", [deal(1_000_000, 1), deal(800_000, 2), deal(600_000, 3)], { params: { maxRate: 0.01 } });
    expect(groupWhere(result, "sellerMonth", { person: "王" }).outputs.award.value).toBe(24_000);
  });
});

describe("sales-office-old-new team award (worked examples 5–6)", () => {
  const member = (name: string, contribution: number | string, pool: number | null): RowObject => ({ 团队: "一组", 成员: name, 业绩贡献: contribution, 团队奖金: pool });

  test("example 5: pool 50,000, old 60 % / new 40 % → 30,000 / 20,000", () => {
    const result = runPreset("sales-office-old-new", [member("老员工", "60%", 50_000), member("新员工", "40%", 50_000)], { part: "team" });
    expect(result.rows().map((r) => r.outputs.memberShare.value)).toEqual([30_000, 20_000]);
    const g = groupWhere(result, "teamGroup", { teamName: "一组" });
    expect(g.outputs.teamPool.value).toBe(50_000);
    expect(g.complete).toBe(true);
  });

  test("example 5 with the source's units (60 and 40 of 100 units) gives the same split", () => {
    const result = runPreset("sales-office-old-new", [member("老员工", 60, 50_000), member("新员工", 40, null)], { part: "team" });
    expect(result.rows().map((r) => r.outputs.memberShare.value)).toEqual([30_000, 20_000]);
  });

  test("example 6: pool 10,000, three equal members → 3,333.34 / 3,333.33 / 3,333.33 (residual cent to the first)", () => {
    const result = runPreset("sales-office-old-new", [member("甲", 1, 10_000), member("乙", 1, 10_000), member("丙", 1, 10_000)], { part: "team" });
    const shares = result.rows().map((r) => r.outputs.memberShare);
    expect(shares.map((s) => s.value)).toEqual([3333.34, 3333.33, 3333.33]);
    expect(shares.map((s) => s.text)).toEqual(["3333.34", "3333.33", "3333.33"]);
  });

  test("the pool is not defined in the source: a team without a pool is pending POOL_NOT_SET", () => {
    const result = runPreset("sales-office-old-new", [member("甲", 1, null), member("乙", 1, null)], { part: "team" });
    expect(result.row(0).outputs.memberShare.pending).toBe("POOL_NOT_SET");
    expect(groupWhere(result, "teamGroup", { teamName: "一组" }).complete).toBe(false);
  });

  test("two different pools for one team are invalid POOL_CONFLICT", () => {
    const result = runPreset("sales-office-old-new", [member("甲", 1, 10_000), member("乙", 1, 20_000)], { part: "team" });
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(result.row(0).reasons)).toContain("POOL_CONFLICT");
  });
});
