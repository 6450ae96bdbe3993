import { locateInWorkbook, locateOnSheet, parseParamAssignments, parseParamText, runChecked, unsetParams } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";
import { MOBILE_FLAG_HEADERS, MOBILE_FLAG_VALUES } from "../../support/explicitInputs";
import { problemOf } from "../../support/problemOf";

// The checks both faces make before a run, with one set of codes and bilingual messages (src/engine/run).

const scheme = getPreset("mobile-retention")!;
// with mobile-retention's three exclusion flags stated (否): the preset has no default for them (issue 17)
const HEADER = ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", ...MOBILE_FLAG_HEADERS];
const ORDER = ["王丽", "营业员", "2016-01-03", "到期目标客户", "是", ...MOBILE_FLAG_VALUES];


describe("parameters typed by a person", () => {
  test("text stays text for the engine to read as a cell of the parameter's type", () => {
    expect(parseParamText("effectiveFrom", " 2016-05-01 ")).toBe("2016-05-01");
  });
  test("{…} and […] are JSON", () => {
    expect(parseParamText("bands", '[{"upTo": 5, "rate": 20}]')).toEqual([{ upTo: 5, rate: 20 }]);
    expect(parseParamText("t", '{"营业员": 5}')).toEqual({ 营业员: 5 });
  });
  test("JSON that does not parse is refused in both languages, never kept as text", () => {
    const p = problemOf(() => parseParamText("bands", "[1, 2"));
    expect(p.code).toBe("BAD_PARAM_JSON");
    expect(p.text["zh-CN"]).toBe("参数「bands」的值不是有效 JSON：[1, 2");
    expect(p.text["en-US"]).toBe("Parameter bands: the value is not valid JSON: [1, 2");
  });
  test("key=value items; an item without = is refused", () => {
    expect(parseParamAssignments(["a=1", " b = [1] ", "c=x=y"])).toEqual({ a: "1", b: [1], c: "x=y" });
    expect(problemOf(() => parseParamAssignments(["noequals"])).code).toBe("BAD_PARAM");
    expect(problemOf(() => parseParamAssignments(["=3"])).code).toBe("BAD_PARAM");
  });
  test("masked parameters not given are listed", () => {
    const masked = getPreset("car-launch-ladder")!.params.filter((p) => (p.value === undefined || p.value === null) && !p.optional).map((p) => p.key);
    expect(masked.length).toBeGreaterThan(0);
    expect(unsetParams(getPreset("car-launch-ladder")!, {})).toEqual(masked);
    expect(unsetParams(getPreset("car-launch-ladder")!, { [masked[0]]: "x" })).toEqual(masked.slice(1));
  });
});

describe("locating the table", () => {
  const data = { name: "数据", cells: [["2016年1月"], HEADER, ORDER] };

  test("the header row under a title, and the rows below it", () => {
    const t = locateOnSheet(scheme, data);
    expect([t.sheet, t.headerRow, t.rowNumbers]).toEqual(["数据", 1, [3]]);
  });
  test("a sheet Jili wrote is never data", () => {
    const p = problemOf(() => locateOnSheet(scheme, { name: "Jili汇总", cells: data.cells }));
    expect([p.code, p.text["zh-CN"]]).toEqual(["OWNED_SHEET", "「Jili汇总」是 Jili 生成的工作表（汇总、个人明细或规则），不能作为数据表"]);
  });
  test("an empty sheet, and a sheet whose header names no field", () => {
    expect(problemOf(() => locateOnSheet(scheme, { name: "空", cells: [[null, ""]] })).code).toBe("NO_DATA");
    const p = problemOf(() => locateOnSheet(scheme, { name: "杂项", cells: [["a", "b"], [1, 2]] }));
    expect(p.code).toBe("NO_HEADER");
    expect(p.text["en-US"]).toBe(`No header row in the first 30 rows of 杂项: no column matches a field of the scheme ${scheme.title["en-US"]}`);
  });
  test("an unknown part and an unknown sheet are named with what there is", () => {
    const part = problemOf(() => locateOnSheet(scheme, data, { part: "nope" }));
    expect([part.code, part.text["en-US"]]).toEqual(["UNKNOWN_PART", `The scheme mobile-retention has no part nope. It has: ${scheme.parts.map((p) => p.id).join(", ")}`]);
    const sheet = problemOf(() => locateInWorkbook(scheme, [data], { sheet: "Sheet9" }));
    expect([sheet.code, sheet.text["zh-CN"]]).toEqual(["NO_SHEET", "工作簿中没有名为「Sheet9」的工作表。现有：数据"]);
  });
  test("in a workbook, the sheet naming most fields is chosen and Jili's summary skipped", () => {
    const other = { name: "说明", cells: [["揽装人"], ["x"]] };
    const summary = { name: "Jili汇总", cells: data.cells };
    expect(locateInWorkbook(scheme, [summary, other, data]).sheet).toBe("数据");
  });
});

describe("the checked run", () => {
  test("a missing required column stops the run, naming it and the columns found", () => {
    const t = locateOnSheet(scheme, { name: "数据", cells: [["揽装人", "岗位", "客户类型"], ["王丽", "营业员", "到期目标客户"]] });
    const p = problemOf(() => runChecked(scheme, { table: t, params: {} }, "zh-CN"));
    expect(p.code).toBe("MISSING_COLUMNS");
    expect(p.text["zh-CN"]).toMatch(/^「数据」第 1 行的表头缺少必需的列：.*办理日期.*。找到的列：揽装人、岗位、客户类型$/);
  });
  test("a parameter the engine cannot read stops the run, in both languages", () => {
    const t = locateOnSheet(scheme, { name: "数据", cells: [HEADER, ORDER] });
    const key = scheme.params.find((p) => p.type === "date")?.key;
    expect(key).toBeDefined();
    const p = problemOf(() => runChecked(scheme, { table: t, params: { [key!]: "abc" } }, "zh-CN"));
    expect(p.code).toBe("PARAM_PROBLEM");
    expect(p.text["zh-CN"]).toContain(`参数「${key}」有误`);
  });
  test("a good run gives the result and the plan: 王丽, one due household, 20 yuan", () => {
    const t = locateOnSheet(scheme, { name: "数据", cells: [HEADER, ORDER] });
    const { result, plan } = runChecked(scheme, { table: t, params: {} }, "zh-CN");
    expect(result.groups("person")[0].outputs.bonus.value).toBe(20);
    expect(plan.columns.length).toBeGreaterThan(0);
  });
});
