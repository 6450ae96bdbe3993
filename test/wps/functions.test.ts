import { JILI_CALLS, JiliCallId } from "../../src/functions/calls";
import * as excel from "../../src/functions/functions";
import { SimBook } from "../../src/preview/excelSim";
import { etHost } from "../../src/preview/etSim";
import { EtFunctionRegistry, EtRangeArgument } from "../../src/preview/etSim/functions";
import { registerJiliFunctions, wpsFunction } from "../../src/wps/functions/register";
import { sharedArgument, sharedCell, wpsResult } from "../../src/wps/functions/values";
import type { WpsFunctionsJson } from "../../src/wps/functions/metadata";
import { excelAssociations, wpsMetadata } from "./functionsSupport";

// The eight JILI functions in WPS 表格, on the simulated host: registered through wps.AddCustomFunction, called as a
// cell calls them with WPS-shaped arguments (ranges read through Range.Value2: a scalar for one cell, undefined for an
// empty one, dates as serials), checked against functions.json's declared types. Expected values are the preset
// pages' worked examples, by hand.

let json: WpsFunctionsJson;
beforeAll(async () => {
  json = await wpsMetadata();
});

const range = (a: string): EtRangeArgument => ({ range: a });
const flat = (r: unknown) => (r as unknown[][]).map((x) => x[0]);

// 2016-01-01 is serial 42370 in the 1900 date system: 116 years × 365 days + 29 leap days (1904…2012) after
// 1899-12-30 plus Excel's phantom 1900-02-29 already in the epoch, i.e. 42 340 + 30.
const JAN = (day: number) => 42369 + day;

const HEADERS = ["揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];
const order = (who: string, role: string, day: number, due: boolean, secondary = "否") => [who, role, JAN(day), due ? "到期目标客户" : "非到期目标客户", secondary, "否", "是", "否"];

/** A workbook as a clerk keeps it: 订单 (mobile-retention rows), 评分 (repair-dept-grade scores), 档位 (a tier table). */
function workbook(): SimBook {
  const book = new SimBook("订单");
  book.active.put([
    HEADERS,
    // mobile-retention: 王丽, 营业员, eight due households → 5 × 20 + 3 × 40 = 220
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => order("王丽", "营业员", d, true)),
    // a secondary card: excluded (SECONDARY_CARD), paid 0
    order("李强", "营业员", 2, true, "是"),
  ]);
  book.addSheet("评分").put([
    ["姓名", "岗位", "工作态度", "维修技能", "服从情况", "部门协作", "加权得分", "等级"],
    // repair-dept-grade's worked examples 1, 2, 3, 4, 7, and an empty row
    ["李强", "组员", 9, 9, 9, 9],
    ["王工", "组长", 10, 8, 9, 7],
    ["赵敏", "组员", 6, 7, 8, 5],
    ["钱进", "组员", 5, 4, 5, 4],
    ["孙悦", "组员", 10, 9, 8, 9],
    [null, null, null, null, null, null],
  ]);
  book.addSheet("档位").put([
    ["户数上限", "每户"],
    [5, 20],
    [null, 40],
    ["户数", "岗位"],
    [8, "营业员"],
    [7, "营业员"],
    [3, "网格经理"],
    [null, "营业员"],
    ["五", "营业员"],
  ]);
  return book;
}

function session() {
  const book = workbook();
  const app = etHost(book);
  const registry = new EtFunctionRegistry({ namespace: "JILI", json }, app);
  const registration = registerJiliFunctions(registry.wps);
  return { book, registry, registration };
}

describe("registration through wps.AddCustomFunction", () => {
  test("the entry page registers the eight functions under JILI, each with the arity functions.json declares", () => {
    const { registry, registration } = session();
    expect(registration.failed).toEqual([]);
    expect(registry.names).toEqual(["KPI_POINTS", "REFERRAL_BONUS", "TIERED", "WEIGHTED_SCORE", "GRADE", "GRADE_BONUS", "REWARD", "CHECK"].map((n) => `JILI.${n}`));
    const declared = new Map(json.functions.map((f) => [f.name, f.parameters.length]));
    for (const r of registry.registrations) expect(r.fn.length).toBe(declared.get(r.name));
  });

  test("a WPS without AddCustomFunction (before 12.1.0.20540), or no `wps` at all: nothing is registered, nothing thrown", () => {
    expect(registerJiliFunctions(undefined)).toEqual({ registered: [], failed: [] });
    expect(registerJiliFunctions({})).toEqual({ registered: [], failed: [] });
  });

  test("a function the host refuses does not stop the others", () => {
    const names: string[] = [];
    const r = registerJiliFunctions({
      AddCustomFunction: (_ns, name) => {
        if (name === "TIERED") throw new Error("refused");
        names.push(name);
      },
    });
    expect(r.failed).toEqual([{ id: "TIERED", error: "refused" }]);
    expect(names).toHaveLength(7);
  });

  test("the simulated `wps` has AddCustomFunction and nothing else; a Promise result is refused (WPS is synchronous only)", () => {
    const registry = new EtFunctionRegistry();
    expect(() => (registry.wps as unknown as { CreateTaskPane: unknown }).CreateTaskPane).toThrow("does not implement wps.CreateTaskPane");
    registry.wps.AddCustomFunction("JILI", "LATER", async () => [[1]]);
    expect(() => registry.call("JILI.LATER", [])).toThrow("synchronously");
    expect(() => registry.wps.AddCustomFunction("JILI", "BAD-NAME", () => 1)).toThrow("bad function name");
  });
});

describe("each function computes in WPS what the preset pages compute by hand", () => {
  test("REFERRAL_BONUS: 8 households of a 营业员 = 5 × 20 + 3 × 40 = 220; 7 → 180; a 网格经理's 3 → 2 × 20 + 40 = 80", () => {
    const { registry } = session();
    const out = registry.call("JILI.REFERRAL_BONUS", [range("档位!A5:A7"), range("档位!B5:B7")]);
    expect(out).toEqual([[220], [180], [80]]);
    // one cell each: Value2 gives a scalar; as-is or as a 1×1 array, the same 220
    expect(registry.call("JILI.REFERRAL_BONUS", [range("档位!A5"), range("档位!B5")])).toEqual([[220]]);
    expect(registry.call("JILI.REFERRAL_BONUS", [range("档位!A5"), range("档位!B5")], { shape: "as-is" })).toEqual([[220]]);
    expect(registry.call("JILI.REFERRAL_BONUS", [8, "营业员"])).toEqual([[220]]);
  });

  test("TIERED: the same 营业员 tiers typed in the sheet (up to 5 at 20, then 40) give 220, 180", () => {
    const { registry } = session();
    expect(registry.call("JILI.TIERED", [range("档位!A5:A6"), range("档位!A2:B3")])).toEqual([[220], [180]]);
    expect(registry.call("JILI.TIERED", [range("档位!A5:A6"), range("档位!A2:B3"), "step"])).toEqual([[220], [180]]);
  });

  test("KPI_POINTS: due target customers 1, the secondary-card row's due customer 1 too (units do not judge cards)", () => {
    const { registry } = session();
    expect(flat(registry.call("JILI.KPI_POINTS", [range("订单!D2:D10")]))).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // mobile-retention example 1: 3 due and 4 non-due households → 3 × 1 + 4 × 0.5 = 5
    const ex1 = [["到期目标客户"], ["到期目标客户"], ["到期目标客户"], ["非到期目标客户"], ["非到期目标客户"], ["非到期目标客户"], ["非到期目标客户"]];
    expect(flat(registry.call("JILI.KPI_POINTS", [ex1]))).toEqual([1, 1, 1, 0.5, 0.5, 0.5, 0.5]);
  });

  test("WEIGHTED_SCORE, GRADE, GRADE_BONUS: repair-dept-grade 9.0 优 300 (组员); 8.6 良 300 (组长); 6.9 中 100; 4.5 差 0; 8.9 良 200", () => {
    const { registry } = session();
    const weights = [[0.2, 0.4, 0.3, 0.1]];
    const scores = registry.call("JILI.WEIGHTED_SCORE", [range("评分!C2:F7"), weights]);
    expect(flat(scores)).toEqual([9, 8.6, 6.9, 4.5, 8.9, ""]);
    const grades = registry.call("JILI.GRADE", [scores]);
    expect(flat(grades)).toEqual(["优", "良", "中", "差", "良", ""]);
    expect(flat(registry.call("JILI.GRADE_BONUS", [grades, range("评分!B2:B7")]))).toEqual([300, 300, 100, 0, 200, ""]);
  });

  test("REWARD: 王丽's rows paid 20 × 5 then 40 × 3, her total 220 on each of her rows; dates arrive as serials", () => {
    const { registry } = session();
    expect(flat(registry.call("JILI.REWARD", ["mobile-retention", "rowBonus", range("订单!A1:H10")]))).toEqual(["", 20, 20, 20, 20, 20, 40, 40, 40, 0]);
    expect(flat(registry.call("JILI.REWARD", ["mobile-retention", "揽装奖励合计(元)", range("订单!A2:H9"), range("订单!A1:H1")]))).toEqual([220, 220, 220, 220, 220, 220, 220, 220]);
  });

  test("CHECK: empty for a fine row; the secondary card excluded with its code, in both languages", () => {
    const { registry } = session();
    const out = flat(registry.call("JILI.CHECK", ["mobile-retention", range("订单!A2:H10"), range("订单!A1:H1")]));
    expect(out.slice(0, 8)).toEqual(["", "", "", "", "", "", "", ""]);
    expect(out[8]).toBe("excluded: SECONDARY_CARD 副卡不纳入奖励（M1） / Secondary cards are excluded (M1)");
  });
});

describe("errors come back as text: the code and the bilingual message of the Excel functions", () => {
  test("a bad cell is its row's #VALUE! with the row and the problem; an empty cell an empty result", () => {
    const { registry } = session();
    const out = flat(registry.call("JILI.REFERRAL_BONUS", [range("档位!A8:A9"), range("档位!B8:B9")]));
    expect(out[0]).toBe("");
    expect(out[1]).toBe("#VALUE! 第2行：「户数」不是有效数字：五 / Row 2: households is not a valid number: 五");
  });

  test("a call that cannot run is one #VALUE! saying why", () => {
    const { registry } = session();
    expect(registry.call("JILI.REFERRAL_BONUS", [range("档位!A5:A7"), range("档位!B5:B6")])).toEqual([
      ["#VALUE! 区域行数不一致：households 有 3 行，role 有 2 行 / Ranges differ in length: households has 3 rows, role has 2"],
    ]);
    expect(flat(registry.call("JILI.REWARD", ["no-such-scheme", "rowBonus", range("订单!A1:H2")]))[0]).toMatch(/^#VALUE! 未知方案「no-such-scheme」/);
  });

  test("an error cell arriving as its text (#DIV/0!) is a bad cell for its row, never a number", () => {
    const { registry } = session();
    const [v] = flat(registry.call("JILI.REFERRAL_BONUS", [[["#DIV/0!"]], [["营业员"]]]));
    expect(v).toMatch(/^#VALUE! 第1行：.*#DIV\/0!/);
  });
});

describe("WPS's values mapped to Excel's, and the results back", () => {
  test("empty cells (undefined) are null, dates are serials, NaN and objects are bad cells; an omitted argument stays omitted", () => {
    expect(sharedArgument(undefined)).toBeUndefined();
    expect(sharedArgument([[undefined, 1, "a", true, null]])).toEqual([[null, 1, "a", true, null]]);
    expect(sharedCell(new Date(2016, 0, 1))).toBe(42370);
    expect(sharedCell(new Date(2016, 0, 1, 12))).toBe(42370.5);
    expect(sharedCell(new Date(1900, 0, 1))).toBe(1);
    expect(sharedCell(new Date(1900, 2, 1))).toBe(61);
    expect(sharedCell(NaN)).toBe("#NUM!");
    expect(sharedCell({ error: 7 })).toBe("#VALUE!");
  });

  test("results: a 2-D array of text, numbers and booleans; errors as text; never an empty array", () => {
    expect(wpsResult([[1], [""], [{ code: "#N/A", message: "待定 x / pending x" }], [null]])).toEqual([[1], [""], ["#N/A 待定 x / pending x"], [""]]);
    expect(wpsResult([])).toEqual([[""]]);
  });

  test("a Date in a range reaches REWARD as its serial: the same amounts as the serials themselves", () => {
    const rows = [1, 2, 3, 4, 5, 6].map((d) => order("王丽", "营业员", d, false).map((v, k) => (k === 2 ? new Date(2016, 0, d) : v)));
    // mobile-retention example 3: six non-due households: 20 × 5 then 40
    expect(flat(wpsFunction("REWARD")("mobile-retention", "rowBonus", rows, [HEADERS]))).toEqual([20, 20, 20, 20, 20, 40]);
  });
});

describe("WPS and Excel give the same results on the same inputs", () => {
  // Excel's arguments: 2-D arrays with null for an empty cell; the Excel function's error cells (plain objects under
  // Node) shown as WPS shows them.
  const cases: Record<JiliCallId, unknown[][]> = {
    KPI_POINTS: [[[["到期目标客户"], ["非到期目标客户"], [null], ["老客户"]]], [[["到期目标客户"], ["非到期目标客户"]], [["预存送费"], ["光纤平移"]]]],
    REFERRAL_BONUS: [[[[8], [2], ["7"], [null], [-1]], [["营业员"], ["网格经理"], ["营业员"], ["营业员"], ["营业员"]]], [[[1], [2]], [["营业员"]], "no-such"]],
    TIERED: [[[[8], [3], [null]], [[5, 20], [null, 40]]], [[[320000], [149999]], [[0, 5000], [150000, 8000], [300000, 10000]], "straight"]],
    WEIGHTED_SCORE: [[[[10, 8, 9, 7], [null, null, null, null], [1, 2, 3]], [[0.2, 0.4, 0.3, 0.1]]]],
    GRADE: [[[[9], [8.9], [4.5], ["x"]]], [[[95], [10]], [["A", 90], ["C", null]]]],
    GRADE_BONUS: [[[["优"], ["良"], ["差"], ["?"]], [["组长"], ["组员"], ["组员"], ["组员"]]]],
    REWARD: [["mobile-retention", "rowBonus", [HEADERS, ...[1, 2, 3, 4, 5, 6].map((d) => order("王丽", "营业员", d, true))]], ["mobile-retention", "nope", [HEADERS]]],
    CHECK: [["mobile-retention", [order("李强", "营业员", 2, true, "是"), order("", "营业员", 2, true)], [HEADERS]]],
  };
  // the function Excel calls for each id, as the generator associates them from the JSDoc of functions.ts
  // (REWARD and CHECK are asynchronous in Excel: awaited; a value that is not a Promise is awaited as it is)
  let EXCEL: Record<string, (...a: unknown[]) => unknown[][] | Promise<unknown[][]>>;
  beforeAll(async () => {
    const associate = await excelAssociations();
    EXCEL = Object.fromEntries(Object.entries(associate).map(([id, name]) => [id, (excel as unknown as Record<string, (...a: unknown[]) => unknown[][] | Promise<unknown[][]>>)[name]]));
  });

  test("every function has cases, and Excel associates a function with each id", () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(JILI_CALLS).sort());
    expect(Object.keys(EXCEL).sort()).toEqual(Object.keys(JILI_CALLS).sort());
    for (const fn of Object.values(EXCEL)) expect(typeof fn).toBe("function");
  });

  test.each(Object.entries(cases) as [JiliCallId, unknown[][]][])("%s", async (id, calls) => {
    for (const args of calls) {
      const inExcel = wpsResult(await EXCEL[id](...args));
      expect(wpsFunction(id)(...args)).toEqual(inExcel);
      // and as WPS passes them: empty cells as undefined
      const wpsShaped = args.map((a) => (Array.isArray(a) ? a.map((r) => (Array.isArray(r) ? r.map((v) => (v === null ? undefined : v)) : r)) : a));
      expect(wpsFunction(id)(...wpsShaped)).toEqual(inExcel);
    }
  });
});
