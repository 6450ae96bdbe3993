import { chosenColumns, evaluate, loadScheme, locateOnSheet, runChecked } from "../../../src/engine";
import { mapColumns } from "../../../src/engine/evaluate/mapColumns";
import { getPreset } from "../../../src/schemes";
import { problemOf } from "../../support/problemOf";

// Findings of a cold review of issue 17's column accounting, each a way a missing or odd column could still have
// turned into money. Every case stops the run or makes the row invalid, naming why.


const hotel = getPreset("hotel-staff-marketing")!;
const mobile = getPreset("mobile-retention")!;
const HOTEL = ["员工", "部门", "岗位", "月份", "类别", "订单来源", "是否营销部下单", "间数", "夜数", "房价", "消费总额"];
const room = (dept: string | null, post: string | null) => ["甲", dept, post, "2016-03", "客房", "员工介绍", "否", 1, 1, 300, null];

test("a blank 部门 and 岗位 never pass the exclusion by department or post: the row is invalid BLANK_NEEDED", () => {
  const t = locateOnSheet(hotel, { name: "订房", cells: [HOTEL, room(null, null)] as never });
  const run = runChecked(hotel, { table: t, params: {} }, "zh-CN");
  expect(run.result.row(0).status).toBe("invalid");
  expect(run.result.row(0).reasons.map((r) => r.code)).toContain("BLANK_NEEDED");
});

test("a field with a column of its own that a combined header also names stops the run (which to read is not known)", () => {
  const header = ["员工", "岗位", "部门 / 岗位", "月份", "类别", "订单来源", "是否营销部下单", "间数", "夜数", "房价", "消费总额"];
  const t = locateOnSheet(hotel, { name: "订房", cells: [header, ["甲", null, "总台收银", "2016-03", "客房", "员工介绍", "否", 1, 1, 300, null]] as never });
  const p = problemOf(() => runChecked(hotel, { table: t, params: {} }, "zh-CN"));
  expect([p.code, p.text["zh-CN"]]).toEqual(["AMBIGUOUS_COLUMNS", expect.stringContaining("「岗位」既有自己的列「岗位」，又在合并的列「部门 / 岗位」里")]);
});

test("two numbers never share a combined header: 间数/夜数 feeds neither", () => {
  const m = mapColumns(hotel.parts[0], ["员工", "间数/夜数"]);
  expect([m.index.has("rooms"), m.index.has("nights")]).toEqual([false, false]);
});

test("an empty column choice is refused, and a choice naming no column stops the run instead of falling back", () => {
  const t = locateOnSheet(hotel, { name: "订房", cells: [[...HOTEL, " "], [...room("客房部", "服务员"), null]] as never });
  expect(problemOf(() => chosenColumns(hotel, t.part, t.headers, [["部门", ""]])).code).toBe("BAD_ASSIGNMENT");
  const p = problemOf(() => runChecked(hotel, { table: t, params: {}, columns: { dept: "不存在" } }, "zh-CN"));
  expect([p.code, p.text["zh-CN"]]).toEqual(["UNKNOWN_COLUMN", expect.stringContaining("表头中没有「不存在」列")]);
});

describe("the period parameter", () => {
  const postal = getPreset("postal-client-maintenance")!;
  test("is refused when the sheet has its month column", () => {
    const t = locateOnSheet(postal, { name: "月报", cells: [["姓名", "月份", "收集客户信息户数", "贡献率"], ["张敏", "2012-08", 62, "77%"]] as never });
    expect(problemOf(() => runChecked(postal, { table: t, params: { period: "2012-09" } }, "zh-CN")).code).toBe("PERIOD_WITH_COLUMN");
  });
  test("takes a year and month only: 201605 is not read as a serial", () => {
    const t = locateOnSheet(postal, { name: "月报", cells: [["姓名", "收集客户信息户数", "贡献率"], ["张敏", 62, "77%"]] as never });
    expect(problemOf(() => runChecked(postal, { table: t, params: { period: "201605" } }, "zh-CN")).code).toBe("ASSUMED_INVALID");
  });
});

test("a value confirmed for the sheet cannot override a field worked out row by row from its sources", () => {
  const header = ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", "卡类型", "月租", "是否补贴未到期中途取消后重办"];
  const t = locateOnSheet(mobile, { name: "订单", cells: [header, ["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "副卡", 50, "否"]] as never });
  const p = problemOf(() => runChecked(mobile, { table: t, params: {}, assume: { secondaryCard: "否" } }, "zh-CN"));
  expect([p.code, p.text["zh-CN"]]).toEqual(["ASSUME_OVER_DERIVED", "「是否副卡」可以由「卡类型」逐行推出，不能再为整张表确认一个值"]);
});

describe("derivations that give nothing never fall back to a default", () => {
  const t = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });
  const scheme = loadScheme({
    format: "jili-scheme/1",
    id: "derive-test",
    title: t("推导", "Derive"),
    parts: [
      {
        id: "rows",
        title: t("明细", "Rows"),
        fields: [
          { key: "name", type: "text", title: t("姓名", "Name"), required: true },
          {
            key: "rate",
            type: "number",
            title: t("比率", "Rate"),
            default: 1,
            derive: { sources: [{ name: "a", title: t("甲", "A"), type: "number" }, { name: "b", title: t("乙", "B"), type: "number" }], expr: "a / b" },
          },
        ],
        steps: [{ name: "pay", kind: "expr", expr: "rate * 100" }],
        outputs: { row: [{ name: "pay", title: t("金额", "Pay"), type: "money" }] },
      },
    ],
  });

  test("a division by zero makes the row invalid DERIVED_FAILED, not the default 1 (which would pay 100)", () => {
    const result = evaluate(scheme, { headers: ["姓名", "甲", "乙"], rows: [["张", 3, 0]] });
    expect(result.row(0).status).toBe("invalid");
    expect(result.row(0).reasons[0].code).toBe("DERIVED_FAILED");
  });

  test("a blank second source names its own column (C), not the first source's", () => {
    const result = evaluate(scheme, { headers: ["姓名", "甲", "乙"], rows: [["张", 3, null]] });
    expect(result.row(0).reasons[0]).toMatchObject({ code: "DERIVED_SOURCE_BLANK", columnLetter: "C" });
  });
});

test("two columns headed the same for a field stop the run naming both (which to read is not known)", () => {
  // a clerk copied 房价 next to itself and changed one: 300 or 500 would be paid on silently
  const header = [...HOTEL.slice(0, 9), "房价", "消费总额", "房价"];
  const t = locateOnSheet(hotel, { name: "订房", cells: [header, [...room("前厅部", "前台"), 500]] as never });
  const p = problemOf(() => runChecked(hotel, { table: t, params: {} }, "zh-CN"));
  expect(p.code).toBe("DUPLICATE_COLUMNS");
  expect(p.text["zh-CN"]).toContain("有不止一列叫「房价」（J、L 列）");
  expect(p.text["en-US"]).toContain("(columns J, L)");
});

test("a column chosen by hand among two headed the same is the user's decision: the run goes on", () => {
  const header = [...HOTEL.slice(0, 9), "房价", "消费总额", "房价"];
  const t = locateOnSheet(hotel, { name: "订房", cells: [header, [...room("前厅部", "前台"), 500]] as never });
  expect(() => runChecked(hotel, { table: t, params: {}, columns: { price: 11 } }, "zh-CN")).not.toThrow();
});

test("a yes/no worked out as a number (a derivation that forgot its comparison) is DERIVED_FAILED, never 1 = 是", () => {
  const t = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });
  const scheme = loadScheme({
    format: "jili-scheme/1",
    id: "derive-kind",
    title: t("推出类型", "Derived kind"),
    parts: [
      {
        id: "rows",
        title: t("明细", "Rows"),
        fields: [
          { key: "name", type: "text", title: t("姓名", "Name"), required: true },
          { key: "noRent", type: "bool", title: t("是否无月租用户", "No monthly fee"), derive: { sources: [{ name: "rent", title: t("月租", "Fee"), type: "number" }], expr: "rent" } },
        ],
        steps: [{ name: "pay", kind: "expr", expr: "noRent ? 0 : 20" }],
        outputs: { row: [{ name: "pay", title: t("金额", "Pay"), type: "money" }] },
      },
    ],
  });
  // 月租 1: read as a yes/no, 1 would be 是 and the row would pay 0 instead of 20 — it is refused instead
  const result = evaluate(scheme, { headers: ["姓名", "月租"], rows: [["张", 1]] });
  expect(result.row(0).status).toBe("invalid");
  expect(result.row(0).reasons[0].code).toBe("DERIVED_FAILED");
  expect(result.row(0).reasons[0].message["en-US"]).toContain("number ≠ bool");
});

describe("a parameter that switches a check on makes its column needed", () => {
  const car = getPreset("car-launch-first")!;
  const header = ["顾问", "订单编号", "定车时间", "交车日期", "上市会订车"];
  const cells = [header, ["甲", "D1", "2016-03-05 10:00", "2016-03-06", "是"]];
  const params = { launchDate: "2016-03-05" };
  test("上市新车型 set and no 车型 column: the run stops naming 车型 and the parameter (orders of another model would be paid)", () => {
    const t = locateOnSheet(car, { name: "订单", cells: cells as never });
    const p = problemOf(() => runChecked(car, { table: t, params: { ...params, newModel: "新A6" } }, "zh-CN"));
    expect(p.code).toBe("COLUMNS_NEEDED");
    expect(p.text["zh-CN"]).toContain("车型（规则 NOT_NEW_MODEL 用到）；已设置参数「上市新车型」");
    expect(p.text["en-US"]).toContain("the parameter Launched model is set");
  });
  test("without the parameter the absent column means what the source says (the model is not checked): the run goes on", () => {
    const t = locateOnSheet(car, { name: "订单", cells: cells as never });
    expect(() => runChecked(car, { table: t, params }, "zh-CN")).not.toThrow();
  });
  test("mall-referral: a campaign start set and no 签约日期 column stops the run", () => {
    const mall = getPreset("mall-referral")!;
    const f = mall.parts[0].fields.filter((x) => x.required).map((x) => x.title["zh-CN"]);
    const t = locateOnSheet(mall, { name: "成交", cells: [f, f.map(() => "是")] as never });
    const p = problemOf(() => runChecked(mall, { table: t, params: { campaignFrom: "2014-12-20" } }, "zh-CN"));
    expect([p.code, p.text["zh-CN"].includes("签约日期")]).toEqual(["COLUMNS_NEEDED", true]);
  });
});
