import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/broadband-retention.md (from the rule catalogue), "Worked examples (2016-01)" and B1–B4.
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

const ID = "broadband-retention";

type Kind = "prepay-due" | "prepay-non-due" | "fiber";

function order(person: string, role: string, day: number, kind: Kind, extra: RowObject = {}): RowObject {
  return {
    揽装人: person,
    岗位: role,
    办理日期: `2016-01-${String(day).padStart(2, "0")}`,
    业务类型: kind === "fiber" ? "光纤平移" : "预存送费",
    客户类型: kind === "prepay-due" ? "到期目标客户" : kind === "prepay-non-due" ? "非到期目标客户" : "",
    是否单宽带: kind === "fiber" ? "" : "是",
    ...extra,
  };
}

function rowsOf(person: string, role: string, kinds: Kind[], extras: Record<number, RowObject> = {}): RowObject[] {
  return kinds.map((k, i) => order(person, role, i + 1, k, extras[i] ?? {}));
}

describe("broadband-retention worked examples", () => {
  const cases: { n: number; role: string; kinds: Kind[]; extras?: Record<number, RowObject>; units: number; cash: number; cashPending?: string }[] = [
    // 1: 营业员, 3 PREPAY (1 due, 2 non-due) + 2 FIBER → units 1+0.5+0.5 + 0.5+0.5 = 3.0; cash 3×20 = 60; FIBER cash pending EXTERNAL_SCHEME
    { n: 1, role: "营业员", kinds: ["prepay-due", "prepay-non-due", "prepay-non-due", "fiber", "fiber"], units: 3, cash: 60, cashPending: "EXTERNAL_SCHEME" },
    // 2: 装维经理, 1 PREPAY (due) + 1 FIBER → PREPAY: cash 20, units 0 (NO_KPI_ROLE); FIBER: 0.5 units
    { n: 2, role: "装维经理", kinds: ["prepay-due", "fiber"], units: 0.5, cash: 20, cashPending: "EXTERNAL_SCHEME" },
    // 3: 网格经理, 1 PREPAY with 是否单宽带 = 否 → excluded NOT_STANDALONE_BROADBAND: 0 and 0
    { n: 3, role: "网格经理", kinds: ["prepay-due"], extras: { 0: { 是否单宽带: "否" } }, units: 0, cash: 0 },
    // 4: 营业员, 10 PREPAY all non-due → flat 10×20 = 200 (no step-up); units 10×0.5 = 5.0
    { n: 4, role: "营业员", kinds: Array<Kind>(10).fill("prepay-non-due"), units: 5, cash: 200 },
  ];

  test.each(cases)("example $n: units $units, cash $cash", ({ role, kinds, extras, units, cash, cashPending }) => {
    const result = runPreset(ID, rowsOf("张敏", role, kinds, extras));
    const g = groupWhere(result, "person", { person: "张敏", month: "2016-01" });
    expect(g.outputs.kpiUnits.value).toBe(units);
    expect(g.outputs.cashTotal.value).toBe(cash);
    expect(g.outputs.cashTotal.pending).toBe(cashPending);
    expect(g.outputs.personOverageUnits.value).toBe(0);
  });

  test("example 1: FIBER rows stay ok with their cash blank and pending EXTERNAL_SCHEME; the group is incomplete (C10)", () => {
    const result = runPreset(ID, rowsOf("张敏", "营业员", ["prepay-due", "prepay-non-due", "prepay-non-due", "fiber", "fiber"]));
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(result.rows().map((r) => r.outputs.units.value)).toEqual([1, 0.5, 0.5, 0.5, 0.5]);
    expect(result.rows().map((r) => r.outputs.cash.value)).toEqual([20, 20, 20, null, null]);
    expect(result.rows().map((r) => r.outputs.cash.pending)).toEqual([undefined, undefined, undefined, "EXTERNAL_SCHEME", "EXTERNAL_SCHEME"]);
    const g = groupWhere(result, "person", { person: "张敏" });
    expect(g.outputs.prepayHouseholds.value).toBe(3);
    expect(g.outputs.fiberHouseholds.value).toBe(2);
    expect(g.rows).toEqual({ total: 5, ok: 5, excluded: 0, invalid: 0, pending: 0 });
    expect(g.complete).toBe(false);
  });

  test("example 2: the 装维经理's PREPAY row keeps its 20 yuan but earns 0 units with warning NO_KPI_ROLE", () => {
    const result = runPreset(ID, rowsOf("李强", "装维经理", ["prepay-due", "fiber"]));
    const prepay = result.row(0);
    expect(prepay.status).toBe("ok");
    expect(prepay.outputs.units.value).toBe(0);
    expect(prepay.outputs.cash.value).toBe(20);
    expect(codes(prepay.warnings)).toEqual(["NO_KPI_ROLE"]);
    const fiber = result.row(1);
    expect(fiber.outputs.units.value).toBe(0.5);
    expect(codes(fiber.warnings)).toEqual([]);
  });

  test("example 3: 是否单宽带 = 否 is excluded NOT_STANDALONE_BROADBAND; the group is complete with 0 and 0", () => {
    const result = runPreset(ID, [order("王芳", "网格经理", 5, "prepay-due", { 是否单宽带: "否" })]);
    const row = result.row(0);
    expect(row.status).toBe("excluded");
    expect(codes(row.reasons)).toEqual(["NOT_STANDALONE_BROADBAND"]);
    expect(row.outputs.units.value).toBe(0);
    expect(row.outputs.cash.value).toBe(0);
    const g = groupWhere(result, "person", { person: "王芳" });
    expect(g.outputs.prepayHouseholds.value).toBe(0);
    expect(g.rows.excluded).toBe(1);
    expect(g.complete).toBe(true);
  });

  test("example 4: 10 non-due PREPAY rows are 20 yuan each, no step-up", () => {
    const result = runPreset(ID, rowsOf("张敏", "营业员", Array<Kind>(10).fill("prepay-non-due")));
    expect(result.rows().map((r) => r.outputs.cash.value)).toEqual(Array(10).fill(20));
    const g = groupWhere(result, "person", { person: "张敏" });
    expect(g.outputs.prepayHouseholds.value).toBe(10);
    expect(g.complete).toBe(true);
  });

  test("example 5: a 中心经理 with no rows has no group (0 units, 0 cash)", () => {
    const result = runPreset(ID, rowsOf("张敏", "营业员", ["prepay-due"]));
    expect(result.groups("person").map((g) => g.key.person)).toEqual(["张敏"]);
    const empty = runPreset(ID, []);
    expect(empty.rowCount).toBe(0);
    expect(empty.groups("person")).toEqual([]);
  });
});

describe("broadband-retention eligibility rules", () => {
  test("B1: a blank 揽装人 is invalid MISSING_RECRUITER, naming the column", () => {
    const result = runPreset(ID, [order("", "营业员", 3, "prepay-due")]);
    const row = result.row(0);
    expect(row.status).toBe("invalid");
    expect(row.reasons[0]).toMatchObject({ code: "MISSING_RECRUITER", column: "揽装人", columnLetter: "A" });
  });

  test("B2: the standalone condition applies to FIBER rows not at all", () => {
    const result = runPreset(ID, [order("张敏", "营业员", 3, "fiber", { 是否单宽带: "否" })]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.units.value).toBe(0.5);
  });

  test("B2: without a 是否单宽带 column every PREPAY row is standalone, with a warning", () => {
    const rows = rowsOf("张敏", "营业员", ["prepay-due", "prepay-non-due"]).map(({ 是否单宽带: _drop, ...rest }) => rest);
    const result = runPreset(ID, rows);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok"]);
    expect(codes(result.row(0).warnings)).toContain("STANDALONE_COLUMN_MISSING");
    expect(groupWhere(result, "person", { person: "张敏" }).outputs.cashTotal.value).toBe(40);
  });

  test("B3: 网格人员 and 网格经理 both earn PREPAY units; 网格人员 earns no FIBER units (literal lists)", () => {
    const result = runPreset(ID, [order("甲", "网格人员", 3, "prepay-due"), order("乙", "网格经理", 3, "prepay-due"), order("丙", "网格人员", 4, "fiber")]);
    expect(result.rows().map((r) => r.outputs.units.value)).toEqual([1, 1, 0]);
    expect(codes(result.row(2).warnings)).toEqual(["NO_KPI_ROLE"]);
    expect(result.row(2).outputs.cash.pending).toBe("EXTERNAL_SCHEME");
  });

  test("B3: a staff title outside the lists gets the 20 yuan, 0 units and NO_KPI_ROLE", () => {
    const result = runPreset(ID, [order("赵", "客服", 3, "prepay-due")]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.cash.value).toBe(20);
    expect(result.row(0).outputs.units.value).toBe(0);
    expect(codes(result.row(0).warnings)).toEqual(["NO_KPI_ROLE"]);
  });

  test("B4: a row dated before 2016-01-01 is excluded BEFORE_EFFECTIVE_DATE; switching the date off keeps it", () => {
    const early = { ...order("张敏", "营业员", 3, "prepay-due"), 办理日期: "2015-12-31" };
    const result = runPreset(ID, [early]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual(["BEFORE_EFFECTIVE_DATE"]);
    expect(runPreset(ID, [early], { params: { effectiveFrom: null } }).row(0).status).toBe("ok");
  });

  test("a PREPAY row without a customer type is invalid; an unknown activity is invalid UNKNOWN_ACTIVITY", () => {
    const result = runPreset(ID, [order("张敏", "营业员", 3, "prepay-due", { 客户类型: "" }), order("张敏", "营业员", 4, "prepay-due", { 业务类型: "融合套餐" })]);
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(result.row(0).reasons)).toEqual(["MISSING_CUSTOMER_TYPE"]);
    expect(codes(result.row(1).reasons)).toEqual(["UNKNOWN_ACTIVITY"]);
    const g = groupWhere(result, "person", { person: "张敏" });
    expect(g.rows.invalid).toBe(2);
    expect(g.complete).toBe(false);
  });

  test("C2: two roles for one recruiter in one month are invalid ROLE_CONFLICT", () => {
    const result = runPreset(ID, [order("张敏", "营业员", 3, "prepay-due"), order("张敏", "网格经理", 4, "prepay-due")]);
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(result.row(0).reasons)).toContain("ROLE_CONFLICT");
  });
});
