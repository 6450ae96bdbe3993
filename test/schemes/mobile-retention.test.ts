import { MOBILE_FLAGS } from "../support/explicitInputs";
import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/mobile-retention.md (from the rule catalogue), "Worked examples (all rows dated 2016-01, eligible unless stated)".
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

type Kind = "due" | "non-due";

function order(person: string, role: string, day: number, kind: Kind, extra: RowObject = {}): RowObject {
  return {
    揽装人: person,
    岗位: role,
    办理日期: `2016-01-${String(day).padStart(2, "0")}`,
    客户类型: kind === "due" ? "到期目标客户" : "非到期目标客户",
    ...MOBILE_FLAGS,
    是否有效4G用户: "是",
    ...extra,
  };
}

function rowsOf(person: string, role: string, kinds: Kind[], extras: Record<number, RowObject> = {}): RowObject[] {
  return kinds.map((k, i) => order(person, role, i + 1, k, extras[i] ?? {}));
}

describe("mobile-retention worked examples", () => {
  const cases: { n: number; role: string; kinds: Kind[]; extras?: Record<number, RowObject>; units: number; bonus: number; rowBonus?: number[] }[] = [
    // 1: 7 eligible (3 due, 4 non-due) → 5.0 units, 5×20 + 2×40 = 180; rows 1–5 get 20, rows 6–7 get 40
    { n: 1, role: "营业员", kinds: ["due", "due", "due", "non-due", "non-due", "non-due", "non-due"], units: 5, bonus: 180, rowBonus: [20, 20, 20, 20, 20, 40, 40] },
    // 2: exactly 5 eligible, all due → 5.0, 5×20 = 100 (the 5th household is in the 20 band)
    { n: 2, role: "营业员", kinds: ["due", "due", "due", "due", "due"], units: 5, bonus: 100, rowBonus: [20, 20, 20, 20, 20] },
    // 3: 6 eligible non-due → 3.0, 5×20 + 1×40 = 140
    { n: 3, role: "营业员", kinds: ["non-due", "non-due", "non-due", "non-due", "non-due", "non-due"], units: 3, bonus: 140, rowBonus: [20, 20, 20, 20, 20, 40] },
    // 4: 网格经理 with 3 non-due → 1.5, 2×20 + 1×40 = 80
    { n: 4, role: "网格经理", kinds: ["non-due", "non-due", "non-due"], units: 1.5, bonus: 80, rowBonus: [20, 20, 40] },
    // 5: due, non-due, due 副卡, non-due, non-due, due → row 3 excluded; n = 5 → 100; units 3.5
    { n: 5, role: "营业员", kinds: ["due", "non-due", "due", "non-due", "non-due", "due"], extras: { 2: { 是否副卡: "是" } }, units: 3.5, bonus: 100, rowBonus: [20, 20, 0, 20, 20, 20] },
    // 6: 装维经理 whose only row has active4G = 否 → 0 and 0
    { n: 6, role: "装维经理", kinds: ["due"], extras: { 0: { 是否有效4G用户: "否" } }, units: 0, bonus: 0, rowBonus: [0] },
  ];

  test.each(cases)("example $n: units $units, bonus $bonus", ({ role, kinds, extras, units, bonus, rowBonus }) => {
    const result = runPreset("mobile-retention", rowsOf("王丽", role, kinds, extras));
    const g = groupWhere(result, "person", { person: "王丽", month: "2016-01" });
    expect(g.outputs.kpiUnits.value).toBe(units);
    expect(g.outputs.bonus.value).toBe(bonus);
    expect(g.outputs.personOverageUnits.value).toBe(0);
    if (rowBonus) expect(result.rows().map((r) => r.outputs.rowBonus.value)).toEqual(rowBonus);
  });

  test("example 5: the secondary card row is excluded SECONDARY_CARD and not counted", () => {
    const result = runPreset("mobile-retention", rowsOf("王丽", "营业员", ["due", "non-due", "due", "non-due", "non-due", "due"], { 2: { 是否副卡: "是" } }));
    const row3 = result.row(2);
    expect(row3.status).toBe("excluded");
    expect(codes(row3.reasons)).toEqual(["SECONDARY_CARD"]);
    expect(row3.outputs.units.value).toBe(0);
    expect(groupWhere(result, "person", { person: "王丽" }).outputs.households.value).toBe(5);
  });

  test("example 6: the only row is excluded NOT_ACTIVE_4G", () => {
    const result = runPreset("mobile-retention", rowsOf("赵", "装维经理", ["due"], { 0: { 是否有效4G用户: "否" } }));
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual(["NOT_ACTIVE_4G"]);
  });
});

describe("mobile-retention eligibility rules", () => {
  test.each([
    ["是否无月租用户", "是", "NO_MONTHLY_FEE"],
    ["是否补贴未到期中途取消后重办", "是", "REAPPLY_AFTER_CANCEL"],
  ])("%s = %s → excluded %s", (header, value, code) => {
    const result = runPreset("mobile-retention", [order("王丽", "营业员", 3, "due", { [header]: value })]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual([code]);
  });

  test("M5: a blank 揽装人 is invalid MISSING_RECRUITER, naming the column", () => {
    const result = runPreset("mobile-retention", [order("", "营业员", 3, "due")]);
    const row = result.row(0);
    expect(row.status).toBe("invalid");
    expect(row.reasons[0]).toMatchObject({ code: "MISSING_RECRUITER", column: "揽装人", columnLetter: "A" });
  });

  test("M6: a role outside the four is excluded ROLE_NOT_IN_SCHEME; two roles in one month are invalid ROLE_CONFLICT", () => {
    const other = runPreset("mobile-retention", [order("王丽", "客服", 3, "due")]);
    expect(codes(other.row(0).reasons)).toEqual(["ROLE_NOT_IN_SCHEME"]);
    const conflict = runPreset("mobile-retention", [order("王丽", "营业员", 3, "due"), order("王丽", "网格经理", 4, "due")]);
    expect(conflict.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(conflict.row(0).reasons)).toContain("ROLE_CONFLICT");
    const g = groupWhere(conflict, "person", { person: "王丽" });
    expect(g.complete).toBe(false);
    expect(g.rows.invalid).toBe(2);
  });

  test("M7: a row dated before 2016-01-01 is excluded BEFORE_EFFECTIVE_DATE; switching the date off keeps it", () => {
    const early = { ...order("王丽", "营业员", 3, "due"), 办理日期: "2015-12-31" };
    expect(codes(runPreset("mobile-retention", [early]).row(0).reasons)).toEqual(["BEFORE_EFFECTIVE_DATE"]);
    expect(runPreset("mobile-retention", [early], { params: { effectiveFrom: null } }).row(0).status).toBe("ok");
  });

  test("the same phone twice in one month is a warning only", () => {
    const result = runPreset("mobile-retention", [order("王丽", "营业员", 3, "due", { 手机号码: "13800000000" }), order("王丽", "营业员", 4, "due", { 手机号码: "13800000000" })]);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok"]);
    expect(codes(result.row(1).warnings)).toEqual(["DUPLICATE_PHONE"]);
    expect(groupWhere(result, "person", { person: "王丽" }).outputs.bonus.value).toBe(40);
  });

  test("C8: rows are attributed by date, not by sheet order, and sum to the person's total", () => {
    const rows = [3, 1, 8, 2, 7, 5, 6, 4].map((day) => order("王丽", "营业员", day, "due"));
    const result = runPreset("mobile-retention", rows);
    const byDay = new Map(result.rows().map((r, i) => [[3, 1, 8, 2, 7, 5, 6, 4][i], r.outputs.rowBonus.value]));
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((d) => byDay.get(d))).toEqual([20, 20, 20, 20, 20, 40, 40, 40]);
    expect(groupWhere(result, "person", { person: "王丽" }).outputs.bonus.value).toBe(220);
  });

  test("the explanation gives the tier working in both languages", () => {
    const result = runPreset("mobile-retention", rowsOf("王丽", "营业员", ["due", "due", "due", "due", "due", "due", "due", "due"]));
    const g = result.groups("person", true)[0];
    expect(g.explanation?.["zh-CN"]).toContain("5户×20元 + 3户×40元 = 220元");
    expect(g.explanation?.["en-US"]).toContain("5 households×20 yuan + 3 households×40 yuan = 220 yuan");
  });
});
