import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/dealer-expansion-ranking.md (from the rule catalogue), "Worked examples — example configuration, not from the source".
// The point tables below are the catalogue's example configuration; the contest period is 2016-01-01 … 2016-03-31
// (three months), so "month 1 / 2 / 3" are 2016-01 / 02 / 03. Expected values are typed in from the catalogue table.

const EXAMPLE_CONFIG = {
  periodStart: "2016-01-01",
  periodEnd: "2016-03-31",
  // ≥ 50,000 → 5; ≥ 20,000 → 3; > 0 → 1; 0 → 0
  avgPurchasePoints: [
    { to: 0, toInclusive: true, value: 0 },
    { from: 0, fromInclusive: false, to: 20000, value: 1 },
    { from: 20000, to: 50000, value: 3 },
    { from: 50000, value: 5 },
  ],
  // ≥ 100 % → 5; ≥ 80 % → 4; ≥ 50 % → 2; < 50 % → 0
  achievementPoints: [
    { to: 0.5, value: 0 },
    { from: 0.5, to: 0.8, value: 2 },
    { from: 0.8, to: 1, value: 4 },
    { from: 1, value: 5 },
  ],
  // period month 1 → 3, month 2 → 2, month 3 or later → 1
  devMonthPoints: [
    { to: 2, value: 3 },
    { from: 2, to: 3, value: 2 },
    { from: 3, value: 1 },
  ],
};

// A store-count row is no new dealer: it says 是否新经销店 = 否 explicitly, since the preset states no default and a
// blank yes/no cell is invalid (issue 17).
function stores(person: string, start: number, end: number, required: number): RowObject {
  return { 业务员: person, 期初总店数: start, 期末总店数: end, 规定开拓店数: required, 是否新经销店: "否" };
}

function dealer(person: string, name: string, isNew: boolean, firstMonth: string | null, purchases: number | string): RowObject {
  return { 业务员: person, 经销店: name, 是否新经销店: isNew ? "是" : "否", 开始进货月份: firstMonth, 进货金额: purchases };
}

/** The four salespeople of the worked examples. */
function exampleRows(): RowObject[] {
  return [
    // 甲: 3 new dealers with monthly averages 60,000 / 25,000 / 8,000, started in months 1 / 1 / 2; stores 40 → 46; required 5
    stores("甲", 40, 46, 5),
    dealer("甲", "甲一店", true, "2016-01", 60000), // 3 monthly rows of 60,000 → 180,000 ÷ 3 months
    dealer("甲", "甲一店", true, "2016-01", 60000),
    dealer("甲", "甲一店", true, "2016-01", 60000),
    dealer("甲", "甲二店", true, "2016-01", 75000), // 75,000 ÷ 3 = 25,000
    dealer("甲", "甲三店", true, "2016-02", 16000), // 16,000 ÷ 2 = 8,000
    // 乙: 2 new dealers, 55,000 / 52,000, both month 1; stores 30 → 31 (an old store closed); required 5
    stores("乙", 30, 31, 5),
    dealer("乙", "乙老店", false, null, 90000),
    dealer("乙", "乙一店", true, "2016-01", 165000),
    dealer("乙", "乙二店", true, "2016-01", 156000),
    // 丙: no new dealer
    stores("丙", 20, 20, 5),
    dealer("丙", "丙老店", false, null, 40000),
    // 丁: 1 new dealer, 20,000, month 3; stores 10 → 14; required 5
    stores("丁", 10, 14, 5),
    dealer("丁", "丁一店", true, "2016-03", 20000),
  ];
}

const run = (rows: RowObject[], extra: Record<string, unknown> = {}) => runPreset("dealer-expansion-ranking", rows, { params: { ...EXAMPLE_CONFIG, ...extra } });

describe("dealer-expansion-ranking worked examples (example configuration)", () => {
  test.each([
    // 1 甲: purchase (5+3+1)/3 = 3; achievement 6/5 = 120 % → 5; month (3+3+2)/3 = 8/3; total 32/3 ≈ 10.67
    { n: 1, who: "甲", purchase: 3, net: 6, rate: 1.2, achievement: 5, month: 8 / 3, monthText: "2.67", total: 32 / 3, totalText: "10.67" },
    // 2 乙: purchase 5; achievement 1/5 = 20 % → 0; month 3; total 8
    { n: 2, who: "乙", purchase: 5, net: 1, rate: 0.2, achievement: 0, month: 3, monthText: "3.00", total: 8, totalText: "8.00" },
    // 4 丁: purchase 3; achievement 4/5 = 80 % (edge) → 4; month 1; total 8
    { n: 4, who: "丁", purchase: 3, net: 4, rate: 0.8, achievement: 4, month: 1, monthText: "1.00", total: 8, totalText: "8.00" },
  ])("example $n: $who → total $totalText", (x) => {
    const g = groupWhere(run(exampleRows()), "salesperson", { salesperson: x.who });
    expect(g.status).toBe("ok");
    expect(g.outputs.purchasePoints.value).toBe(x.purchase);
    expect(g.outputs.netIncrease.value).toBe(x.net);
    expect(g.outputs.achievementRate.value).toBe(x.rate);
    expect(g.outputs.achievementPts.value).toBe(x.achievement);
    expect(g.outputs.devMonthPts.value).toBeCloseTo(x.month, 12);
    expect(g.outputs.devMonthPts.text).toBe(x.monthText);
    expect(g.outputs.totalPoints.value).toBeCloseTo(x.total, 12);
    expect(g.outputs.totalPoints.text).toBe(x.totalText);
  });

  test("example 1: 甲's dealers — monthly averages 60,000 / 25,000 / 8,000 → 5 / 3 / 1 points; months 1 / 1 / 2 → 3 / 3 / 2", () => {
    const result = run(exampleRows());
    const d = (name: string) => groupWhere(result, "dealer", { owner: "甲", dealer: name }).outputs;
    expect([d("甲一店").dAvg.value, d("甲二店").dAvg.value, d("甲三店").dAvg.value]).toEqual([60000, 25000, 8000]);
    expect([d("甲一店").dAvgPoints.value, d("甲二店").dAvgPoints.value, d("甲三店").dAvgPoints.value]).toEqual([5, 3, 1]);
    expect([d("甲一店").dDevMonth.value, d("甲二店").dDevMonth.value, d("甲三店").dDevMonth.value]).toEqual([1, 1, 2]);
    expect([d("甲一店").dDevPoints.value, d("甲二店").dDevPoints.value, d("甲三店").dDevPoints.value]).toEqual([3, 3, 2]);
  });

  test("example 2: 乙's old dealer earns no points and does not count as a new dealer", () => {
    const result = run(exampleRows());
    expect(groupWhere(result, "dealer", { owner: "乙", dealer: "乙老店" }).outputs.dIsNew.value).toBe(false);
    expect(groupWhere(result, "salesperson", { salesperson: "乙" }).outputs.newDealers.value).toBe(2);
  });

  test("example 3: 丙 has no new dealer → not ranked (NO_NEW_DEALERS)", () => {
    const g = groupWhere(run(exampleRows()), "salesperson", { salesperson: "丙" });
    expect(g.status).toBe("excluded");
    expect(codes(g.reasons)).toEqual(["NO_NEW_DEALERS"]);
    expect(g.outputs.totalPoints.value).toBeNull();
    expect(g.outputs.place.value).toBe("");
    expect(g.outputs.shortlisted.value).not.toBe(true);
    expect(g.outputs.prize.value).toBe(0);
  });

  test("example 5: ranking of 甲, 乙, 丁 — 乙 and 丁 tie on 8, the tie-break by achievement points puts 丁 (4) above 乙 (0); all within the top 10", () => {
    const result = run(exampleRows());
    const place = (who: string) => groupWhere(result, "salesperson", { salesperson: who }).outputs;
    expect([place("甲").place.value, place("丁").place.value, place("乙").place.value]).toEqual(["1", "2", "3"]);
    expect([place("甲").shortlisted.value, place("丁").shortlisted.value, place("乙").shortlisted.value]).toEqual([true, true, true]);
  });
});

describe("dealer-expansion-ranking configuration, ties and the top-10 cut", () => {
  test("nothing is preset: without the point tables and the period every total is pending MASKED_PARAMETER", () => {
    const result = runPreset("dealer-expansion-ranking", exampleRows());
    const g = groupWhere(result, "salesperson", { salesperson: "甲" });
    expect(g.outputs.totalPoints.pending).toBe("MASKED_PARAMETER");
    expect(g.outputs.shortlisted.pending).toBe("MASKED_PARAMETER");
    expect(g.outputs.place.pending).toBe("MASKED_PARAMETER");
    expect(g.complete).toBe(false);
  });

  test("the award per winner is pending until configured; with 500 every shortlisted salesperson gets 500", () => {
    const pending = groupWhere(run(exampleRows()), "salesperson", { salesperson: "甲" });
    expect(pending.outputs.prize.pending).toBe("MASKED_PARAMETER");
    const result = run(exampleRows(), { awardPerWinner: 500 });
    expect(["甲", "乙", "丁"].map((w) => groupWhere(result, "salesperson", { salesperson: w }).outputs.prize.value)).toEqual([500, 500, 500]);
    expect(groupWhere(result, "salesperson", { salesperson: "甲" }).complete).toBe(true);
  });

  test("top 10: the tie-breaks (achievement points, then net increase) apply throughout; places 11 and 12 are not shortlisted", () => {
    // 12 salespeople, each 1 new dealer at 60,000 from month 1 (5 + 3 points), required 100 so every rate < 50 % (0 points):
    // all totals are 8 and all achievement points 0, so the net increase (12 … 1) decides every place
    const rows: RowObject[] = [];
    for (let k = 1; k <= 12; k++) {
      const who = `S${String(k).padStart(2, "0")}`;
      rows.push(stores(who, 100, 100 + k, 100), dealer(who, `${who}店`, true, "2016-01", 180000));
    }
    const result = run(rows);
    for (let k = 1; k <= 12; k++) {
      const g = groupWhere(result, "salesperson", { salesperson: `S${String(k).padStart(2, "0")}` });
      expect(g.outputs.totalPoints.value).toBe(8);
      expect(g.outputs.place.value).toBe(String(13 - k));
      expect(g.outputs.shortlisted.value).toBe(13 - k <= 10);
    }
  });

  test("salespeople still tied after the tie-breaks share a rank shown as 2–3; a shared rank straddling 10th place shortlists all tied, flagged", () => {
    const rows: RowObject[] = [stores("A", 0, 10, 5), dealer("A", "A店", true, "2016-01", 180000)];
    // B and C identical: 5 + 0 + 3 = 8, net 1
    for (const who of ["B", "C"]) rows.push(stores(who, 30, 31, 5), dealer(who, `${who}店`, true, "2016-01", 165000));
    const shared = run(rows);
    expect(groupWhere(shared, "salesperson", { salesperson: "A" }).outputs.place.value).toBe("1");
    expect(groupWhere(shared, "salesperson", { salesperson: "B" }).outputs.place.value).toBe("2–3");
    expect(groupWhere(shared, "salesperson", { salesperson: "C" }).outputs.place.value).toBe("2–3");

    // 9 distinct places, then two salespeople tied for 10th → 11 shortlisted, the tied two flagged TIE_AT_CUT
    const many: RowObject[] = [];
    for (let k = 1; k <= 9; k++) many.push(stores(`P${k}`, 100, 200 - k, 100), dealer(`P${k}`, `P${k}店`, true, "2016-01", 180000));
    for (const who of ["X", "Y"]) many.push(stores(who, 100, 101, 100), dealer(who, `${who}店`, true, "2016-01", 180000));
    const cut = run(many);
    const x = groupWhere(cut, "salesperson", { salesperson: "X" });
    const y = groupWhere(cut, "salesperson", { salesperson: "Y" });
    expect([x.outputs.place.value, y.outputs.place.value]).toEqual(["10–11", "10–11"]);
    expect([x.outputs.shortlisted.value, y.outputs.shortlisted.value]).toEqual([true, true]);
    expect(codes(x.warnings)).toEqual(["TIE_AT_CUT"]);
    expect(codes(y.warnings)).toEqual(["TIE_AT_CUT"]);
    expect(codes(groupWhere(cut, "salesperson", { salesperson: "P1" }).warnings)).toEqual([]);
  });

  test("group period is the whole contest: 甲's rows of dealers started in different months form one salesperson group (C10)", () => {
    const g = groupWhere(run(exampleRows()), "salesperson", { salesperson: "甲" });
    expect(g.rows).toMatchObject({ total: 6, ok: 6, excluded: 0, invalid: 0, pending: 0 });
    // the award is not configured: the prize output is pending, so the group is not complete yet
    expect(g.outputs.prize.pending).toBe("MASKED_PARAMETER");
    expect(g.complete).toBe(false);
    const configured = groupWhere(run(exampleRows(), { awardPerWinner: 500 }), "salesperson", { salesperson: "甲" });
    expect(configured.complete).toBe(true);
    expect(configured.outputs.prize.value).toBe(500);
  });

  test("a new dealer without its first purchase month is invalid MISSING_DEALER_DATA; the salesperson is incomplete", () => {
    const rows = [...exampleRows(), dealer("丁", "丁二店", true, null, 30000)];
    const result = run(rows);
    expect(result.row(rows.length - 1).status).toBe("invalid");
    expect(codes(result.row(rows.length - 1).reasons)).toEqual(["MISSING_DEALER_DATA"]);
    const g = groupWhere(result, "salesperson", { salesperson: "丁" });
    expect(g.rows.invalid).toBe(1);
    expect(g.complete).toBe(false);
  });

  test("a 'new' dealer that started purchasing before the contest period is excluded FIRST_PURCHASE_OUTSIDE_PERIOD", () => {
    const rows = [stores("戊", 10, 12, 5), dealer("戊", "戊一店", true, "2015-12", 30000), dealer("戊", "戊二店", true, "2016-02", 30000)];
    const result = run(rows);
    expect(result.row(1).status).toBe("excluded");
    expect(codes(result.row(1).reasons)).toEqual(["FIRST_PURCHASE_OUTSIDE_PERIOD"]);
    expect(groupWhere(result, "salesperson", { salesperson: "戊" }).outputs.newDealers.value).toBe(1);
  });

  test("two different store counts for one salesperson are invalid STORE_COUNT_CONFLICT", () => {
    const rows = [stores("甲", 40, 46, 5), stores("甲", 41, 46, 5), dealer("甲", "甲一店", true, "2016-01", 180000)];
    const result = run(rows);
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid", "invalid"]);
    expect(codes(result.row(0).reasons)).toContain("STORE_COUNT_CONFLICT");
    expect(groupWhere(result, "salesperson", { salesperson: "甲" }).complete).toBe(false);
  });
});
