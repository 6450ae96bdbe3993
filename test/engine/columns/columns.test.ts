import { evaluate, locateOnSheet, runChecked } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";
import { problemOf } from "../../support/problemOf";

// Issue 17: every column accounted for, and a missing column never turns into money. Sheets as a team keeps them,
// with the words of the scheme document (「不能为副卡、无月租用户」). Amounts by hand: 营业员 20 yuan a household up to 5.

const scheme = getPreset("mobile-retention")!;
const RAW = ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户"];


const table = (header: unknown[], rows: unknown[][]) => locateOnSheet(scheme, { name: "订单", cells: [header, ...rows] as never });

describe("a sheet with 卡类型 and 月租 instead of the yes/no columns", () => {
  const header = [...RAW, "卡类型", "月租"];
  const rows = [
    ["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "副卡", 50],
    ["王丽", "营业员", "2016-01-06", "到期目标客户", "是", "主卡", 0],
    ["王丽", "营业员", "2016-01-07", "到期目标客户", "是", "主卡", 58],
  ];

  test("as it is, the run stops naming 是否补贴未到期中途取消后重办 (absent, no stated default) and nothing else", () => {
    const p = problemOf(() => runChecked(scheme, { table: table(header, rows), params: {} }, "zh-CN"));
    expect(p.code).toBe("COLUMNS_NEEDED");
    expect(p.text["zh-CN"]).toContain("是否补贴未到期中途取消后重办（规则 REAPPLY_AFTER_CANCEL 用到）");
    expect(p.text["zh-CN"]).not.toContain("是否副卡");
    expect(p.text["en-US"]).toContain("read by rule REAPPLY_AFTER_CANCEL");
  });

  test("with 是否补贴…=否 confirmed, the 副卡 row and the 月租 0 row are excluded: 20.00 in total", () => {
    const run = runChecked(scheme, { table: table(header, rows), params: {}, assume: { reappliedAfterCancel: "否" } }, "zh-CN");
    expect(run.result.rows().map((r) => [r.status, r.reasons.map((x) => x.code)])).toEqual([
      ["excluded", ["SECONDARY_CARD"]],
      ["excluded", ["NO_MONTHLY_FEE"]],
      ["ok", []],
    ]);
    expect(run.plan.stats.total).toBe(20);
    const byKey = Object.fromEntries(run.columns.fields.map((f) => [f.key, f]));
    expect(byKey.secondaryCard).toMatchObject({ state: "derived", sources: [{ header: "卡类型", letter: "F" }] });
    expect(byKey.noMonthlyFee).toMatchObject({ state: "derived", sources: [{ header: "月租", letter: "G" }] });
    expect(byKey.reappliedAfterCancel).toMatchObject({ state: "assumed", value: "否" });
    expect(run.columns.unused).toEqual([]);
  });

  test("a blank 卡类型 makes its row invalid, naming the source column and cell; never a guess", () => {
    const blank = [["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "", 50]];
    const run = runChecked(scheme, { table: table(header, blank), params: {}, assume: { reappliedAfterCancel: "否" } }, "zh-CN");
    const row = run.result.row(0);
    expect(row.status).toBe("invalid");
    expect(row.reasons[0]).toMatchObject({ code: "DERIVED_SOURCE_BLANK", columnLetter: "F" });
    expect(row.reasons[0].message["zh-CN"]).toBe("「是否副卡」由「卡类型」推出，但「卡类型」为空");
  });
});

describe("a sheet with neither the yes/no columns nor anything to work them out from", () => {
  const rows = [1, 2, 3].map((d) => ["王丽", "营业员", `2016-01-0${d}`, "到期目标客户", "是"]);

  test("the run stops naming 是否副卡, 是否无月租用户 and 是否补贴…", () => {
    const p = problemOf(() => runChecked(scheme, { table: table(RAW, rows), params: {} }, "zh-CN"));
    expect(p.code).toBe("COLUMNS_NEEDED");
    for (const f of ["是否副卡", "是否无月租用户", "是否补贴未到期中途取消后重办"]) expect(p.text["zh-CN"]).toContain(f);
  });

  test("with 否 confirmed for each, three households pay 3 × 20 = 60.00, and the report says each was assumed", () => {
    const assume = { secondaryCard: "否", noMonthlyFee: "否", reappliedAfterCancel: "否" };
    const run = runChecked(scheme, { table: table(RAW, rows), params: {}, assume }, "zh-CN");
    expect(run.plan.stats.total).toBe(60);
    expect(run.columns.fields.filter((f) => f.state === "assumed").map((f) => f.key)).toEqual(["secondaryCard", "noMonthlyFee", "reappliedAfterCancel"]);
  });

  test("the engine alone (no checked run) never pays over a needed column that is missing: every row is invalid", () => {
    const result = evaluate(scheme, { headers: RAW, rows });
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid", "invalid"]);
    expect(result.row(0).reasons.map((r) => r.code)).toEqual(["COLUMN_NEEDED", "COLUMN_NEEDED", "COLUMN_NEEDED"]);
    expect(result.groups("person")[0].outputs.bonus.value).toBe(0);
  });
});

test("C5: a blank yes/no cell with no stated default makes its row invalid, naming the cell", () => {
  const header = [...RAW, "是否副卡", "是否无月租用户", "是否补贴未到期中途取消后重办"];
  const run = runChecked(scheme, { table: table(header, [["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "", "否", "否"]]), params: {} }, "en-US");
  expect(run.result.row(0).status).toBe("invalid");
  expect(run.result.row(0).reasons[0]).toMatchObject({ code: "BLANK_YES_NO", columnLetter: "F" });
});

test("a field with a stated default may be absent: broadband's 是否单宽带 defaults to 是 and the report says so", () => {
  const bb = getPreset("broadband-retention")!;
  const t = locateOnSheet(bb, { name: "宽带", cells: [["揽装人", "岗位", "办理日期", "业务类型", "客户类型"], ["张三", "营业员", "2016-01-05", "宽带预存", "到期目标客户"]] as never });
  const run = runChecked(bb, { table: t, params: {} }, "zh-CN");
  expect(run.columns.fields.find((f) => f.key === "standalone")).toMatchObject({ state: "defaulted", value: "是" });
});

describe("columns recognised as people write them", () => {
  test.each([
    ["揽装人 ", "spaces"],
    ["揽装\n人", "a line break inside the header cell"],
    ["揽装人（CRM）", "a note in full-width brackets"],
  ])("%j is 揽装人 (%s)", (header) => {
    const t = table([header, ...RAW.slice(1), "是否副卡", "是否无月租用户", "是否补贴未到期中途取消后重办"], [["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "否", "否", "否"]]);
    const run = runChecked(scheme, { table: t, params: {} }, "zh-CN");
    expect(run.columns.fields.find((f) => f.key === "recruiter")?.state).toBe("matched");
  });

  test("a combined header 部门 / 岗位 serves both fields: a post and a department are each checked against their list", () => {
    const hotel = getPreset("hotel-staff-marketing")!;
    const header = ["员工", "部门 / 岗位", "月份", "类别", "订单来源", "是否营销部下单", "间数", "夜数", "房价", "消费总额"];
    const rows = [
      ["甲", "总台收银", "2016-03", "客房", "员工介绍", "否", 1, 1, 300, null],
      ["乙", "营销部", "2016-03", "客房", "员工介绍", "否", 1, 1, 300, null],
      ["丙", "客房部", "2016-03", "客房", "员工介绍", "否", 1, 1, 300, null],
    ];
    const t = locateOnSheet(hotel, { name: "订房", cells: [header, ...rows] as never });
    const result = evaluate(hotel, { headers: t.headers, rows: t.rows }, { part: hotel.parts[0].id });
    const codes = result.rows().map((r) => r.reasons.map((x) => x.code));
    expect(codes[0]).toContain("EXCLUDED_POST");
    expect(codes[1]).toContain("EXCLUDED_POST");
    expect(codes[2]).not.toContain("EXCLUDED_POST");
  });
});

describe("unused columns and what they look like", () => {
  test("a column of 主卡/副卡 under another header is proposed for 是否副卡; other unused columns are listed", () => {
    const header = [...RAW, "卡别", "是否无月租用户", "是否补贴未到期中途取消后重办", "备注"];
    const rows = [["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "副卡", "否", "否", "老客户"]];
    const p = problemOf(() => runChecked(scheme, { table: table(header, rows), params: {} }, "zh-CN"));
    expect(p.code).toBe("COLUMNS_NEEDED");
    expect(p.text["zh-CN"]).toContain("看起来相关的列：卡别（F）");
  });

  test("--map's engine form: choosing 卡别 for 是否副卡 would read 副卡 as a yes/no and refuse it (never a guess)", () => {
    const header = [...RAW, "卡别", "是否无月租用户", "是否补贴未到期中途取消后重办"];
    const rows = [["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "副卡", "否", "否"]];
    const run = runChecked(scheme, { table: table(header, rows), params: {}, columns: { secondaryCard: "卡别" } }, "zh-CN");
    expect(run.result.row(0).status).toBe("invalid");
    expect(run.result.row(0).reasons[0]).toMatchObject({ code: "INVALID_YES_NO", columnLetter: "F" });
  });
});
