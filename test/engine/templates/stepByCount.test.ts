/**
 * The step-by-count form builds a scheme the validator accepts and that pays as docs/presets/mobile-retention.md's
 * worked examples say (numbers typed in from the hand-worked examples, not taken from the engine).
 */
import { evaluate, loadScheme } from "../../../src/engine";
import { buildFromForm, type FormValues } from "../../../src/engine/templates";
import { MOBILE_HEADERS, mobileForm, order } from "./mobileForm";

function built(values: FormValues = mobileForm()) {
  const r = buildFromForm("step-by-count", values);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

function run(rows: string[][]) {
  const result = evaluate(built().scheme, { headers: MOBILE_HEADERS, rows });
  return {
    rowBonus: rows.map((_, i) => result.row(i).outputs.rowBonus?.value),
    status: rows.map((_, i) => result.row(i).status),
    codes: rows.map((_, i) => result.row(i, true).reasons.map((r) => r.code)),
    groups: result.groups("personMonth").map((g) => ({ who: g.key.who, month: g.key.month, units: g.outputs.units.value, bonus: g.outputs.bonus.value })),
  };
}

describe("step-by-count form → scheme", () => {
  test("the document passes loadScheme, as given and as JSON text", () => {
    const r = built();
    expect(() => loadScheme(r.document)).not.toThrow();
    expect(() => loadScheme(JSON.stringify(r.document))).not.toThrow();
    expect(r.scheme.parts[0].fields.map((f) => f.title["zh-CN"])).toEqual(["揽装人", "工号", "岗位", "办理日期", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"]);
  });

  test("example 1: seven households of a 营业员 → 5 × 20 + 2 × 40 = 180, rows 1–5 carry 20, rows 6–7 carry 40", () => {
    const out = run([1, 2, 3, 4, 5, 6, 7].map((d) => order("营业员", d)));
    expect(out.rowBonus).toEqual([20, 20, 20, 20, 20, 40, 40]);
    expect(out.groups).toEqual([{ who: "王丽", month: "2016-01", units: 7, bonus: 180 }]);
  });

  test("example 2: exactly five households → the fifth is still 20, 100 in all", () => {
    expect(run([1, 2, 3, 4, 5].map((d) => order("营业员", d))).groups[0].bonus).toBe(100);
  });

  test("example 3: six households → 5 × 20 + 1 × 40 = 140", () => {
    const out = run([1, 2, 3, 4, 5, 6].map((d) => order("营业员", d)));
    expect(out.rowBonus.slice(4)).toEqual([20, 40]);
    expect(out.groups[0].bonus).toBe(140);
  });

  test("example 4: a 网格经理 passes the threshold of two → 2 × 20 + 1 × 40 = 80", () => {
    expect(run([1, 2, 3].map((d) => order("网格经理", d))).rowBonus).toEqual([20, 20, 40]);
  });

  test("example 5: a secondary card in the middle is excluded and not counted → five households, 100", () => {
    const out = run([1, 2, 3, 4, 5, 6].map((d) => order("营业员", d, d === 3 ? { 副卡: "是" } : {})));
    expect(out.status[2]).toBe("excluded");
    expect(out.codes[2]).toEqual(["EXCLUDED_1"]);
    expect(out.rowBonus).toEqual([20, 20, 0, 20, 20, 20]);
    expect(out.groups[0]).toMatchObject({ units: 5, bonus: 100 });
  });

  test("example 6: an 装维经理 whose only order is not an active 4G user → excluded, 0", () => {
    const out = run([order("装维经理", 1, { 有效4G: "否" }, "赵刚")]);
    expect(out.status).toEqual(["excluded"]);
    expect(out.codes[0]).toEqual(["EXCLUDED_3"]);
    expect(out.groups[0]).toMatchObject({ who: "赵刚", units: 0, bonus: 0 });
  });

  test("the other exclusions: no monthly fee, re-done, a post outside the four, a date before 2016-01-01", () => {
    const out = run([order("营业员", 1, { 无月租: "是" }), order("营业员", 2, { 重办: "是" }), order("店长", 3, {}, "钱七"), order("营业员", 4, {}, "王丽", "2015-12-31"), order("营业员", 5)]);
    expect(out.codes).toEqual([["EXCLUDED_2"], ["EXCLUDED_4"], ["EXCLUDED_5"], ["EXCLUDED_6"], []]);
  });

  test("a single band table with a blank role needs no role column: 3 units at 10 then 15 → 3 × 10 + 1 × 15 = 45", () => {
    const r = buildFromForm("step-by-count", { columns: { person: "姓名", date: "日期" }, tables: { tiers: [["", "3", "10"], ["", "", "15"]] }, conditions: [] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const result = evaluate(r.scheme, { headers: ["姓名", "日期"], rows: [1, 2, 3, 4].map((d) => ["李四", `2016-03-0${d}`]) });
    expect(result.groups("personMonth")[0].outputs.bonus.value).toBe(45);
  });
});

describe("step-by-count form problems", () => {
  const codes = (values: FormValues) => {
    const r = buildFromForm("step-by-count", values);
    return r.ok ? [] : r.problems.map((p) => [p.code, p.at]);
  };

  test("a required column left out, bands by role without a role column", () => {
    const v = mobileForm();
    v.columns = { person: "", role: "", date: "办理日期" };
    expect(codes(v)).toEqual([
      ["COLUMN_MISSING", { kind: "column", slot: "person" }],
      ["COLUMN_MISSING", { kind: "column", slot: "role" }],
    ]);
  });

  test("bands: a limit not above the one before, a last band with a limit, a rate that is no number", () => {
    const v = mobileForm();
    v.tables.tiers = [
      ["营业员", "5", "20"],
      ["营业员", "5", "40"],
      ["营业员", "9", "6O"],
    ];
    expect(codes(v)).toEqual([
      ["NUMBER_INVALID", { kind: "table", table: "tiers", row: 3, column: "rate" }],
      ["TIERS_ORDER", { kind: "table", table: "tiers", row: 2, column: "upTo" }],
      ["TIERS_OPEN_END", { kind: "table", table: "tiers", row: 3, column: "upTo" }],
    ]);
  });

  test("a role's bands split by another role's", () => {
    const v = mobileForm();
    v.tables.tiers = [["营业员", "5", "20"], ["", "", "40"], ["营业员", "", "40"]];
    expect(codes(v).map((c) => c[0])).toContain("ROLE_TWICE");
  });

  test("the message of a problem is in both languages", () => {
    const r = buildFromForm("step-by-count", { ...mobileForm(), columns: { role: "岗位", date: "办理日期" } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].message).toEqual({ "zh-CN": "请选择「姓名」所在的列", "en-US": "Choose the column holding Name" });
  });
});
