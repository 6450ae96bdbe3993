import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";
import { LEAVE_FLAGS } from "../support/explicitInputs";

// Specification: docs/presets/equipment-dept-2015.md (from the rule catalogue), "Worked examples" and sub-rules A (paid leave), B (quarterly award),
// C (accident-free year). Expected values are typed in from the catalogue, not taken from the engine.

const ID = "equipment-dept-2015";

describe("equipment-dept-2015 B — quarterly equipment-director award", () => {
  const run = (rows: RowObject[]) => runPreset(ID, rows, { part: "quarterly" });

  test.each([
    // 1: 印花设备主任, 2015Q2, score 92 → 500 (92 ≥ 90)
    { n: 1, post: "印花设备主任", quarter: "2015Q2", score: 92, award: 500 },
    // 2: 锅炉主任, 2015Q3, score 90 → 500 (at the edge, ≥ 90)
    { n: 2, post: "锅炉主任", quarter: "2015Q3", score: 90, award: 500 },
    // 3: 电气主任, 2015Q3, score 89.9 → 0 (below 90)
    { n: 3, post: "电气主任", quarter: "2015Q3", score: 89.9, award: 0 },
  ])("example $n: $post, $quarter, score $score → $award", ({ post, quarter, score, award }) => {
    const result = run([{ 姓名: "周工", 岗位: post, 季度: quarter, 考评分数: score }]);
    expect(result.row(0).status).toBe("ok");
    const g = groupWhere(result, "personQuarter", { person: "周工", quarterKey: quarter });
    expect(g.outputs.award.value).toBe(award);
    expect(g.complete).toBe(true);
  });

  test("each quarter is its own group (person-quarter, C10)", () => {
    const result = run([
      { 姓名: "周工", 岗位: "锅炉主任", 季度: "2015Q2", 考评分数: 95 },
      { 姓名: "周工", 岗位: "锅炉主任", 季度: "2015Q3", 考评分数: 80 },
    ]);
    expect(result.groups("personQuarter").map((g) => [g.key.quarterKey, g.outputs.award.value])).toEqual([
      ["2015Q2", 500],
      ["2015Q3", 0],
    ]);
  });

  test("a post outside the six participating posts is excluded NOT_A_PARTICIPANT", () => {
    const result = run([{ 姓名: "钱工", 岗位: "车间主任", 季度: "2015Q2", 考评分数: 95 }]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual(["NOT_A_PARTICIPANT"]);
    expect(groupWhere(result, "personQuarter", { person: "钱工" }).outputs.award.value).toBe(0);
  });

  test("a score outside 0–100 is invalid SCORE_OUT_OF_RANGE and the group is incomplete", () => {
    const result = run([{ 姓名: "周工", 岗位: "锅炉主任", 季度: "2015Q2", 考评分数: 120 }]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["SCORE_OUT_OF_RANGE"]);
    const g = groupWhere(result, "personQuarter", { person: "周工" });
    expect(g.rows.invalid).toBe(1);
    expect(g.complete).toBe(false);
  });

  test("once per person per quarter: two different scores in one quarter are invalid SCORE_CONFLICT", () => {
    const result = run([
      { 姓名: "周工", 岗位: "锅炉主任", 季度: "2015Q2", 考评分数: 95 },
      { 姓名: "周工", 岗位: "锅炉主任", 季度: "2015Q2", 考评分数: 85 },
    ]);
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(result.row(0).reasons)).toContain("SCORE_CONFLICT");
  });
});

describe("equipment-dept-2015 C — accident-free year", () => {
  const run = (rows: RowObject[], params?: Record<string, unknown>) => runPreset(ID, rows, { part: "accidentFree", params });

  test("example 4: 前处理车间, 0 major accidents, longest equipment-caused defect 299 m → 1000", () => {
    const result = run([{ 车间: "前处理车间", 设备主任: "吴工", 重大消防和安全事故次数: 0, "设备导致的最长连续疵点(米)": 299 }]);
    expect(result.row(0).outputs.clean.value).toBe("MET");
    expect(result.row(0).outputs.qualityAccidentCount.value).toBe(0);
    const g = groupWhere(result, "director", { person: "吴工" });
    expect(g.outputs.award.value).toBe(1000);
    expect(g.complete).toBe(true);
  });

  test("example 5: 印花车间, one 轧光辊 scratch of exactly 300 m → 0 (300 m = 300米以上, a quality accident)", () => {
    const result = run([{ 车间: "印花车间", 设备主任: "郑工", 重大消防和安全事故次数: 0, "设备导致的最长连续疵点(米)": 300 }]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.clean.value).toBe("NOT_MET");
    expect(result.row(0).outputs.cleanCodes.value).toBe("QUALITY_ACCIDENT");
    expect(result.row(0).outputs.qualityAccidentCount.value).toBe(1);
    expect(groupWhere(result, "director", { person: "郑工" }).outputs.award.value).toBe(0);
  });

  test("a major accident, or a counted quality accident, loses the award; 299.9 m is not an accident", () => {
    const result = run([
      { 车间: "前处理车间", 设备主任: "吴工", 重大消防和安全事故次数: 1, 设备导致的质量事故次数: 0 },
      { 车间: "后处理车间", 设备主任: "冯工", 重大消防和安全事故次数: 0, 设备导致的质量事故次数: 2 },
      { 车间: "印花车间", 设备主任: "郑工", 重大消防和安全事故次数: 0, "设备导致的最长连续疵点(米)": 299.9 },
    ]);
    expect(result.rows().map((r) => r.outputs.cleanCodes.value)).toEqual(["MAJOR_ACCIDENT", "QUALITY_ACCIDENT", ""]);
    expect(result.groups("director").map((g) => g.outputs.award.value)).toEqual([0, 0, 1000]);
  });

  test("per workshop by default; plant-wide all-or-nothing when configured", () => {
    const rows = [
      { 车间: "前处理车间", 设备主任: "吴工", 重大消防和安全事故次数: 0, 设备导致的质量事故次数: 0 },
      { 车间: "印花车间", 设备主任: "郑工", 重大消防和安全事故次数: 0, 设备导致的质量事故次数: 1 },
    ];
    expect(run(rows).groups("director").map((g) => g.outputs.award.value)).toEqual([1000, 0]);
    expect(run(rows, { plantWide: true }).groups("director").map((g) => g.outputs.award.value)).toEqual([0, 0]);
  });

  test("neither a quality-accident count nor a defect length is invalid MISSING_QUALITY_DATA", () => {
    const result = run([{ 车间: "前处理车间", 设备主任: "吴工", 重大消防和安全事故次数: 0, 设备导致的质量事故次数: "" }]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["MISSING_QUALITY_DATA"]);
    const g = groupWhere(result, "director", { person: "吴工" });
    expect(g.outputs.award.value).toBe(0);
    expect(g.complete).toBe(false);
  });
});

describe("equipment-dept-2015 A — paid leave", () => {
  // every leave row states its five flags (否 unless the test says otherwise): the preset has no default for them (issue 17)
  const leave = (name: string, shift: string, date: string, extra: RowObject = {}): RowObject => ({ 姓名: name, 班次: shift, 休假日期: date, ...LEAVE_FLAGS, ...extra });
  const run = (rows: RowObject[], params?: Record<string, unknown>) => runPreset(ID, rows, { part: "leave", params });

  test("example 6: 长白班, leave Sat 2015-03-07, no flags → excluded WEEKEND (L3)", () => {
    const result = run([leave("陈师傅", "长白班", "2015-03-07")]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual(["WEEKEND"]);
  });

  test("example 7: 长白班, leave Tue 2015-03-10, no flags, first in March → ok", () => {
    const result = run([leave("陈师傅", "长白班", "2015-03-10")]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).reasons).toEqual([]);
    const g = groupWhere(result, "leavePeriod", { person: "陈师傅", period: "2015-03" });
    expect(g.outputs.paidDays.value).toBe(1);
    expect(g.complete).toBe(true);
  });

  test("example 8: 长白班, second leave Tue 2015-03-17 (not carried over) → excluded OVER_ENTITLEMENT (L1)", () => {
    const result = run([leave("陈师傅", "长白班", "2015-03-10"), leave("陈师傅", "长白班", "2015-03-17")]);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "excluded"]);
    expect(codes(result.row(1).reasons)).toEqual(["OVER_ENTITLEMENT"]);
    expect(groupWhere(result, "leavePeriod", { person: "陈师傅", period: "2015-03" }).outputs.paidDays.value).toBe(1);
  });

  test("example 9: 运转班, leave during overhaul → excluded DURING_OVERHAUL (day forfeited)", () => {
    const result = run([leave("黄师傅", "运转班", "2015-03-10", { 是否检修期间: "是" })]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual(["DURING_OVERHAUL"]);
    const forfeited = run([leave("黄师傅", "运转班", "2015-03-20", { 是否顺延: "是", 顺延原因: "检修" })], { cycleStart: "2015-03-02" });
    expect(forfeited.row(0).status).toBe("excluded");
    expect(codes(forfeited.row(0).reasons)).toEqual(["CARRY_OVER_NOT_ALLOWED"]);
  });

  test("an excluded day does not use up the month's day; the quota follows the date, not the sheet order", () => {
    const result = run([leave("陈师傅", "长白班", "2015-03-17"), leave("陈师傅", "长白班", "2015-03-07"), leave("陈师傅", "长白班", "2015-03-10")]);
    expect(result.rows().map((r) => r.status)).toEqual(["excluded", "excluded", "ok"]);
    expect(codes(result.row(0).reasons)).toEqual(["OVER_ENTITLEMENT"]);
    expect(codes(result.row(1).reasons)).toEqual(["WEEKEND"]);
  });

  test.each([
    ["是否厂里安排放假", "PLANT_HOLIDAY"],
    ["自身承包设备是否在检修", "OWN_EQUIPMENT_OVERHAUL"],
    ["是否个人原因", "PERSONAL_LEAVE"],
  ])("%s = 是 → excluded %s", (header, code) => {
    const result = run([leave("陈师傅", "长白班", "2015-03-10", { [header]: "是" })]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual([code]);
  });

  test("L5: with a technical-upgrade start configured, leave on or after it is excluded TECH_UPGRADE_ENDED", () => {
    const rows = [leave("陈师傅", "长白班", "2015-05-05"), leave("陈师傅", "长白班", "2015-06-01"), leave("陈师傅", "长白班", "2015-07-07")];
    const result = run(rows, { techUpgradeStart: "2015-06-01" });
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "excluded", "excluded"]);
    expect(codes(result.row(1).reasons)).toEqual(["TECH_UPGRADE_ENDED"]);
    expect(run(rows).rows().map((r) => r.status)).toEqual(["ok", "ok", "ok"]);
  });

  test("L8: a 长白班 day carried over for 检修 or 印染厂放假 is an extra day; any other carry-over is excluded", () => {
    const result = run([
      leave("陈师傅", "长白班", "2015-04-07"),
      leave("陈师傅", "长白班", "2015-04-08", { 是否顺延: "是", 顺延原因: "检修" }),
      leave("陈师傅", "长白班", "2015-04-09", { 是否顺延: "是", 顺延原因: "印染厂放假" }),
      leave("陈师傅", "长白班", "2015-04-10", { 是否顺延: "是", 顺延原因: "调休" }),
    ]);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok", "ok", "excluded"]);
    expect(codes(result.row(3).reasons)).toEqual(["CARRY_OVER_NOT_ALLOWED"]);
    const g = groupWhere(result, "leavePeriod", { person: "陈师傅", period: "2015-04" });
    expect(g.outputs.paidDays.value).toBe(3);
    expect(g.outputs.carriedDays.value).toBe(2);
  });

  test("a carried-over day without its reason is invalid MISSING_CARRY_OVER_REASON", () => {
    const result = run([leave("陈师傅", "长白班", "2015-04-08", { 是否顺延: "是", 顺延原因: "" })]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["MISSING_CARRY_OVER_REASON"]);
    expect(groupWhere(result, "leavePeriod", { person: "陈师傅" }).complete).toBe(false);
  });

  test("运转班: one day per configured 3-week cycle; weekends allowed; pending MASKED_PARAMETER until the cycle start is set", () => {
    const rows = [leave("黄师傅", "运转班", "2015-03-07"), leave("黄师傅", "运转班", "2015-03-21"), leave("黄师傅", "运转班", "2015-03-23")];
    const result = run(rows, { cycleStart: "2015-03-02" });
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "excluded", "ok"]);
    expect(codes(result.row(1).reasons)).toEqual(["OVER_ENTITLEMENT"]);
    expect(result.groups("leavePeriod").map((g) => [g.key.period, g.outputs.paidDays.value])).toEqual([
      ["C1", 1],
      ["C2", 1],
    ]);
    const unset = run(rows);
    expect(unset.rows().map((r) => r.status)).toEqual(["pending", "pending", "pending"]);
    expect(codes(unset.row(0).reasons)).toEqual(["MASKED_PARAMETER"]);
  });
});
