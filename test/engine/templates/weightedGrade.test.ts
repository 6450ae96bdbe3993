/**
 * The weighted-grade form builds a scheme the validator accepts and that grades and pays as
 * docs/presets/repair-dept-grade.md's worked examples say (scores and amounts worked by hand there).
 */
import { evaluate, loadScheme } from "../../../src/engine";
import { buildFromForm, type FormValues } from "../../../src/engine/templates";

/** the repair department's rules as a clerk fills the form */
function repairForm(): FormValues {
  return {
    columns: { person: "姓名", staffId: "", role: "岗位", yearMonth: "月份" },
    tables: {
      items: [
        ["工作态度", "20%"],
        ["维修技能", "0.4"],
        ["服从情况", "0.3"],
        ["部门协作", "0.1"],
      ],
      grades: [
        ["优", "9"],
        ["良", "7"],
        ["中", "5"],
        ["差", ""],
      ],
      amounts: [
        ["优", "组长", "500"],
        ["优", "组员", "300"],
        ["良", "组长", "300"],
        ["良", "组员", "200"],
        ["中", "组长", "200"],
        ["中", "组员", "100"],
        ["差", "组长", "0"],
        ["差", "组员", "0"],
      ],
    },
    conditions: [{ kind: "pick", column: "本月不执行", op: "yes", value: "" }],
  };
}

const HEADERS = ["姓名", "岗位", "组别", "月份", "工作态度", "维修技能", "服从情况", "部门协作", "本月不执行"];

function one(role: string, scores: number[], suspended = "否") {
  const r = buildFromForm("weighted-grade", repairForm());
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const row = evaluate(r.scheme, { headers: HEADERS, rows: [["李强", role, "一组", "2016-01", ...scores, suspended]] }).row(0, true);
  return { status: row.status, codes: row.reasons.map((x) => x.code), score: row.outputs.score.value, grade: row.outputs.grade.value, bonus: row.outputs.bonus.value };
}

describe("weighted-grade form → scheme (repair-dept-grade's worked examples)", () => {
  test("the document passes loadScheme; the four items are required numbers", () => {
    const r = buildFromForm("weighted-grade", repairForm());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(() => loadScheme(JSON.stringify(r.document))).not.toThrow();
    expect(r.scheme.parts[0].fields.filter((f) => f.type === "number").map((f) => [f.title["zh-CN"], f.required])).toEqual([
      ["工作态度", true],
      ["维修技能", true],
      ["服从情况", true],
      ["部门协作", true],
    ]);
  });

  // S = (2a + 4b + 3c + d) / 10, worked in the preset's examples
  test.each([
    [1, "组员", [9, 9, 9, 9], 9, "优", 300],
    [2, "组长", [10, 8, 9, 7], 8.6, "良", 300],
    [3, "组员", [6, 7, 8, 5], 6.9, "中", 100],
    [4, "组员", [5, 4, 5, 4], 4.5, "差", 0],
    [5, "组长", [7, 7, 7, 7], 7, "良", 300],
    [7, "组员", [10, 9, 8, 9], 8.9, "良", 200],
  ])("example %i: %s %j → score %d, %s, %d yuan", (_n, role, scores, score, grade, bonus) => {
    expect(one(role as string, scores as number[])).toEqual({ status: "ok", codes: [], score, grade, bonus });
  });

  test("example 6: a suspended month keeps its score 9.1 and grade 优, is excluded and pays 0", () => {
    expect(one("组长", [10, 9, 9, 8], "是")).toEqual({ status: "excluded", codes: ["EXCLUDED_1"], score: 9.1, grade: "优", bonus: 0 });
  });

  test("amounts without roles: one amount per grade (a member's 8.6 → 良 → 200)", () => {
    const v = repairForm();
    v.columns.role = "";
    v.tables.amounts = [["优", "", "300"], ["良", "", "200"], ["中", "", "100"], ["差", "", "0"]];
    const r = buildFromForm("weighted-grade", v);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = evaluate(r.scheme, { headers: HEADERS, rows: [["李强", "组长", "一组", "2016-01", 10, 8, 9, 7, "否"]] }).row(0);
    expect(row.outputs.bonus.value).toBe(200);
  });
});

describe("weighted-grade form problems", () => {
  const codes = (v: FormValues) => {
    const r = buildFromForm("weighted-grade", v);
    return r.ok ? [] : r.problems.map((p) => p.code);
  };

  test("weights adding up to 0.9 are refused with the sum", () => {
    const v = repairForm();
    v.tables.items[3][1] = "0";
    const r = buildFromForm("weighted-grade", v);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual(["WEIGHTS_SUM"]);
    expect(r.problems[0].message["zh-CN"]).toBe("权重合计为 0.9，应为 1（即 100%）");
  });

  test("bounds not going down, a grade in the amounts that the grade table lacks, roles on some rows only", () => {
    const v = repairForm();
    v.tables.grades = [["优", "7"], ["良", "9"], ["差", ""]];
    v.tables.amounts = [["优", "组长", "500"], ["中", "", "100"]];
    expect(codes(v)).toEqual(["GRADE_ORDER", "AMOUNT_ROLES_MIXED", "AMOUNT_UNKNOWN_GRADE"]);
  });
});
