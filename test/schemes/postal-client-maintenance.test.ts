import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/postal-client-maintenance.md (from the rule catalogue), "Worked examples". Expected numbers are typed in from the catalogue
// table, not taken from the engine.

function month(name: string, infoCount: number | string, rate: string | number | null, extra: RowObject = {}): RowObject {
  return { 姓名: name, 月份: "2012-08", 收集客户信息户数: infoCount, 贡献率: rate, ...extra };
}

describe("postal-client-maintenance worked examples", () => {
  const cases: { n: number; N: number; R: string; info: number; contribution: number; total: number }[] = [
    // 1: exactly on target
    { n: 1, N: 50, R: "70%", info: 50, contribution: 50, total: 100 },
    // 2: 50×0.77/0.70 = 55
    { n: 2, N: 62, R: "77%", info: 62, contribution: 55, total: 117 },
    // 3: 50×0.56/0.70 = 40
    { n: 3, N: 35, R: "56%", info: 35, contribution: 40, total: 75 },
    // 4: zero case
    { n: 4, N: 0, R: "0%", info: 0, contribution: 0, total: 0 },
  ];

  test.each(cases)("example $n: N $N, R $R → $info + $contribution = $total", ({ N, R, info, contribution, total }) => {
    const result = runPreset("postal-client-maintenance", [month("张敏", N, R)]);
    const g = groupWhere(result, "person", { person: "张敏", month: "2012-08" });
    expect(g.outputs.monthHouseholds.value).toBe(N);
    expect(g.outputs.infoScore.value).toBe(info);
    expect(g.outputs.contributionScore.value).toBe(contribution);
    expect(g.outputs.total.value).toBe(total);
    expect(g.complete).toBe(true);
  });

  test("example 5: weeks 12, 9, 15, 14 → N 50, R 63% → 50 + 45 = 95; week 2 warns WEEKLY_MIN_NOT_MET", () => {
    const rows = [
      month("张敏", 12, "63%", { 周次: "第1周" }),
      month("张敏", 9, null, { 周次: "第2周" }),
      month("张敏", 15, null, { 周次: "第3周" }),
      month("张敏", 14, null, { 周次: "第4周" }),
    ];
    const result = runPreset("postal-client-maintenance", rows);
    const g = groupWhere(result, "person", { person: "张敏", month: "2012-08" });
    expect(g.outputs.monthHouseholds.value).toBe(50);
    expect(g.outputs.infoScore.value).toBe(50);
    expect(g.outputs.contributionScore.value).toBe(45);
    expect(g.outputs.total.value).toBe(95);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(result.rows().map((r) => codes(r.warnings))).toEqual([[], ["WEEKLY_MIN_NOT_MET"], [], []]);
    expect(g.complete).toBe(true);
  });
});

describe("postal-client-maintenance rules and interpretations", () => {
  test("P1: exactly 10 in a week is no warning (不低于, inclusive); a month row is never checked against the weekly minimum", () => {
    const weeks = runPreset("postal-client-maintenance", [month("张敏", 10, "70%", { 周次: "第1周" })]);
    expect(weeks.row(0).warnings).toEqual([]);
    const monthly = runPreset("postal-client-maintenance", [month("张敏", 8, "70%")]);
    expect(monthly.row(0).warnings).toEqual([]);
  });

  test("no cap by default: scores above 100 stand; a configured cap limits the total", () => {
    const rows = [month("张敏", 80, "84%")]; // 80 + 50×0.84/0.70 = 80 + 60 = 140
    expect(groupWhere(runPreset("postal-client-maintenance", rows), "person", { person: "张敏" }).outputs.total.value).toBe(140);
    const capped = runPreset("postal-client-maintenance", rows, { params: { scoreCap: 120 } });
    expect(groupWhere(capped, "person", { person: "张敏" }).outputs.total.value).toBe(120);
  });

  test("several contribution rates in one month (business lines) → their unweighted mean", () => {
    const rows = [month("张敏", 30, "60%", { 周次: "第1周" }), month("张敏", 20, "80%", { 周次: "第2周" })];
    const g = groupWhere(runPreset("postal-client-maintenance", rows), "person", { person: "张敏" });
    expect(g.outputs.rate.value).toBe(0.7);
    expect(g.outputs.contributionScore.value).toBe(50);
    expect(g.outputs.total.value).toBe(100);
  });

  test("people and months are separate groups; 工号 identifies the person when present (C1)", () => {
    const rows = [
      month("张敏", 50, "70%", { 工号: "E01" }),
      month("张 敏", 10, null, { 工号: "E01" }),
      month("李华", 20, "35%"),
      month("李华", 40, "70%", { 月份: "2012-09" }),
    ];
    const result = runPreset("postal-client-maintenance", rows);
    expect(groupWhere(result, "person", { person: "E01", month: "2012-08" }).outputs.total.value).toBe(110);
    expect(groupWhere(result, "person", { person: "李华", month: "2012-08" }).outputs.total.value).toBe(45);
    expect(groupWhere(result, "person", { person: "李华", month: "2012-09" }).outputs.total.value).toBe(90);
  });

  test("C4: a contribution rate typed as 70 (not 70%) is invalid RATE_OUT_OF_RANGE; the month is incomplete", () => {
    const result = runPreset("postal-client-maintenance", [month("张敏", 50, 70)]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["RATE_OUT_OF_RANGE"]);
    expect(groupWhere(result, "person", { person: "张敏" }).complete).toBe(false);
  });

  test("a household count that is not a whole number ≥ 0 is invalid", () => {
    const result = runPreset("postal-client-maintenance", [month("张敏", 12.5, "70%"), month("李华", -3, "70%"), month("王五", "十", "70%")]);
    expect(codes(result.row(0).reasons)).toEqual(["NOT_INTEGER"]);
    expect(codes(result.row(1).reasons)).toEqual(["OUT_OF_RANGE"]);
    expect(codes(result.row(2).reasons)).toEqual(["INVALID_NUMBER"]);
  });

  test("a month without any contribution rate is invalid MISSING_CONTRIBUTION_RATE and incomplete", () => {
    const result = runPreset("postal-client-maintenance", [month("张敏", 50, null)]);
    const g = groupWhere(result, "person", { person: "张敏" });
    expect(g.status).toBe("invalid");
    expect(codes(g.reasons)).toEqual(["MISSING_CONTRIBUTION_RATE"]);
    expect(g.complete).toBe(false);
  });
});
