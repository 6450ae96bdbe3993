import { readFileSync } from "fs";
import { join } from "path";
import { evaluate, loadScheme, schemeToRulesSheet } from "../../src/engine";
import { getPreset } from "../../src/schemes";

// The README's complete scheme example must stay true: load it from the README itself and check what it claims.
const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
const json = /```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

describe("README scheme example", () => {
  const scheme = loadScheme(json);
  const result = evaluate(scheme, {
    headers: ["姓名", "岗位", "试验日期", "作业时间(小时)"],
    rows: [
      ["刘", "一线操作工", "2016-03-02", "３.５"],
      ["王", "研发工程师", "2016-03-02", 6],
      ["陈", "一线操作工", "2016-03-03", "三小时"],
    ],
  });

  test("full-width 3.5 hours pay 140.00 with the stated explanation", () => {
    const row = result.row(0, true);
    expect(row.outputs.pay.text).toBe("140.00");
    expect(row.explanation?.["zh-CN"]).toContain("3.5小时 × 40元 = 140元");
  });

  test("a 研发工程师 row is excluded NOT_FRONTLINE", () => {
    expect(result.row(1)).toMatchObject({ status: "excluded", reasons: [{ code: "NOT_FRONTLINE" }] });
  });

  test("三小时 is invalid INVALID_NUMBER naming the column", () => {
    expect(result.row(2)).toMatchObject({ status: "invalid", reasons: [{ code: "INVALID_NUMBER", column: "作业时间(小时)" }] });
  });
});

describe("README: changing the rules", () => {
  // the README names rows 214–218 and cell D218 of mobile-retention's rules sheet (ten rows further down than before
  // issue 17: the fields block now holds the derivations of 是否副卡 and 是否无月租用户)
  const rows = schemeToRulesSheet(getPreset("mobile-retention")!).rows;

  test("row 214 starts the bonus tier block and D218 holds the 40 yuan beyond the fifth household", () => {
    expect(readme).toContain("row 214");
    expect(readme).toContain("D218");
    expect(String(rows[213][1])).toContain("计算步骤 13 · bonus");
    expect(rows[216].slice(1, 4)).toEqual(["营业员", 5, 20]);
    expect(rows[217].slice(1, 4)).toEqual(["营业员", null, 40]);
  });
});
