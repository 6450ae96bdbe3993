import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/car-referral.md (from the rule catalogue), "Worked examples" (one row = one referred new customer).
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

function referral(extra: RowObject): RowObject {
  return {
    介绍人: "张",
    介绍人类型: "老客户",
    介绍人岗位: null,
    介绍方式: "带客进店",
    新客户: "李",
    是否首次到店: "是",
    是否已开票: "是",
    黄卡是否填写介绍人: "是",
    ...extra,
  };
}

describe("car-referral worked examples", () => {
  const cases: { n: number; what: string; row: RowObject; points: number; cash: number; status: string; reasons: string[]; notes: string[] }[] = [
    // 1: 老客户 张 (bought here in 2013) brings a first-time visitor, invoiced, 黄卡 filled → 300 points, 0 cash, ok
    { n: 1, what: "old customer who bought here", row: referral({ 介绍人: "张" }), points: 300, cash: 0, status: "ok", reasons: [], notes: [] },
    // 2: 老客户 who only looked here and bought elsewhere, same conditions → 300, 0, ok
    { n: 2, what: "old customer who only looked here", row: referral({ 介绍人: "王" }), points: 300, cash: 0, status: "ok", reasons: [], notes: [] },
    // 3: 员工 售后技师, 带客进店, first visit, invoiced → 0, 200, ok
    { n: 3, what: "staff brings the customer in", row: referral({ 介绍人: "刘", 介绍人类型: "员工", 介绍人岗位: "售后技师" }), points: 0, cash: 200, status: "ok", reasons: [], notes: [] },
    // 4: 员工 财务, 提供线索, invoiced after follow-up → 0, 100, ok (first visit not required for leads)
    { n: 4, what: "staff lead only", row: referral({ 介绍人: "陈", 介绍人类型: "员工", 介绍人岗位: "财务", 介绍方式: "提供线索", 是否首次到店: null }), points: 0, cash: 100, status: "ok", reasons: [], notes: [] },
    // 5: 员工 销售顾问, 带客进店 → 0, 0, excluded SALES_CONSULTANT
    { n: 5, what: "sales consultant", row: referral({ 介绍人: "赵", 介绍人类型: "员工", 介绍人岗位: "销售顾问" }), points: 0, cash: 0, status: "excluded", reasons: ["SALES_CONSULTANT"], notes: [] },
    // 6: 员工 售后技师, 黄卡 not filled → 0, 0, excluded YELLOW_CARD_MISSING
    { n: 6, what: "yellow card not filled", row: referral({ 介绍人: "刘", 介绍人类型: "员工", 介绍人岗位: "售后技师", 黄卡是否填写介绍人: "否" }), points: 0, cash: 0, status: "excluded", reasons: ["YELLOW_CARD_MISSING"], notes: [] },
    // 7: 员工 行政, 带客进店, fraud found → 0, −300, ok, note FRAUD_FINE (the referral's own 200 is not paid)
    { n: 7, what: "staff fraud", row: referral({ 介绍人: "孙", 介绍人类型: "员工", 介绍人岗位: "行政", 是否弄虚造假: "是" }), points: 0, cash: -300, status: "ok", reasons: [], notes: ["FRAUD_FINE"] },
    // 8: 老客户, first visit, not yet invoiced → 0, 0, pending NOT_INVOICED
    { n: 8, what: "not yet invoiced", row: referral({ 是否已开票: "否" }), points: 0, cash: 0, status: "pending", reasons: ["NOT_INVOICED"], notes: [] },
  ];

  test.each(cases)("example $n ($what): points $points, cash $cash, $status", ({ row, points, cash, status, reasons, notes }) => {
    const r = runPreset("car-referral", [row]).row(0);
    expect(r.status).toBe(status);
    expect(codes(r.reasons)).toEqual(reasons);
    expect(codes(r.notes)).toEqual(notes);
    expect(r.outputs.points.value).toBe(points);
    expect(r.outputs.cash.value).toBe(cash);
  });

  test("the fine offsets the staff member's other rewards in the per-referrer sum (C10)", () => {
    const staff = { 介绍人: "孙", 介绍人类型: "员工", 介绍人岗位: "行政" };
    const result = runPreset("car-referral", [
      referral({ ...staff, 新客户: "A" }),
      referral({ ...staff, 新客户: "B", 介绍方式: "提供线索" }),
      referral({ ...staff, 新客户: "C", 是否弄虚造假: "是" }),
    ]);
    expect(result.rows().map((r) => r.outputs.cash.value)).toEqual([200, 100, -300]);
    const g = groupWhere(result, "referrerTotal", { person: "孙" });
    expect(g.outputs.totalCash.value).toBe(0);
    expect(g.outputs.totalPoints.value).toBe(0);
    expect(g.rows).toMatchObject({ total: 3, ok: 3, invalid: 0, pending: 0 });
    expect(g.complete).toBe(true);
  });

  test("a pending (not invoiced) referral makes the referrer's total incomplete (C10)", () => {
    const result = runPreset("car-referral", [referral({ 新客户: "A" }), referral({ 新客户: "B", 是否已开票: "否" })]);
    const g = groupWhere(result, "referrerTotal", { person: "张" });
    expect(g.outputs.totalPoints.value).toBe(300);
    expect(g.rows).toMatchObject({ total: 2, ok: 1, pending: 1 });
    expect(g.complete).toBe(false);
  });
});

describe("car-referral eligibility rules", () => {
  test("V1: not invoiced → pending NOT_INVOICED for staff as well", () => {
    const r = runPreset("car-referral", [referral({ 介绍人类型: "员工", 介绍人岗位: "财务", 是否已开票: "否" })]).row(0);
    expect(r.status).toBe("pending");
    expect(codes(r.reasons)).toEqual(["NOT_INVOICED"]);
    expect(r.outputs.cash.value).toBe(0);
  });

  test("V2: a brought-in customer who is not a first-time visitor → excluded NOT_FIRST_VISIT", () => {
    for (const type of ["老客户", "员工"]) {
      const r = runPreset("car-referral", [referral({ 介绍人类型: type, 介绍人岗位: type === "员工" ? "财务" : null, 是否首次到店: "否" })]).row(0);
      expect(r.status).toBe("excluded");
      expect(codes(r.reasons)).toEqual(["NOT_FIRST_VISIT"]);
    }
  });

  test("V2 interpretation: a staff lead does not need a first-time visitor", () => {
    const r = runPreset("car-referral", [referral({ 介绍人类型: "员工", 介绍人岗位: "财务", 介绍方式: "提供线索", 是否首次到店: "否" })]).row(0);
    expect(r.status).toBe("ok");
    expect(r.outputs.cash.value).toBe(100);
  });

  test("V3: 销售顾问 → excluded SALES_CONSULTANT, for a lead too", () => {
    const r = runPreset("car-referral", [referral({ 介绍人类型: "员工", 介绍人岗位: "销售顾问", 介绍方式: "提供线索" })]).row(0);
    expect(r.status).toBe("excluded");
    expect(codes(r.reasons)).toEqual(["SALES_CONSULTANT"]);
  });

  test("V4: introducer not on the yellow card → excluded YELLOW_CARD_MISSING, for an old customer too", () => {
    const r = runPreset("car-referral", [referral({ 黄卡是否填写介绍人: "否" })]).row(0);
    expect(r.status).toBe("excluded");
    expect(codes(r.reasons)).toEqual(["YELLOW_CARD_MISSING"]);
    expect(r.outputs.points.value).toBe(0);
  });

  test("V5: no proof → excluded NO_PROOF; a missing proof column defaults to 是", () => {
    const r = runPreset("car-referral", [referral({ 证明材料是否齐全: "否" })]).row(0);
    expect(r.status).toBe("excluded");
    expect(codes(r.reasons)).toEqual(["NO_PROOF"]);
    expect(runPreset("car-referral", [referral({})]).row(0).status).toBe("ok");
  });

  test("V6: an old customer's lead only → excluded OLD_CUSTOMER_LEAD_ONLY", () => {
    const r = runPreset("car-referral", [referral({ 介绍方式: "提供线索" })]).row(0);
    expect(r.status).toBe("excluded");
    expect(codes(r.reasons)).toEqual(["OLD_CUSTOMER_LEAD_ONLY"]);
  });

  test("fraud flag on an old-customer row → reward 0, no fine", () => {
    const r = runPreset("car-referral", [referral({ 是否弄虚造假: "是" })]).row(0);
    expect(r.outputs.points.value).toBe(0);
    expect(r.outputs.cash.value).toBe(0);
    expect(codes(r.notes)).toEqual([]);
    expect(r.status).toBe("excluded");
    expect(codes(r.reasons)).toEqual(["OLD_CUSTOMER_FRAUD"]);
  });

  test("unknown referrer type and blank referrer are invalid, never 0", () => {
    const unknown = runPreset("car-referral", [referral({ 介绍人类型: "供应商" })]).row(0);
    expect(unknown.status).toBe("invalid");
    expect(codes(unknown.reasons)).toEqual(["UNKNOWN_REFERRER_TYPE"]);
    const blank = runPreset("car-referral", [referral({ 介绍人: "" })]).row(0);
    expect(blank.status).toBe("invalid");
    expect(blank.reasons[0]).toMatchObject({ code: "MISSING_VALUE", column: "介绍人" });
  });

  test("a brought-in referral with a blank 是否首次到店 is invalid FIRST_VISIT_BLANK, never guessed", () => {
    const r = runPreset("car-referral", [referral({ 是否首次到店: null })]).row(0);
    expect(r.status).toBe("invalid");
    expect(codes(r.reasons)).toEqual(["FIRST_VISIT_BLANK"]);
  });

  test("yes/no cells accept Y/N and √/× (C5)", () => {
    const r = runPreset("car-referral", [referral({ 是否首次到店: "Y", 是否已开票: "√", 黄卡是否填写介绍人: "TRUE" })]).row(0);
    expect(r.status).toBe("ok");
    expect(r.outputs.points.value).toBe(300);
  });
});
