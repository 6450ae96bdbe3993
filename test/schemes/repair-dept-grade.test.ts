import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/repair-dept-grade.md (from the rule catalogue), "Worked examples". Expected numbers are typed in from the catalogue table,
// not taken from the engine.

function person(name: string, role: string, scores: [number, number, number, number], extra: RowObject = {}): RowObject {
  const [attitude, skill, obedience, coordination] = scores;
  return {
    姓名: name,
    岗位: role,
    组别: "一组",
    月份: "2016-01",
    工作态度: attitude,
    维修技能: skill,
    服从情况: obedience,
    部门协作: coordination,
    本月不执行: "否",
    ...extra,
  };
}

describe("repair-dept-grade worked examples", () => {
  const cases: { n: number; role: string; scores: [number, number, number, number]; suspended?: boolean; s: number; text: string; grade: string; bonus: number }[] = [
    // 1: (18+36+27+9)/10 = 9.0 → 优 (edge, inclusive) → 组员 300
    { n: 1, role: "组员", scores: [9, 9, 9, 9], s: 9, text: "9.00", grade: "优", bonus: 300 },
    // 2: (20+32+27+7)/10 = 8.6 → 良 → 组长 300
    { n: 2, role: "组长", scores: [10, 8, 9, 7], s: 8.6, text: "8.60", grade: "良", bonus: 300 },
    // 3: (12+28+24+5)/10 = 6.9 → 中 → 组员 100
    { n: 3, role: "组员", scores: [6, 7, 8, 5], s: 6.9, text: "6.90", grade: "中", bonus: 100 },
    // 4: (10+16+15+4)/10 = 4.5 → 差 (gap → 差) → 0
    { n: 4, role: "组员", scores: [5, 4, 5, 4], s: 4.5, text: "4.50", grade: "差", bonus: 0 },
    // 5: 7.0 → 良 (edge) → 组长 300
    { n: 5, role: "组长", scores: [7, 7, 7, 7], s: 7, text: "7.00", grade: "良", bonus: 300 },
    // 6: (20+36+27+8)/10 = 9.1 → 优, suspended → 0 (excluded SUSPENDED)
    { n: 6, role: "组长", scores: [10, 9, 9, 8], suspended: true, s: 9.1, text: "9.10", grade: "优", bonus: 0 },
    // 7: (20+36+24+9)/10 = 8.9 → 良 (just below 9) → 组员 200
    { n: 7, role: "组员", scores: [10, 9, 8, 9], s: 8.9, text: "8.90", grade: "良", bonus: 200 },
  ];

  test.each(cases)("example $n: $role $scores → S $s, $grade, bonus $bonus", ({ role, scores, suspended, s, text, grade, bonus }) => {
    const result = runPreset("repair-dept-grade", [person("李强", role, scores, suspended ? { 本月不执行: "是" } : {})]);
    const row = result.row(0);
    expect(row.outputs.score.value).toBe(s);
    expect(row.outputs.score.text).toBe(text);
    expect(row.outputs.grade.value).toBe(grade);
    expect(row.outputs.bonus.value).toBe(bonus);
    expect(row.status).toBe(suspended ? "excluded" : "ok");
  });

  test("example 6: suspension keeps the grade, pays 0 and is excluded SUSPENDED", () => {
    const result = runPreset("repair-dept-grade", [person("王工", "组长", [10, 9, 9, 8], { 本月不执行: "是" })]);
    const row = result.row(0);
    expect(row.status).toBe("excluded");
    expect(codes(row.reasons)).toEqual(["SUSPENDED"]);
    expect(row.outputs.grade.value).toBe("优");
    expect(row.outputs.bonus.value).toBe(0);
  });
});

describe("repair-dept-grade exact decimals (C7)", () => {
  test.each([
    // 0.2×10 + 0.4×9 + 0.3×9 + 0.1×7 = 9.0 exactly (8.999999999999998 in binary floats) → 优
    { scores: [10, 9, 9, 7] as [number, number, number, number], s: 9, grade: "优", member: 300, leader: 500 },
    // 0.2×2 + 0.4×5 + 0.3×6 + 0.1×8 = 5 exactly (4.999999999999999 in binary floats) → 中
    { scores: [2, 5, 6, 8] as [number, number, number, number], s: 5, grade: "中", member: 100, leader: 200 },
  ])("scores $scores give exactly $s → $grade", ({ scores, s, grade, member, leader }) => {
    const result = runPreset("repair-dept-grade", [person("甲", "组员", scores), person("乙", "组长", scores)]);
    expect(result.row(0).outputs.score.value).toBe(s);
    expect(result.row(0).outputs.grade.value).toBe(grade);
    expect(result.row(0).outputs.bonus.value).toBe(member);
    expect(result.row(1).outputs.bonus.value).toBe(leader);
  });

  test("the bonus table: 组长 优500 良300 中200 差0; 组员 优300 良200 中100 差0", () => {
    const grades: [number, number, number, number][] = [[10, 10, 10, 10], [8, 8, 8, 8], [6, 6, 6, 6], [3, 3, 3, 3]];
    const rows = grades.flatMap((g, i) => [person(`组长${i}`, "组长", g), person(`组员${i}`, "组员", g)]);
    const result = runPreset("repair-dept-grade", rows);
    expect(result.rows().map((r) => r.outputs.grade.value)).toEqual(["优", "优", "良", "良", "中", "中", "差", "差"]);
    expect(result.rows().map((r) => r.outputs.bonus.value)).toEqual([500, 300, 300, 200, 200, 100, 0, 0]);
  });
});

describe("repair-dept-grade eligibility and validation", () => {
  test.each([
    ["工作态度", 11],
    ["维修技能", -1],
    ["服从情况", 10.5],
    ["部门协作", 12],
  ])("R1: %s = %s is invalid SCORE_OUT_OF_RANGE, naming the column", (header, value) => {
    const result = runPreset("repair-dept-grade", [person("李强", "组员", [9, 9, 9, 9], { [header]: value })]);
    const row = result.row(0);
    expect(row.status).toBe("invalid");
    expect(codes(row.reasons)).toEqual(["SCORE_OUT_OF_RANGE"]);
    expect(row.reasons[0].column).toBe(header);
    expect(row.outputs.bonus.value).toBeNull();
  });

  test("R1: the ends 0 and 10 are allowed", () => {
    const result = runPreset("repair-dept-grade", [person("李强", "组员", [0, 10, 0, 10])]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.score.value).toBe(5);
  });

  test("R3: a role other than 组长 / 组员 is invalid UNKNOWN_ROLE", () => {
    const result = runPreset("repair-dept-grade", [person("李强", "主管", [9, 9, 9, 9])]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["UNKNOWN_ROLE"]);
  });

  test("a score that is not a number is invalid INVALID_NUMBER, never 0", () => {
    const result = runPreset("repair-dept-grade", [person("李强", "组员", [9, 9, 9, 9], { 维修技能: "九" })]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["INVALID_NUMBER"]);
  });

  test("C10: the group-month total sums its members, excluded rows count 0, invalid rows make it incomplete", () => {
    const rows = [
      person("甲", "组长", [9, 9, 9, 9]), // 优 500
      person("乙", "组员", [8, 8, 8, 8]), // 良 200
      person("丙", "组员", [10, 9, 9, 8], { 本月不执行: "是" }), // 优 but suspended → 0
      person("丁", "组员", [6, 6, 6, 6], { 组别: "二组" }), // another group: 中 100
    ];
    const result = runPreset("repair-dept-grade", rows);
    const g1 = groupWhere(result, "team", { group: "一组", month: "2016-01" });
    expect(g1.outputs.teamBonus.value).toBe(700);
    expect(g1.rows).toEqual({ total: 3, ok: 2, excluded: 1, invalid: 0, pending: 0 });
    expect(g1.complete).toBe(true);
    expect(groupWhere(result, "team", { group: "二组" }).outputs.teamBonus.value).toBe(100);

    const broken = runPreset("repair-dept-grade", [...rows, person("戊", "组员", [9, 9, 9, 99])]);
    const b1 = groupWhere(broken, "team", { group: "一组" });
    expect(b1.outputs.teamBonus.value).toBe(700);
    expect(b1.rows.invalid).toBe(1);
    expect(b1.complete).toBe(false);
  });
});
