import { describeScheme, loadScheme } from "../../src/engine";

// Review of src/engine/describe: the scheme in words is printed by `jili describe` and, since 88af5f7, under the
// signature lines of every statement (附：本方案规则), so a payee checks the amount against it by hand.

const bi = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

/** A one-part scheme a team writes itself, with one titled formula step `bonus` and any other steps. */
function scheme(expr: string, steps: unknown[] = []) {
  return loadScheme({
    format: "jili-scheme/1",
    id: "review-describe",
    title: bi("测试方案", "Test scheme"),
    source: "review",
    messages: { NO_COST: bi("成本未填", "No cost") },
    params: [
      { key: "rate", type: "rate", title: bi("提成比例", "Rate"), value: 0.1 },
      { key: "floor", type: "money", title: bi("起提额", "Floor"), value: 1000 },
      { key: "masked", type: "number", title: bi("系数", "Factor") },
    ],
    parts: [
      {
        id: "p",
        title: bi("销售", "Sales"),
        fields: [
          { key: "name", type: "text", title: bi("姓名", "Name"), required: true },
          { key: "sales", type: "money", title: bi("销售额", "Sales"), required: true },
          { key: "cost", type: "money", title: bi("成本", "Cost") },
          { key: "role", type: "category", title: bi("岗位", "Role"), values: [{ value: "营业员" }, { value: "经理" }] },
        ],
        levels: [{ id: "person", title: bi("人员", "Person"), keys: [{ name: "person", expr: "name", title: bi("人员", "Person") }] }],
        steps: [{ name: "bonus", kind: "expr", expr, title: bi("奖金", "Bonus") }, ...steps],
        outputs: { row: [{ name: "bonus", title: bi("奖金(元)", "Bonus (yuan)"), type: "money" }] },
      },
    ],
  });
}

const lineOf = (expr: string, lang: "zh-CN" | "en-US") => describeScheme(scheme(expr)).lines[lang].find((l) => l.includes(lang === "zh-CN" ? "奖金：" : "Bonus: "))!;

describe("a formula in words keeps its grouping (exprWords drops the parentheses)", () => {
  // correct: 「(销售额 − 成本) × 10%」 — the grouping the formula has; the words read as 销售额 − (成本 × 10%), so a
  // payee with sales 5000 and cost 3000 expects 4700 where Jili pays 200
  test("(sales − cost) × rate is not said as sales − cost × rate", () => {
    const zh = lineOf("(sales - cost) * params.rate", "zh-CN");
    const en = lineOf("(sales - cost) * params.rate", "en-US");
    expect(zh).not.toContain("销售额 − 成本 × 10%");
    expect(en).not.toContain("Sales − Cost × 10%");
  });

  // correct: 「销售额 ÷ (1 + 10%)」; the words say 销售额 ÷ 1 + 10%
  test("sales ÷ (1 + rate) is not said as sales ÷ 1 + rate", () => {
    expect(lineOf("sales / (1 + params.rate)", "zh-CN")).not.toContain("销售额 ÷ 1 + 10%");
  });

  // correct: 「销售额 − (成本 − 1000)」; the words say 销售额 − 成本 − 1000
  test("sales − (cost − floor) is not said as sales − cost − floor", () => {
    expect(lineOf("sales - (cost - params.floor)", "zh-CN")).not.toContain("销售额 − 成本 − 1000");
  });
});

describe("describe never throws on a scheme the validator accepts (checked sound)", () => {
  const unusual = [
    "-(-sales)",
    "not not (sales > 0) ? 1 : 0",
    "sales > 1 ? (cost > 2 ? 2 : 1) : 0",
    'role in ["营业员", "经理"] ? sales * params.masked : 0',
    "coalesce(cost, sales, 0) * params.rate",
    'isBlank(cost) ? pending("NO_COST") : round(sales / max(cost, 1), 2)',
    "min(max(sales - params.floor, 0), 100000) * params.rate",
    'text(sales) == "0" ? 0 : 1',
    "daysBetween(date(\"2016-01-01\"), date(\"2016-02-01\")) * 1.5e3",
  ];
  test.each(unusual)("%s", (expr) => {
    const extra = [
      { name: "total", kind: "aggregate", scope: "person", op: "sum", of: "bonus * 2 + 1", where: "not (bonus < 0)", title: bi("合计", "Total") },
      { name: "g", kind: "grade", scope: "person", input: "total / (1 + params.rate)", bands: [{ label: "优", min: 9.5 }], below: "差", title: bi("等级", "Grade") },
    ];
    const d = describeScheme(scheme(expr, extra));
    expect(d.lines["zh-CN"].length).toBeGreaterThan(2);
    expect(d.lines["en-US"].length).toBe(d.lines["zh-CN"].length);
  });
});
