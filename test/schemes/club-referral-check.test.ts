import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/club-referral-check.md (from the rule catalogue), "Worked examples". 判定 (verdict) is an output, not a row status: the row
// status is `ok` throughout. Expected verdicts are typed in from the catalogue table, not taken from the engine.

/** Example 1: first visit 2015-03-01 with the old customer; four signatures; formDate 2015-03-01; signDate 2015-03-20. */
function accompanied(extra: RowObject = {}): RowObject {
  return {
    新客户: "李",
    老客户: "张",
    首次到访日期: "2015-03-01",
    首次到访是否老客户陪同: "是",
    首次到访是否登记: "是",
    老客户是否陪同再次到访: null,
    老客户签字: "是",
    新客户签字: "是",
    项目经理签字: "是",
    俱乐部客服部经理签字: "是",
    手续补齐日期: "2015-03-01",
    新客户签约日期: "2015-03-20",
    ...extra,
  };
}

/** Example 2: first visit 2015-03-01 alone but registered; later visit with the old customer; formDate 2015-03-10; signDate 2015-03-15. */
function registered(extra: RowObject = {}): RowObject {
  return accompanied({
    首次到访是否老客户陪同: "否",
    首次到访是否登记: "是",
    老客户是否陪同再次到访: "是",
    手续补齐日期: "2015-03-10",
    新客户签约日期: "2015-03-15",
    ...extra,
  });
}

describe("club-referral-check worked examples", () => {
  const cases: { n: number; what: string; row: RowObject; verdict: string; failing: string[] }[] = [
    { n: 1, what: "accompanied first visit, four signatures, formalities before signing", row: accompanied(), verdict: "VALID", failing: [] },
    { n: 2, what: "first visit alone but registered, later visit with the old customer", row: registered(), verdict: "VALID", failing: [] },
    { n: 3, what: "as 2 but formDate 2015-03-16 (after signing on 03-15)", row: registered({ 手续补齐日期: "2015-03-16" }), verdict: "INVALID", failing: ["FORMALITIES_AFTER_SIGNING"] },
    { n: 4, what: "first visit alone and not registered", row: accompanied({ 首次到访是否老客户陪同: "否", 首次到访是否登记: "否" }), verdict: "INVALID", failing: ["FIRST_VISIT_NOT_REGISTERED"] },
    { n: 5, what: "as 1 but the club CS manager did not sign", row: accompanied({ 俱乐部客服部经理签字: "否" }), verdict: "INVALID", failing: ["MISSING_SIGNATURE"] },
    { n: 6, what: "as 2 but formDate = signDate = 2015-03-15 (same day counts as before)", row: registered({ 手续补齐日期: "2015-03-15", 新客户签约日期: "2015-03-15" }), verdict: "VALID", failing: [] },
  ];

  test.each(cases)("example $n ($what): 判定 $verdict, row ok", ({ row, verdict, failing }) => {
    const r = runPreset("club-referral-check", [row]).row(0);
    expect(r.status).toBe("ok");
    expect(codes(r.reasons)).toEqual([]);
    expect(r.outputs.verdict.value).toBe(verdict);
    expect(r.outputs.verdictCodes.value === "" || r.outputs.verdictCodes.value === null ? [] : String(r.outputs.verdictCodes.value).split(", ")).toEqual(failing);
  });

  test("points follow the member handbook, which is not in the source: pending EXTERNAL_SCHEME on a VALID row", () => {
    const r = runPreset("club-referral-check", [accompanied()]).row(0);
    expect(r.status).toBe("ok");
    expect(r.outputs.points.pending).toBe("EXTERNAL_SCHEME");
  });
});

describe("club-referral-check validation", () => {
  test("C-2: registered first visit without an accompanied later visit → INVALID NO_ACCOMPANIED_VISIT; blank later visit means 否", () => {
    for (const later of ["否", null]) {
      const r = runPreset("club-referral-check", [registered({ 老客户是否陪同再次到访: later })]).row(0);
      expect(r.status).toBe("ok");
      expect(r.outputs.verdict.value).toBe("INVALID");
      expect(r.outputs.verdictCodes.value).toBe("NO_ACCOMPANIED_VISIT");
    }
  });

  test("C-2: the later visit is consulted only when the first visit was not accompanied", () => {
    const r = runPreset("club-referral-check", [accompanied({ 首次到访是否登记: "否", 老客户是否陪同再次到访: "否" })]).row(0);
    expect(r.outputs.verdict.value).toBe("VALID");
  });

  test("C-3: each of the four signatures is required → INVALID MISSING_SIGNATURE", () => {
    for (const header of ["老客户签字", "新客户签字", "项目经理签字", "俱乐部客服部经理签字"]) {
      const r = runPreset("club-referral-check", [accompanied({ [header]: "否" })]).row(0);
      expect(r.outputs.verdict.value).toBe("INVALID");
      expect(r.outputs.verdictCodes.value).toBe("MISSING_SIGNATURE");
    }
  });

  test("all failing codes are listed", () => {
    const r = runPreset("club-referral-check", [registered({ 老客户签字: "否", 手续补齐日期: "2015-03-16" })]).row(0);
    expect(r.status).toBe("ok");
    expect(r.outputs.verdict.value).toBe("INVALID");
    expect(r.outputs.verdictCodes.value).toBe("MISSING_SIGNATURE, FORMALITIES_AFTER_SIGNING");
  });

  test("an unreadable date or a blank required cell makes the row invalid (not a verdict)", () => {
    const bad = runPreset("club-referral-check", [accompanied({ 新客户签约日期: "三月底" })]).row(0);
    expect(bad.status).toBe("invalid");
    expect(codes(bad.reasons)).toEqual(["INVALID_DATE"]);
    const blank = runPreset("club-referral-check", [accompanied({ 项目经理签字: null })]).row(0);
    expect(blank.status).toBe("invalid");
    expect(blank.reasons[0]).toMatchObject({ code: "MISSING_VALUE", column: "项目经理签字" });
  });

  test("per old customer: valid referrals counted, points pending (C10: output pending → incomplete)", () => {
    const result = runPreset("club-referral-check", [accompanied({ 新客户: "A" }), registered({ 新客户: "B" }), accompanied({ 新客户: "C", 新客户签字: "否" })]);
    const g = groupWhere(result, "referrer", { oldCustomerName: "张" });
    expect(g.outputs.validReferrals.value).toBe(2);
    expect(g.outputs.totalPoints.pending).toBe("EXTERNAL_SCHEME");
    expect(g.rows).toMatchObject({ total: 3, ok: 3, invalid: 0, pending: 0 });
    expect(g.complete).toBe(false);
  });

  test("the verdict is explained with every failing reason in both languages", () => {
    const r = runPreset("club-referral-check", [registered({ 手续补齐日期: "2015-03-16" })]).row(0, true);
    expect(r.explanation?.["zh-CN"]).toContain("FORMALITIES_AFTER_SIGNING: 相关手续须在新客户签约前补齐");
    expect(r.explanation?.["en-US"]).toContain("FORMALITIES_AFTER_SIGNING: The formalities must be completed before the new customer signs");
  });

  test("the same new customer claimed twice is a warning", () => {
    const result = runPreset("club-referral-check", [accompanied(), accompanied({ 老客户: "王" })]);
    expect(codes(result.row(1).warnings)).toEqual(["DUPLICATE_NEW_CUSTOMER"]);
    expect(result.row(1).status).toBe("ok");
  });
});
