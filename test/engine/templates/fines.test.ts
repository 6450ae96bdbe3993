/**
 * The fines form builds a scheme the validator accepts and that fines as docs/presets/capacity-drive.md's worked
 * examples say — 5 yuan (乐捐) for each item not done, done late, or not to quality; done on the due date is on time;
 * totalled per person over the whole drive — written here as deductions (−5). And car-referral's 300 for each staff
 * fraud, an old customer's fraud not fined: three frauds → 3 × 300 = −900. Amounts worked by hand from those pages.
 */
import { evaluate, loadScheme } from "../../../src/engine";
import { buildFromForm, type FormValues } from "../../../src/engine/templates";

const MISSED = "isBlank(实际完成时间) or daysBetween(计划完成时间, 实际完成时间) > 0 or not 是否按质完成";

function driveForm(): FormValues {
  return { columns: { person: "责任人", staffId: "", date: "" }, tables: { breaches: [[MISSED, "5"]] }, conditions: [] };
}

const DRIVE_HEADERS = ["责任人", "序号", "计划完成时间", "实际完成时间", "是否按质完成"];

function run(values: FormValues, headers: string[], rows: string[][]) {
  const r = buildFromForm("fines", values);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const result = evaluate(r.scheme, { headers, rows });
  return {
    status: rows.map((_, i) => result.row(i).status),
    fine: rows.map((_, i) => result.row(i).outputs.fine?.value),
    people: result.groups("person").map((g) => ({ who: g.key.who, breaches: g.outputs.breaches.value, fineTotal: g.outputs.fineTotal.value })),
  };
}

describe("fines form → scheme (capacity-drive's 5 yuan per missed item)", () => {
  test("the document passes loadScheme; the fine is a parameter named by its condition", () => {
    const r = buildFromForm("fines", driveForm());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(() => loadScheme(JSON.stringify(r.document))).not.toThrow();
    expect(r.scheme.params.map((p) => [p.key, p.title["zh-CN"], p.value])).toEqual([["fine1", `${MISSED}：每次罚款`, 5]]);
    expect(r.scheme.parts[0].fields.map((f) => [f.title["zh-CN"], f.type])).toEqual([
      ["责任人", "text"],
      ["工号", "text"],
      ["实际完成时间", "date"],
      ["计划完成时间", "date"],
      ["是否按质完成", "bool"],
    ]);
  });

  test("example 1: done on the due date is on time → 0", () => {
    const out = run(driveForm(), DRIVE_HEADERS, [["瞿小君", "7", "2014-08-28", "2014-08-28", "是"]]);
    expect(out.fine).toEqual([0]);
    expect(out.people).toEqual([{ who: "瞿小君", breaches: 0, fineTotal: 0 }]);
  });

  test("example 2: one day late → fined 5 (−5)", () => {
    const out = run(driveForm(), DRIVE_HEADERS, [["瞿小君", "7", "2014-08-28", "2014-08-29", "是"]]);
    expect(out.fine).toEqual([-5]);
    expect(out.people).toEqual([{ who: "瞿小君", breaches: 1, fineTotal: -5 }]);
  });

  test("example 3: a daily item not done on 8/27, 9/1 and 9/5 of the 14 days → 3 × 5 = −15", () => {
    const days = ["08-25", "08-26", "08-27", "08-28", "08-29", "08-30", "08-31", "09-01", "09-02", "09-03", "09-04", "09-05", "09-06", "09-07"];
    const blank = new Set(["08-27", "09-01", "09-05"]);
    const out = run(driveForm(), DRIVE_HEADERS, days.map((d) => ["瞿小君", "5", `2014-${d}`, blank.has(d) ? "" : `2014-${d}`, "是"]));
    expect(out.fine.filter((f) => f !== 0)).toEqual([-5, -5, -5]);
    expect([out.fine[2], out.fine[7], out.fine[11]]).toEqual([-5, -5, -5]);
    expect(out.people).toEqual([{ who: "瞿小君", breaches: 3, fineTotal: -15 }]);
  });

  test("example 4: a day early but not to quality → fined 5 (−5); the people are totalled apart", () => {
    const out = run(driveForm(), DRIVE_HEADERS, [
      ["孙虹", "3", "2014-08-20", "2014-08-19", "否"],
      ["瞿小君", "7", "2014-08-28", "2014-08-28", "是"],
    ]);
    expect(out.fine).toEqual([-5, 0]);
    expect(out.people).toEqual([
      { who: "孙虹", breaches: 1, fineTotal: -5 },
      { who: "瞿小君", breaches: 0, fineTotal: 0 },
    ]);
  });
});

describe("fines form: car-referral's 300 per staff fraud", () => {
  const referralForm = (): FormValues => ({
    columns: { person: "介绍人", staffId: "", date: "" },
    tables: { breaches: [["是否弄虚造假", "300"]] },
    conditions: [{ kind: "pick", column: "介绍人类型", op: "eq", value: "老客户", reason: "老客户弄虚造假：不奖励也不罚款" }],
  });

  test("three frauds by 孙 → 3 × 300 = −900; an old customer's fraud is not fined; an honest referral costs nothing", () => {
    const out = run(referralForm(), ["介绍人", "介绍人类型", "是否弄虚造假"], [
      ["孙", "员工", "是"],
      ["孙", "员工", "是"],
      ["张", "老客户", "是"],
      ["孙", "员工", "否"],
      ["孙", "员工", "是"],
    ]);
    expect(out.status).toEqual(["ok", "ok", "excluded", "ok", "ok"]);
    expect(out.fine).toEqual([-300, -300, 0, 0, -300]);
    expect(out.people).toEqual([
      { who: "孙", breaches: 3, fineTotal: -900 },
      { who: "张", breaches: 0, fineTotal: 0 },
    ]);
  });

  test("a condition that cannot be read, a fine of 0 and a blank condition are named on their rows", () => {
    const v = { ...referralForm(), tables: { breaches: [["是否弄虚造假 ==", "300"], ["是否弄虚造假", "0"], ["", "100"]] } };
    const r = buildFromForm("fines", v);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.at])).toEqual([
      ["COND_SYNTAX", { kind: "table", table: "breaches", row: 1, column: "when" }],
      ["AMOUNT_NOT_POSITIVE", { kind: "table", table: "breaches", row: 2, column: "amount" }],
      ["CELL_MISSING", { kind: "table", table: "breaches", row: 3, column: "when" }],
    ]);
  });
});
