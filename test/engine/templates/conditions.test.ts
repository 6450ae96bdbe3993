/**
 * Conditions of the form: typed ones are read by the engine's own parser and compiler, whose errors come back as typed
 * problems with a message in both languages; picked ones become the expressions written here by hand.
 */
import { evaluate } from "../../../src/engine";
import { buildFromForm, checkConditionText, type ConditionValue } from "../../../src/engine/templates";

const SHEET = ["姓名", "日期", "卡类型", "月租", "是否有效4G用户"];

describe("a typed condition, checked as it is typed", () => {
  test("a condition that reads has no problem", () => {
    expect(checkConditionText('卡类型 == "副卡" or 月租 == 0', SHEET)).toEqual([]);
  });

  test("an unfinished condition: the parser's error, as COND_SYNTAX", () => {
    const [p] = checkConditionText("月租 ==", SHEET);
    expect(p.code).toBe("COND_SYNTAX");
    expect(p.message).toEqual({ "zh-CN": "条件写法有误，无法读懂", "en-US": "The condition cannot be read" });
    expect(p.detail).toMatch(/^cannot parse "月租 =="/);
  });

  test("a name the sheet has no column for", () => {
    expect(checkConditionText("月费 == 0", SHEET)).toEqual([
      { code: "COND_UNKNOWN_COLUMN", at: { kind: "condition", index: 0 }, message: { "zh-CN": "工作表中没有「月费」列", "en-US": "The sheet has no column 月费" } },
    ]);
  });

  test("without the sheet's headers any name is taken as a column", () => {
    expect(checkConditionText("月费 == 0", null)).toEqual([]);
  });

  test("a function the language does not have, a wrong number of arguments, a forbidden operator", () => {
    expect(checkConditionText("eval(月租)", SHEET).map((p) => p.code)).toEqual(["COND_UNKNOWN_FUNCTION"]);
    expect(checkConditionText("round(月租, 1, 2) > 0", SHEET).map((p) => p.code)).toEqual(["COND_ARGUMENTS"]);
    expect(checkConditionText("月租 % 2 == 0", SHEET).map((p) => p.code)).toEqual(["COND_SYNTAX"]);
    expect(checkConditionText("params.x > 0", SHEET).map((p) => p.code)).toEqual(["COND_NAME"]);
  });

  test("a bad condition stops the build with the same problem, at the condition's place", () => {
    const r = buildFromForm("step-by-count", { columns: { person: "姓名", date: "日期" }, tables: { tiers: [["", "", "10"]] }, conditions: [{ kind: "pick", column: "月租", op: "eq", value: "0" }, { kind: "text", text: "月租 >" }] }, SHEET);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.at])).toEqual([["COND_SYNTAX", { kind: "condition", index: 1 }]]);
  });
});

describe("conditions as exclusions", () => {
  /** one row per case, 10 yuan each for whoever is counted */
  function excluded(conditions: ConditionValue[], rows: (string | number)[][]): boolean[] {
    const r = buildFromForm("step-by-count", { columns: { person: "姓名", date: "日期" }, tables: { tiers: [["", "", "10"]] }, conditions }, SHEET);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const result = evaluate(r.scheme, { headers: SHEET, rows: rows.map((x, i) => [`人${i}`, "2016-01-05", ...x]) });
    return rows.map((_, i) => result.row(i).status === "excluded");
  }

  test("卡类型 == 副卡 (text) or 月租 == 0 (a number), typed", () => {
    expect(excluded([{ kind: "text", text: '卡类型 == "副卡" or 月租 == 0' }], [["副卡", 50, "是"], ["主卡", 0, "是"], ["主卡", 30, "是"]])).toEqual([true, true, false]);
  });

  test("the same, picked: 卡类型 等于 副卡; 月租 小于或等于 0; 是否有效4G用户 为否", () => {
    const picked: ConditionValue[] = [
      { kind: "pick", column: "卡类型", op: "eq", value: "副卡" },
      { kind: "pick", column: "月租", op: "le", value: "0" },
      { kind: "pick", column: "是否有效4G用户", op: "no", value: "" },
    ];
    expect(excluded(picked, [["副卡", 50, "是"], ["主卡", 0, "是"], ["主卡", 30, "否"], ["主卡", 30, "是"]])).toEqual([true, true, true, false]);
  });

  test("a date picked as 2016/1/1 reads as 2016-01-01: the 5th of January is not before it", () => {
    expect(excluded([{ kind: "pick", column: "日期", op: "before", value: "2016/1/1" }], [["主卡", 30, "是"]])).toEqual([false]);
    expect(excluded([{ kind: "pick", column: "日期", op: "from", value: "2016-01-05" }], [["主卡", 30, "是"]])).toEqual([true]);
  });

  test("a value that does not fit the operator, and one column read two ways", () => {
    const r = buildFromForm("step-by-count", {
      columns: { person: "姓名", date: "日期" },
      tables: { tiers: [["", "", "10"]] },
      conditions: [
        { kind: "pick", column: "月租", op: "gt", value: "三十" },
        { kind: "pick", column: "卡类型", op: "yes", value: "" },
        { kind: "text", text: "卡类型 > 3" },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual(["COND_VALUE", "COND_TYPE_CONFLICT"]);
    expect(r.problems[1].message["zh-CN"]).toBe("「卡类型」在条件中既当作是/否又当作别的类型：请统一写法");
  });
});
