import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/equipment-floating-bonus.md (from the rule catalogue), "Worked examples". Expected numbers are typed in from the catalogue
// table, not taken from the engine.

/** A complete person-month row; each example overrides the inputs it is about. */
function staff(name: string, extra: RowObject = {}): RowObject {
  return {
    姓名: name,
    月份: "2016-05",
    个人核定月浮动奖金: 1000,
    本部分考核分数: 90,
    设备原因停机时间: 21,
    本月生产时间: 300,
    本月报修后完成数量: 38,
    本月总报修数量: 40,
    设备原因造成损失率得分: 12,
    设备维修费用率得分: 25,
    ...extra,
  };
}

describe("equipment-floating-bonus worked examples", () => {
  const utilisation: { n: number; downtime: number; production: number; u: number; score1: number }[] = [
    // 1: U = 1 − 21/300 = 0.93; 0.93 × 40 = 37.2 (the source's own example)
    { n: 1, downtime: 21, production: 300, u: 0.93, score1: 37.2 },
    // 2: U = 0.99 exactly → 40 × 1.2 = 48
    { n: 2, downtime: 3, production: 300, u: 0.99, score1: 48 },
    // 3: U = 0.9899 < 0.99 → 0.9899 × 40 = 39.596
    { n: 3, downtime: 10.1, production: 1000, u: 0.9899, score1: 39.596 },
  ];

  test.each(utilisation)("example $n: downtime $downtime h of $production h → U $u, score1 $score1", ({ downtime, production, u, score1 }) => {
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 设备原因停机时间: downtime, 本月生产时间: production })]);
    const row = result.row(0);
    expect(row.status).toBe("ok");
    expect(row.outputs.utilisation.value).toBe(u);
    expect(row.outputs.utilisationScore.value).toBe(score1);
  });

  test.each([
    // 4: 40 of 40 → 100 % → 18; 38 of 40 → 0.95 × 15 = 14.25
    { done: 40, total: 40, score2: 18 },
    { done: 38, total: 40, score2: 14.25 },
  ])("example 4: orders $done of $total → score2 $score2", ({ done, total, score2 }) => {
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 本月报修后完成数量: done, 本月总报修数量: total })]);
    expect(result.row(0).outputs.completionScore.value).toBe(score2);
  });

  test("example 5: baseFloat 1000, deptScore 90, P = 95 → 270 + 665 = 935.00", () => {
    // P = 95: downtime 3/300 → 48; orders 38/40 → 14.25; loss 12; cost 20.75 → 48 + 14.25 + 12 + 20.75 = 95
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 设备原因停机时间: 3, 设备维修费用率得分: 20.75 })]);
    const row = result.row(0);
    expect(row.outputs.personalScore.value).toBe(95);
    expect(row.outputs.deptBonus.value).toBe(270);
    expect(row.outputs.personalBonus.value).toBe(665);
    expect(row.outputs.bonus.value).toBe(935);
    expect(row.outputs.bonus.text).toBe("935.00");
  });

  test("example 6: baseFloat 800, deptScore 90; downtime 21/300; orders 38/40; loss 12; cost 25 → P 88.45, bonus 711.32", () => {
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 个人核定月浮动奖金: 800 })]);
    const row = result.row(0);
    expect(row.outputs.utilisationScore.value).toBe(37.2);
    expect(row.outputs.completionScore.value).toBe(14.25);
    expect(row.outputs.personalScore.value).toBe(88.45);
    expect(row.outputs.deptBonus.value).toBe(216);
    expect(row.outputs.personalBonus.value).toBe(495.32);
    expect(row.outputs.bonus.value).toBe(711.32);
    expect(row.outputs.bonus.text).toBe("711.32");
  });
});

describe("equipment-floating-bonus rules and interpretations", () => {
  test("maximum personal score is 48 + 18 + 15 + 30 = 111", () => {
    const result = runPreset("equipment-floating-bonus", [
      staff("陈工", { 设备原因停机时间: 0, 本月报修后完成数量: 40, 设备原因造成损失率得分: 15, 设备维修费用率得分: 30, 个人核定月浮动奖金: 1000, 本部分考核分数: 100 }),
    ]);
    expect(result.row(0).outputs.personalScore.value).toBe(111);
    // 1000 × 0.3 × 1.00 + 1000 × 0.7 × 1.11 = 300 + 777 = 1077
    expect(result.row(0).outputs.bonus.value).toBe(1077);
  });

  test("ordersTotal = 0 → completion taken as 100 % → 18, with warning NO_WORK_ORDERS", () => {
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 本月报修后完成数量: 0, 本月总报修数量: 0 })]);
    const row = result.row(0);
    expect(row.status).toBe("ok");
    expect(row.outputs.completionScore.value).toBe(18);
    expect(codes(row.warnings)).toEqual(["NO_WORK_ORDERS"]);
  });

  test.each([
    { downtime: 301, production: 300 },
    { downtime: -1, production: 300 },
    { downtime: 0, production: 0 },
    { downtime: 0, production: -5 },
  ])("Q1: downtime $downtime h, production $production h → invalid INCONSISTENT_HOURS", ({ downtime, production }) => {
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 设备原因停机时间: downtime, 本月生产时间: production })]);
    const row = result.row(0);
    expect(row.status).toBe("invalid");
    expect(codes(row.reasons)).toEqual(["INCONSISTENT_HOURS"]);
    expect(row.outputs.bonus.value).toBeNull();
  });

  test("Q1: downtime equal to production time is consistent (U = 0 → 0 points)", () => {
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 设备原因停机时间: 300, 本月生产时间: 300 })]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.utilisationScore.value).toBe(0);
  });

  test.each([
    { done: 41, total: 40 },
    { done: -1, total: 40 },
  ])("Q1: $done completed of $total → invalid INCONSISTENT_ORDERS", ({ done, total }) => {
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 本月报修后完成数量: done, 本月总报修数量: total })]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["INCONSISTENT_ORDERS"]);
  });

  test("manual scores outside their ranges (loss 0–15, cost 0–30) are invalid, never clipped", () => {
    const result = runPreset("equipment-floating-bonus", [staff("陈工", { 设备原因造成损失率得分: 16 }), staff("林工", { 设备维修费用率得分: 31 })]);
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(result.row(0).reasons[0]).toMatchObject({ code: "OUT_OF_RANGE", column: "设备原因造成损失率得分" });
    expect(result.row(1).reasons[0]).toMatchObject({ code: "OUT_OF_RANGE", column: "设备维修费用率得分" });
  });

  test("C10: the section-month total is the sum of the people's bonuses; an invalid row makes it incomplete", () => {
    const rows = [staff("陈工", { 个人核定月浮动奖金: 800 }), staff("林工", { 设备原因停机时间: 3, 设备维修费用率得分: 20.75 })];
    const ok = groupWhere(runPreset("equipment-floating-bonus", rows), "section", { month: "2016-05" });
    expect(ok.outputs.sectionBonus.value).toBe(1646.32); // 711.32 + 935
    expect(ok.complete).toBe(true);
    const broken = groupWhere(runPreset("equipment-floating-bonus", [...rows, staff("何工", { 设备原因停机时间: 400 })]), "section", { month: "2016-05" });
    expect(broken.outputs.sectionBonus.value).toBe(1646.32);
    expect(broken.rows.invalid).toBe(1);
    expect(broken.complete).toBe(false);
  });
});
