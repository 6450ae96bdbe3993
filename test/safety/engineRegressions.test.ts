import { evaluate, loadScheme, SchemeError } from "../../src/engine";
import { getPreset } from "../../src/schemes";
import { readParams } from "../../src/engine/evaluate/readParams";
import { Pending } from "../../src/engine/values/value";
import mobileRetention from "../../src/schemes/mobile-retention.json";
import rdAssistHourly from "../../src/schemes/rd-assist-hourly.json";
import { example, jiliInProcess } from "../cli/helpers";

// Problems the bad-input work found in the engine, each with its smallest reproduction, kept as regression tests
// now that they are fixed. The corpus cases (Excel errors in text and category columns, numbers beyond a double,
// normalisation explained, cell functions agreeing with the engine) are in cases.json and corpus.test.ts.

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const MOBILE_HEADERS = ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户"];
const ROW = ["王丽", "营业员", "2016-01-04", "到期目标客户", "是"];

describe("a parameter value that cannot be read is reported, and what needs it is pending — evaluate never throws", () => {
  // readParams records the problem but leaves the parameter out; the first expression naming it then throws
  // ExprError "unknown parameter params.effectiveFrom" from compile. Fix: set the value anyway (e.g. a Pending
  // INVALID_PARAMETER) or stop before running the steps when there are problems.
  test("the parameter problems come back (sanity: an unknown parameter is reported without throwing)", () => {
    const r = evaluate(getPreset("mobile-retention")!, { headers: MOBILE_HEADERS, rows: [ROW] }, { params: { nosuch: 1 } });
    expect(r.paramProblems).toEqual([{ param: "nosuch", message: "no such parameter", text: { "zh-CN": "方案中没有这个参数", "en-US": "no such parameter" } }]);
  });

  test("evaluate(mobile-retention, one row, { params: { effectiveFrom: 'abc' } }) returns paramProblems", () => {
    const r = evaluate(getPreset("mobile-retention")!, { headers: MOBILE_HEADERS, rows: [ROW] }, { params: { effectiveFrom: "abc" } });
    expect(r.paramProblems.map((p) => p.param)).toEqual(["effectiveFrom"]);
  });

  test("jili validate … --param effectiveFrom=abc: exit 2 with the parameter message, not an internal error", async () => {
    const r = await jiliInProcess(["validate", example("mobile-retention.xlsx"), "-s", "mobile-retention", "--param", "effectiveFrom=abc"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("参数「effectiveFrom」有误：不是日期：abc");
    expect(r.stderr).toContain("Parameter effectiveFrom: not a date: abc");
    expect(r.stderr).not.toContain("内部错误");
  });

  test("loadScheme rejects a scheme whose date parameter holds no date (SchemeError), instead of evaluate throwing later", () => {
    const doc = clone(mobileRetention) as { params: { key: string; value: unknown }[] };
    doc.params[0].value = "recruiter";
    let threw: unknown;
    try {
      const s = loadScheme(doc);
      evaluate(s, { headers: MOBILE_HEADERS, rows: [ROW] });
    } catch (e) {
      threw = e;
    }
    expect(threw).toBeInstanceOf(SchemeError);
  });
});

describe("a parameter given at run time is read as a cell of its type; anything else is refused, never guessed", () => {
  // Found by the parameter fuzz (fuzz.test.ts): a date parameter given [0] threw TypeError in parseDate, a number
  // given NaN became a NaN amount, a band table given [null] threw in the slab step, and a yes/no parameter given
  // "yes" was silently false.
  const read = (scheme: string, params: Record<string, unknown>) => readParams(getPreset(scheme)!, params);
  const refused = (scheme: string, key: string, value: unknown) => {
    const r = read(scheme, { [key]: value });
    return { problems: r.problems.map((p) => p.param), pending: r.values.get(key) instanceof Pending };
  };

  test.each([
    ["equipment-dept-2015", "techUpgradeStart", [0]],
    ["equipment-dept-2015", "techUpgradeStart", "2016-02-30"],
    ["mall-referral", "referralReward", NaN],
    ["mall-referral", "referralReward", Infinity],
    ["mall-referral", "referralReward", { amount: 3000 }],
    ["mall-referral", "referralReward", true],
    ["equipment-dept-2015", "plantWide", "maybe"],
    ["equipment-dept-2015", "plantWide", 2],
    ["dealer-expansion-ranking", "devMonthPoints", [null]],
    ["dealer-expansion-ranking", "devMonthPoints", []],
    ["dealer-expansion-ranking", "devMonthPoints", "1-3:5"],
  ])("%s: %s = %j is refused and pending INVALID_PARAMETER", (scheme, key, value) => {
    expect(refused(scheme, key, value)).toEqual({ problems: [key], pending: true });
  });

  test("a refused value is quoted as given (JSON for a list), not as [object Object], in both languages", () => {
    expect(read("equipment-dept-2015", { techUpgradeStart: [0] }).problems).toEqual([
      { param: "techUpgradeStart", message: "not a date: [0]", text: { "zh-CN": "不是日期：[0]", "en-US": "not a date: [0]" } },
    ]);
  });

  test("values a cell could hold are read as the cell would be (C4, C5, C9)", () => {
    const money = read("mall-referral", { referralReward: "3,000元" }).values.get("referralReward");
    expect(String(money)).toBe("3000");
    expect(read("equipment-dept-2015", { plantWide: "yes" }).values.get("plantWide")).toBe(true);
    expect(read("equipment-dept-2015", { plantWide: "否" }).values.get("plantWide")).toBe(false);
    expect(read("equipment-dept-2015", { plantWide: 1 }).values.get("plantWide")).toBe(true);
    expect(String(read("equipment-dept-2015", { techUpgradeStart: "2016年3月1日" }).values.get("techUpgradeStart"))).toBe("2016-03-01");
  });

  test("evaluate with a malformed band table: the problem is reported, rows still get statuses", () => {
    const scheme = getPreset("dealer-expansion-ranking")!;
    const headers = scheme.parts[0].fields.map((f) => f.title["zh-CN"]);
    const r = evaluate(scheme, { headers, rows: [headers.map(() => null)] }, { params: { devMonthPoints: [null] } });
    expect(r.paramProblems.map((p) => p.param)).toEqual(["devMonthPoints"]);
    expect(r.rows(false)).toHaveLength(1);
  });
});

describe("a huge expression is a SchemeError, never a stack overflow", () => {
  // compile.ts compiles binary nodes recursively: "1+1+…+1" with 20 000 terms (40 kB, far under MAX_SCHEME_SIZE)
  // throws RangeError: Maximum call stack size exceeded. Fix: a depth limit in the expression parser/compiler
  // (SchemeError EXPRESSION_TOO_DEEP, e.g. beyond 100 levels), or catch RangeError in loadScheme.
  const withExpr = (expr: string) => {
    const doc = clone(rdAssistHourly) as { parts: { steps: { name: string; kind: string; expr?: string }[] }[] };
    const i = doc.parts[0].steps.findIndex((s) => s.kind === "expr");
    doc.parts[0].steps[i] = { ...doc.parts[0].steps[i], expr };
    return doc;
  };

  test("a moderate expression (200 terms) loads", () => {
    expect(() => loadScheme(withExpr("1" + "+1".repeat(200)))).not.toThrow();
  });

  test("20 000 terms: loadScheme throws SchemeError (or loads)", () => {
    try {
      loadScheme(withExpr("1" + "+1".repeat(20_000)));
    } catch (e) {
      expect(e).toBeInstanceOf(SchemeError);
    }
  });
});
