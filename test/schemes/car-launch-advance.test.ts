import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/car-launch-advance.md (from the rule catalogue), "Worked examples (c = 800)" — the test configuration c = 800 is the catalogue's.
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

const C800 = { params: { launchDate: "2016-03-05", commissionPerCar: 800 } };

/** a launch order delivered on day d after 03-05 (null = not delivered) */
function car(consultant: string, d: number | null, extra: RowObject = {}): RowObject {
  return { 销售顾问: consultant, 订车时间: "03-05 10:00", 交车时间: d === null ? null : `03-${String(5 + d).padStart(2, "0")} 15:00`, ...extra };
}

/** a consultant's target row (no order; the order columns are on the sheet, blank on this row) */
function targetRow(consultant: string, target: number | string, extra: RowObject = {}): RowObject {
  return { 销售顾问: consultant, 自定指标: target, 订车时间: null, 交车时间: null, ...extra };
}

describe("car-launch-advance worked examples (c = 800)", () => {
  const table: { n: number; target: number; days: (number | null)[]; q: number; advance: number; clawback: number; kept: number; allOrNothing?: boolean }[] = [
    // 1: target 3, q 3 → advance 2400, clawback 0, kept 2400
    { n: 1, target: 3, days: [1, 5, 10], q: 3, advance: 2400, clawback: 0, kept: 2400 },
    // 2: target 3, q 2 (third car delivered on day 11) → 2400, 800, 1600
    { n: 2, target: 3, days: [2, 3, 11], q: 2, advance: 2400, clawback: 800, kept: 1600 },
    // 3: target 2, q 0 → 1600, 1600, 0
    { n: 3, target: 2, days: [], q: 0, advance: 1600, clawback: 1600, kept: 0 },
    // 4: target 2, q 4 → 1600, 0, 1600 (the 2 extra cars are not paid here)
    { n: 4, target: 2, days: [1, 2, 3, 4], q: 4, advance: 1600, clawback: 0, kept: 1600 },
    // 5: target 3, q 2, all-or-nothing variant → 2400, 2400, 0
    { n: 5, target: 3, days: [2, 3, 11], q: 2, advance: 2400, clawback: 2400, kept: 0, allOrNothing: true },
  ];

  test.each(table)("example $n: target $target, q $q → advance $advance, clawback $clawback, kept $kept", (x) => {
    const rows = [targetRow("王", x.target), ...x.days.map((d) => car("王", d))];
    const params = x.allOrNothing ? { ...C800.params, allOrNothing: true } : C800.params;
    const result = runPreset("car-launch-advance", rows, { params });
    const g = groupWhere(result, "consultant", { consultant: "王" });
    expect(g.outputs.consultantTarget.value).toBe(x.target);
    expect(g.outputs.qualifiedCars.value).toBe(x.q);
    expect(g.outputs.advancePaid.value).toBe(x.advance);
    expect(g.outputs.clawback.value).toBe(x.clawback);
    expect(g.outputs.kept.value).toBe(x.kept);
    expect(g.complete).toBe(true);
  });

  test("example 2: the car delivered on day 11 stays an ok launch order with note NOT_DELIVERED_IN_10_DAYS; day 10 is inclusive", () => {
    const result = runPreset("car-launch-advance", [car("王", 10, { 自定指标: 3 }), car("王", 11, { 自定指标: 3 })], C800);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok"]);
    expect(result.rows().map((r) => r.outputs.qualified.value)).toEqual([1, 0]);
    expect(codes(result.row(0).notes)).toEqual([]);
    expect(codes(result.row(1).notes)).toEqual(["NOT_DELIVERED_IN_10_DAYS"]);
  });

  test("example 4: the two cars beyond the target are reported but not paid here", () => {
    const rows = [targetRow("王", 2), car("王", 1), car("王", 2), car("王", 3), car("王", 4)];
    const g = groupWhere(runPreset("car-launch-advance", rows, C800), "consultant", { consultant: "王" });
    expect(g.outputs.extraCars.value).toBe(2);
    expect(g.outputs.kept.value).toBe(1600);
  });

  test("several consultants in one sheet, the target repeated on every order row", () => {
    const rows = [car("甲", 1, { 自定指标: 3 }), car("乙", 2, { 自定指标: 2 }), car("甲", 3, { 自定指标: 3 }), car("甲", 12, { 自定指标: 3 }), car("乙", 4, { 自定指标: 2 })];
    const result = runPreset("car-launch-advance", rows, C800);
    const a = groupWhere(result, "consultant", { consultant: "甲" });
    expect([a.outputs.advancePaid.value, a.outputs.clawback.value, a.outputs.kept.value]).toEqual([2400, 800, 1600]);
    const b = groupWhere(result, "consultant", { consultant: "乙" });
    expect([b.outputs.advancePaid.value, b.outputs.clawback.value, b.outputs.kept.value]).toEqual([1600, 0, 1600]);
  });
});

describe("car-launch-advance rules and conventions", () => {
  test("c not configured: advance, clawback and kept are pending MASKED_PARAMETER; the qualified count is final", () => {
    const rows = [targetRow("王", 3), car("王", 1), car("王", 11)];
    const g = groupWhere(runPreset("car-launch-advance", rows, { params: { launchDate: "2016-03-05" } }), "consultant", { consultant: "王" });
    expect(g.outputs.qualifiedCars.value).toBe(1);
    expect(g.outputs.advancePaid.pending).toBe("MASKED_PARAMETER");
    expect(g.outputs.clawback.pending).toBe("MASKED_PARAMETER");
    expect(g.outputs.kept.pending).toBe("MASKED_PARAMETER");
    expect(g.complete).toBe(false);
  });

  test("an advance entered in 已预发提成 is used instead of target × c", () => {
    const rows = [targetRow("王", 3, { 已预发提成: 2100 }), car("王", 1), car("王", 2)];
    const g = groupWhere(runPreset("car-launch-advance", rows, C800), "consultant", { consultant: "王" });
    expect(g.outputs.advancePaid.value).toBe(2100);
    expect(g.outputs.clawback.value).toBe(800);
    expect(g.outputs.kept.value).toBe(1300);
  });

  test("NOT_AT_LAUNCH: an order on another day is excluded and not a qualified car", () => {
    const rows = [targetRow("王", 2), car("王", 1), { 销售顾问: "王", 订车时间: "03-06 10:00", 交车时间: "03-07" }];
    const result = runPreset("car-launch-advance", rows, C800);
    expect(result.row(2).status).toBe("excluded");
    expect(codes(result.row(2).reasons)).toEqual(["NOT_AT_LAUNCH"]);
    const g = groupWhere(result, "consultant", { consultant: "王" });
    expect(g.outputs.qualifiedCars.value).toBe(1);
    expect(g.outputs.clawback.value).toBe(800);
    expect(g.rows).toMatchObject({ total: 3, ok: 2, excluded: 1 });
    expect(g.complete).toBe(true);
  });

  test("a consultant without a target is invalid MISSING_TARGET; two different targets are invalid TARGET_CONFLICT (C10 incomplete)", () => {
    const missing = runPreset("car-launch-advance", [car("王", 1)], C800);
    expect(missing.row(0).status).toBe("invalid");
    expect(codes(missing.row(0).reasons)).toContain("MISSING_TARGET");
    expect(groupWhere(missing, "consultant", { consultant: "王" }).complete).toBe(false);
    const conflict = runPreset("car-launch-advance", [car("王", 1, { 自定指标: 3 }), car("王", 2, { 自定指标: 4 })], C800);
    expect(conflict.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(conflict.row(0).reasons)).toContain("TARGET_CONFLICT");
    const g = groupWhere(conflict, "consultant", { consultant: "王" });
    expect(g.complete).toBe(false);
    expect(g.rows.invalid).toBe(2);
  });

  test("an unreadable target is invalid INVALID_NUMBER naming the column", () => {
    const result = runPreset("car-launch-advance", [targetRow("王", "三台")], C800);
    expect(result.row(0).status).toBe("invalid");
    expect(result.row(0).reasons[0]).toMatchObject({ code: "INVALID_NUMBER", column: "自定指标" });
  });
});
