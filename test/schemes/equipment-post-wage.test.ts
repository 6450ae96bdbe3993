import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/equipment-post-wage.md (from the rule catalogue), "Worked examples". Expected numbers are typed in from the catalogue table,
// not taken from the engine.

function staff(name: string, level: string | number, fullAttendance: string, factor: number | string | null, extra: RowObject = {}): RowObject {
  return { 姓名: name, 月份: "2016-03", 岗位级别: level, 是否全勤: fullAttendance, 考核系数: factor, ...extra };
}

describe("equipment-post-wage worked examples", () => {
  const cases: { n: number; factor: number; base: number; assessment: number; total: number }[] = [
    // 1: 一级, full attendance, factor 1 → 2100 + 900 = 3000
    { n: 1, factor: 1, base: 2100, assessment: 900, total: 3000 },
    // 2: factor 0.8 → 2100 + 720 = 2820
    { n: 2, factor: 0.8, base: 2100, assessment: 720, total: 2820 },
    // 3: factor 0 → 2100 + 0 = 2100
    { n: 3, factor: 0, base: 2100, assessment: 0, total: 2100 },
  ];

  test.each(cases)("example $n: 一级, full attendance, factor $factor → $base + $assessment = $total", ({ factor, base, assessment, total }) => {
    const result = runPreset("equipment-post-wage", [staff("周工", "一级", "是", factor)]);
    const row = result.row(0);
    expect(row.status).toBe("ok");
    expect(row.outputs.wage.value).toBe(3000);
    expect(row.outputs.basePay.value).toBe(base);
    expect(row.outputs.assessmentPay.value).toBe(assessment);
    expect(row.outputs.total.value).toBe(total);
    expect(row.outputs.total.pending).toBeUndefined();
  });

  test("example 4: 三级 with no amount configured → pending MISSING_LEVEL_AMOUNT", () => {
    const result = runPreset("equipment-post-wage", [staff("吴工", "三级", "是", 1)]);
    const row = result.row(0);
    expect(row.status).toBe("pending");
    expect(codes(row.reasons)).toEqual(["MISSING_LEVEL_AMOUNT"]);
    const g = groupWhere(result, "dept", { month: "2016-03" });
    expect(g.rows.pending).toBe(1);
    expect(g.complete).toBe(false);
  });

  test("example 5: 一级, fullAttendance 否, factor 1 → base pending, assessment 900, total pending BASE_REDUCTION_UNDEFINED", () => {
    const result = runPreset("equipment-post-wage", [staff("郑工", "一级", "否", 1)]);
    const row = result.row(0);
    expect(row.status).toBe("ok");
    expect(row.outputs.basePay.pending).toBe("BASE_REDUCTION_UNDEFINED");
    expect(row.outputs.assessmentPay.value).toBe(900);
    expect(row.outputs.assessmentPay.pending).toBeUndefined();
    expect(row.outputs.total.pending).toBe("BASE_REDUCTION_UNDEFINED");
    expect(groupWhere(result, "dept", { month: "2016-03" }).complete).toBe(false);
  });
});

describe("equipment-post-wage rules and configuration", () => {
  test("基本条件达标 = 否 also leaves the base pending BASE_REDUCTION_UNDEFINED; blank means 是", () => {
    const result = runPreset("equipment-post-wage", [staff("郑工", "一级", "是", 1, { 基本条件达标: "否" }), staff("王工", "一级", "是", 1, { 基本条件达标: null })]);
    expect(result.row(0).outputs.basePay.pending).toBe("BASE_REDUCTION_UNDEFINED");
    expect(result.row(0).outputs.assessmentPay.value).toBe(900);
    expect(result.row(1).outputs.basePay.value).toBe(2100);
    expect(result.row(1).outputs.total.value).toBe(3000);
  });

  test("levels 2–7 become computable once configured; 1 … 7 are accepted for 一级 … 七级", () => {
    const params = { levelWages: { 一级: 3000, 二级: 2800, 三级: 2600, 四级: 2400, 五级: 2200, 六级: 2000, 七级: 1800 } };
    const result = runPreset("equipment-post-wage", [staff("吴工", "三级", "是", 1), staff("孙工", 7, "是", 0.5)], { params });
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.basePay.value).toBe(1820);
    expect(result.row(0).outputs.assessmentPay.value).toBe(780);
    expect(result.row(0).outputs.total.value).toBe(2600);
    // 1800 × 70% = 1260; 1800 × 30% × 0.5 = 270
    expect(result.row(1).outputs.total.value).toBe(1530);
  });

  test("a 岗位工资 cell overrides the level table (even for an unconfigured level)", () => {
    const result = runPreset("equipment-post-wage", [staff("吴工", "三级", "是", 1, { 岗位工资: 2500 }), staff("周工", "一级", "是", 1, { 岗位工资: "3,200" })]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.basePay.value).toBe(1750);
    expect(result.row(0).outputs.assessmentPay.value).toBe(750);
    expect(result.row(1).outputs.total.value).toBe(3200);
  });

  test("a missing factor leaves the assessment part pending; the base is final", () => {
    const result = runPreset("equipment-post-wage", [staff("周工", "一级", "是", null)]);
    const row = result.row(0);
    expect(row.outputs.basePay.value).toBe(2100);
    expect(row.outputs.assessmentPay.pending).toBe("MISSING_ASSESSMENT_FACTOR");
    expect(row.outputs.total.pending).toBe("MISSING_ASSESSMENT_FACTOR");
  });

  test.each([1.2, -0.1])("factor %s outside 0–1 is invalid FACTOR_OUT_OF_RANGE", (factor) => {
    const result = runPreset("equipment-post-wage", [staff("周工", "一级", "是", factor)]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["FACTOR_OUT_OF_RANGE"]);
  });

  test.each(["八级", 0, 8])("level %s outside 1–7 is invalid", (level) => {
    const result = runPreset("equipment-post-wage", [staff("周工", level, "是", 1)]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["LEVEL_OUT_OF_RANGE"]);
  });

  test("C5: a blank 是否全勤 has no default and is invalid", () => {
    const result = runPreset("equipment-post-wage", [staff("周工", "一级", "", 1)]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["MISSING_VALUE"]);
  });

  test("C10: the department-month total shows the known part and stays incomplete while any amount is pending", () => {
    const rows = [staff("甲", "一级", "是", 1), staff("乙", "一级", "是", 0.8), staff("丙", "一级", "否", 1), staff("丁", "三级", "是", 1)];
    const result = runPreset("equipment-post-wage", rows);
    const g = groupWhere(result, "dept", { month: "2016-03" });
    expect(g.rows).toEqual({ total: 4, ok: 3, excluded: 0, invalid: 0, pending: 1 });
    // assessment: 900 + 720 + 900 = 2520 (all final); base: 2100 + 2100 known + 丙 pending
    expect(g.outputs.deptAssessment.value).toBe(2520);
    expect(g.outputs.deptAssessment.pending).toBeUndefined();
    expect(g.outputs.deptBase.value).toBe(4200);
    expect(g.outputs.deptBase.pending).toBe("BASE_REDUCTION_UNDEFINED");
    expect(g.complete).toBe(false);

    const final = runPreset("equipment-post-wage", rows.slice(0, 2));
    const f = groupWhere(final, "dept", { month: "2016-03" });
    expect(f.outputs.deptTotal.value).toBe(5820);
    expect(f.complete).toBe(true);
  });
});
