import { readFileSync } from "fs";
import { join } from "path";
import { evaluate, loadScheme, schemeToRulesBook } from "../../src/engine";
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
  // the README names row 28 (the tier table's header), row 29 and cell D30 of mobile-retention's 规则 sheet
  const rows = schemeToRulesBook(getPreset("mobile-retention")!, "zh-CN").view.rows;

  test("row 28 is the tier table's header and D30 holds the 40 yuan from the 6th household", () => {
    expect(readme).toContain("(row 28)");
    expect(readme).toContain("D30");
    expect(rows[27]).toEqual(["岗位", "户数从", "户数到", "每户奖励（元）"]);
    expect(rows[28]).toEqual(["营业员", 1, 5, 20]);
    expect(rows[29]).toEqual(["营业员", 6, null, 40]);
  });
});
