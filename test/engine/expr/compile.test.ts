import { compileExpr, NameResolver } from "../../../src/engine/expr/compile";
import { Dec } from "../../../src/engine/money/decimal";
import { ExprError } from "../../../src/engine/scheme/errors";
import { EvalFailure, Pending, Temporal, Value } from "../../../src/engine/values/value";

const row: Record<string, Value> = {
  卡类型: "主卡",
  月租: new Dec(58),
  role: "营业员",
  hours: new Dec("3.5"),
  blank: null,
  d1: new Temporal("datetime", 16865 * 86400 + 9 * 3600),
  d2: new Temporal("datetime", 16872 * 86400 + 23 * 3600),
  due: new Temporal("date", 16865),
};

const resolver: NameResolver = {
  name: (n) => {
    if (!(n in row)) throw new ExprError("UNKNOWN_NAME", n);
    return () => row[n];
  },
  param: (n) => () => (n === "T1" ? new Pending("MASKED_PARAMETER", "T1") : new Dec(100)),
};

const run = (text: string): Value => compileExpr(text, resolver)(0);
const text = (v: Value) => (v instanceof Dec ? v.toFixed() : v);

describe("expressions", () => {
  test("a user condition in Chinese with word operators", () => {
    expect(run('卡类型 != "副卡" and 月租 > 0')).toBe(true);
    expect(run('卡类型 == "副卡" or not (月租 > 0)')).toBe(false);
  });

  test("decimal arithmetic is exact: 0.1 + 0.2 == 0.3", () => {
    expect(run("0.1 + 0.2 == 0.3")).toBe(true);
    expect(text(run("(2*10 + 4*9 + 3*9 + 7) / 10"))).toBe("9");
    expect(text(run("0.2*2 + 0.4*5 + 0.3*6 + 0.1*8"))).toBe("5");
  });

  test("in-lists, ternaries and functions", () => {
    expect(run('role in ["营业员", "中心经理"]')).toBe(true);
    expect(text(run('role == "营业员" ? 5 : 2'))).toBe("5");
    expect(text(run("min(hours, 2) + max(1, 3)"))).toBe("5");
    expect(text(run("coalesce(blank, hours)"))).toBe("3.5");
    expect(text(run("round(10 / 3, 2)"))).toBe("3.33");
    expect(run("isBlank(blank)")).toBe(true);
  });

  test("dates: calendar days between date-times, weekday, month", () => {
    expect(text(run("daysBetween(d1, d2)"))).toBe("7");
    expect(text(run("weekday(due)"))).toBe("6"); // 2016-03-05 is a Saturday
    expect(String(run("month(due)"))).toBe("2016-03");
    expect(run('due >= date("2016-01-01")')).toBe(true);
  });

  test("blank compares false, except == null", () => {
    expect(run("blank > 0")).toBe(false);
    expect(run("blank == null")).toBe(true);
    expect(run("blank + 1")).toBeNull();
  });

  test("division by zero is a failure value, not Infinity or 0", () => {
    const v = run("月租 / 0");
    expect(v).toBeInstanceOf(EvalFailure);
    expect((v as EvalFailure).code).toBe("DIVISION_BY_ZERO");
  });

  test("text where a number is needed is a failure, not NaN", () => {
    expect((run("role * 2") as EvalFailure).code).toBe("NOT_A_NUMBER");
    expect((run("role > 2") as EvalFailure).code).toBe("TYPE_MISMATCH");
  });

  test("an unset parameter makes the result pending, through arithmetic and conditions", () => {
    expect(run("params.T1 * 2")).toBeInstanceOf(Pending);
    expect(run("hours >= params.T1")).toBeInstanceOf(Pending);
    expect((run("params.T1") as Pending).param).toBe("T1");
  });
});

describe("expression safety: nothing outside the whitelist", () => {
  test.each([
    ["constructor.constructor(\"return process\")()", "UNSUPPORTED_SYNTAX"],
    ["role.constructor", "UNSUPPORTED_SYNTAX"],
    ["role[\"length\"]", "UNSUPPORTED_SYNTAX"],
    ["eval(\"1\")", "UNKNOWN_FUNCTION"],
    ["Function(\"x\")", "UNKNOWN_FUNCTION"],
    ["require(\"fs\")", "UNKNOWN_FUNCTION"],
    ["toString()", "UNKNOWN_FUNCTION"],
    ["hasOwnProperty(\"x\")", "UNKNOWN_FUNCTION"],
    ["this", "UNSUPPORTED_SYNTAX"],
    ["hours = 3", "EXPR_SYNTAX"],
    ["hours | 3", "EXPR_SYNTAX"],
    ["hours 3", "EXPR_SYNTAX"],
    ["min()", "BAD_ARGUMENTS"],
    ["undefinedName > 1", "UNKNOWN_NAME"],
    ["role in role", "UNSUPPORTED_SYNTAX"],
  ])("%s is rejected with %s", (src, code) => {
    let error: unknown;
    try {
      compileExpr(src, resolver);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExprError);
    expect((error as ExprError).code).toBe(code);
  });
});
