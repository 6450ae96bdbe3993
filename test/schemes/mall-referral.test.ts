import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/mall-referral.md (from the rule catalogue), "Worked examples" and N1–N3.
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

const ID = "mall-referral";

function deal(oldCustomer: string, total: number | string, closed: string, extra: RowObject = {}): RowObject {
  return { 老客户: oldCustomer, 老客户是否已成交: "是", 新客户: "新客", 物业类型: "商铺", 签约总价: total, 是否成交: closed, 奖励形式: "加油卡", ...extra };
}

describe("mall-referral worked examples", () => {
  test.each([
    // 1: 320,000 closed → 3000; 10,000; 310,000 (≥ 300,000)
    { n: 1, total: 320000, reward: 3000, deduction: 10000, net: 310000 },
    // 2: 300,000 closed → 3000; 10,000; 290,000 (at the edge: 30万 and above)
    { n: 2, total: 300000, reward: 3000, deduction: 10000, net: 290000 },
    // 3: 299,999 closed → 3000; 8,000; 291,999 (just below 300,000)
    { n: 3, total: 299999, reward: 3000, deduction: 8000, net: 291999 },
    // 4: 150,000 closed → 3000; 8,000; 142,000 (overlap resolved upward)
    { n: 4, total: 150000, reward: 3000, deduction: 8000, net: 142000 },
    // 5: 149,999 closed → 3000; 5,000; 144,999 (below 150,000)
    { n: 5, total: 149999, reward: 3000, deduction: 5000, net: 144999 },
  ])("example $n: $total closed → reward $reward, deduction $deduction, net $net", ({ total, reward, deduction, net }) => {
    const result = runPreset(ID, [deal("李", total, "是")]);
    const row = result.row(0);
    expect(row.status).toBe("ok");
    expect(row.outputs.reward.value).toBe(reward);
    expect(row.outputs.deduction.value).toBe(deduction);
    expect(row.outputs.netPrice.value).toBe(net);
    const g = groupWhere(result, "oldCustomerCampaign", { referrer: "李" });
    expect(g.outputs.rewardTotal.value).toBe(reward);
    expect(g.complete).toBe(true);
  });

  test("example 6: 200,000 not closed → excluded NOT_CLOSED, reward 0, deduction 0, net price blank", () => {
    const result = runPreset(ID, [deal("李", 200000, "否")]);
    const row = result.row(0);
    expect(row.status).toBe("excluded");
    expect(codes(row.reasons)).toEqual(["NOT_CLOSED"]);
    expect(row.outputs.reward.value).toBe(0);
    expect(row.outputs.deduction.value).toBe(0);
    expect(row.outputs.netPrice.value).toBeNull();
    const g = groupWhere(result, "oldCustomerCampaign", { referrer: "李" });
    expect(g.outputs.rewardTotal.value).toBe(0);
    expect(g.outputs.closedDeals.value).toBe(0);
  });

  test("example 7: old customer 李 with two closed referrals (180,000 and 90,000) → 6000 total; 8,000 and 5,000; 172,000 and 85,000", () => {
    const result = runPreset(ID, [deal("李", 180000, "是", { 新客户: "甲" }), deal("李", 90000, "是", { 新客户: "乙" })]);
    expect(result.rows().map((r) => r.outputs.reward.value)).toEqual([3000, 3000]);
    expect(result.rows().map((r) => r.outputs.deduction.value)).toEqual([8000, 5000]);
    expect(result.rows().map((r) => r.outputs.netPrice.value)).toEqual([172000, 85000]);
    const g = groupWhere(result, "oldCustomerCampaign", { referrer: "李" });
    expect(g.outputs.closedDeals.value).toBe(2);
    expect(g.outputs.rewardTotal.value).toBe(6000);
    expect(g.rows).toEqual({ total: 2, ok: 2, excluded: 0, invalid: 0, pending: 0 });
    expect(g.complete).toBe(true);
  });
});

describe("mall-referral eligibility rules", () => {
  test("N2: a referrer who is not an existing buyer is excluded REFERRER_NOT_BUYER", () => {
    const result = runPreset(ID, [deal("王", 320000, "是", { 老客户是否已成交: "否" })]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual(["REFERRER_NOT_BUYER"]);
    expect(result.row(0).outputs.reward.value).toBe(0);
  });

  test("N3: another property type keeps the 3000 but its deduction is pending NO_DEDUCTION_RULE; the old customer's reward stays final", () => {
    const result = runPreset(ID, [deal("王", 320000, "是", { 物业类型: "住宅" })]);
    const row = result.row(0);
    expect(row.status).toBe("ok");
    expect(row.outputs.reward.value).toBe(3000);
    expect(row.outputs.deduction.value).toBeNull();
    expect(row.outputs.deduction.pending).toBe("NO_DEDUCTION_RULE");
    expect(row.outputs.netPrice.pending).toBe("NO_DEDUCTION_RULE");
    const g = groupWhere(result, "oldCustomerCampaign", { referrer: "王" });
    expect(g.outputs.rewardTotal.value).toBe(3000);
    expect(g.outputs.rewardTotal.pending).toBeUndefined();
  });

  test("C4: “32万” is not accepted as a contract total (INVALID_NUMBER); ¥ and separators are", () => {
    const result = runPreset(ID, [deal("李", "32万", "是"), deal("李", "¥320,000", "是")]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["INVALID_NUMBER"]);
    expect(result.row(1).outputs.deduction.value).toBe(10000);
    const g = groupWhere(result, "oldCustomerCampaign", { referrer: "李" });
    expect(g.outputs.rewardTotal.value).toBe(3000);
    expect(g.rows.invalid).toBe(1);
    expect(g.complete).toBe(false);
  });

  test("no date filter by default; a configured campaign window excludes deals signed outside it", () => {
    const rows = [deal("李", 180000, "是", { 签约日期: "2014-12-25" }), deal("李", 180000, "是", { 签约日期: "2015-01-05" })];
    expect(runPreset(ID, rows).rows().map((r) => r.status)).toEqual(["ok", "ok"]);
    const filtered = runPreset(ID, rows, { params: { campaignFrom: "2014-12-20", campaignTo: "2014-12-31" } });
    expect(filtered.rows().map((r) => r.status)).toEqual(["ok", "excluded"]);
    expect(codes(filtered.row(1).reasons)).toEqual(["OUTSIDE_CAMPAIGN"]);
  });

  test("without the 老客户是否已成交 and 物业类型 columns the referrer is a buyer and the deal a shop (with a warning)", () => {
    const result = runPreset(ID, [{ 老客户: "李", 签约总价: 180000, 是否成交: "是" }]);
    const row = result.row(0);
    expect(row.status).toBe("ok");
    expect(row.outputs.reward.value).toBe(3000);
    expect(row.outputs.deduction.value).toBe(8000);
    expect(codes(row.warnings)).toEqual(["PROPERTY_TYPE_ASSUMED"]);
  });
});
