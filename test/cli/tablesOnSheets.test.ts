import * as path from "path";
import ExcelJS from "exceljs";
import type { JsonDocument } from "../../src/cli/jsonDoc";
import { expectSameOutsideJili, jiliColumns, jiliInProcess, loadWorkbook, tmpDir } from "./helpers";

// Issue 17 item 4 through the command line: workbooks whose part keeps a table on a sheet of its own. Amounts by
// hand, from the worked examples of docs/presets/car-launch-advance.md (launch 2016-03-05, 800 a car: advance =
// target × 800, clawback = 800 × cars short of the target) and docs/presets/postal-client-maintenance.md (score =
// households + 50 × rate ÷ 70 %).

type Cells = (string | number | null)[][];

async function workbook(sheets: Record<string, Cells>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    ws.getRow(1).font = { bold: true };
    ws.getColumn(1).width = 14;
  }
  const file = path.join(tmpDir(), "book.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

const ADVANCE = ["--scheme", "car-launch-advance", "--param", "launchDate=2016-03-05", "--param", "commissionPerCar=800"];

/** 王 as docs Example 2 (days 2, 3 and 11: two cars qualify), 李 as docs Example 1 (days 1, 5 and 10: three). */
const ORDERS: Cells = [
  ["销售顾问", "订车时间", "交车时间"],
  ["王", "03-05 10:00", "03-07 15:00"],
  ["李", "03-05 10:00", "03-06 15:00"],
  ["王", "03-05 10:00", "03-08 15:00"],
  ["李", "03-05 10:00", "03-10 15:00"],
  ["王", "03-05 10:00", "03-16 15:00"],
  ["李", "03-05 10:00", "03-15 15:00"],
];
const TARGETS: Cells = [
  ["销售顾问", "自定指标"],
  ["李", 3],
  ["王", 3],
];
/** last month's targets, with the advance entered: its header names more of the table's fields than 指标 does */
const LAST_MONTH: Cells = [
  ["销售顾问", "自定指标", "已预发提成"],
  ["王", 5, 4000],
  ["李", 5, 4000],
];

const consultants = (doc: JsonDocument) =>
  Object.fromEntries(doc.groups.filter((g) => g.level === "consultant").map((g) => [g.key.consultant, ["consultantTarget", "qualifiedCars", "advancePaid", "clawback", "kept"].map((k) => g.outputs[k])]));

/** 王: target 3, 2 cars: 2400 advanced, 800 back, 1600 kept; 李: target 3, 3 cars: 2400 kept. */
const EXPECTED = { 王: [3, 2, 2400, 800, 1600], 李: [3, 3, 2400, 0, 2400] };

describe("car-launch-advance: orders on one sheet, each consultant's target on another", () => {
  test("summary --json gives each consultant's target, cars, advance, clawback and amount kept", async () => {
    const file = await workbook({ 订单: ORDERS, 指标: TARGETS });
    const out = await jiliInProcess(["summary", file, ...ADVANCE, "--json"]);
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout) as JsonDocument;
    expect(doc.sheet).toBe("订单");
    expect(consultants(doc)).toEqual(EXPECTED);
    expect(doc.stats.columns.tables?.joins.map((j) => [j.sheet, j.unmatched, j.conflicts, j.sideOnly])).toEqual([["指标", 0, 0, 0]]);
  });

  test("the sheet order does not matter", async () => {
    const file = await workbook({ 指标: TARGETS, 订单: ORDERS });
    const doc = JSON.parse((await jiliInProcess(["summary", file, ...ADVANCE, "--json"])).stdout) as JsonDocument;
    expect(doc.sheet).toBe("订单");
    expect(consultants(doc)).toEqual(EXPECTED);
  });

  test("fill writes Jili's columns on the order sheet only; every other cell of both sheets is unchanged", async () => {
    const file = await workbook({ 订单: ORDERS, 指标: TARGETS });
    const out = path.join(tmpDir(), "filled.xlsx");
    const run = await jiliInProcess(["fill", file, ...ADVANCE, "--out", out]);
    expect(run.code).toBe(0);
    const before = await loadWorkbook(file);
    const after = await loadWorkbook(out);
    expectSameOutsideJili(before, after);
    expect(jiliColumns(after.getWorksheet("指标")!).size).toBe(0);
    expect(after.getWorksheet("指标")!.columnCount).toBe(2);
    const orders = after.getWorksheet("订单")!;
    const cols = [...jiliColumns(orders)];
    expect(cols.length).toBeGreaterThan(0);
    // a status for each order row (2–7), nothing below; 王's car delivered on day 11 (row 6) is noted (docs Example 2)
    const status = cols.find((c) => orders.getCell(1, c).value === "Jili·状态")!;
    const statuses = [2, 3, 4, 5, 6, 7].map((r) => String(orders.getCell(r, status).value));
    expect(statuses.map((s) => s.startsWith("正常"))).toEqual([true, true, true, true, true, true]);
    expect(statuses.map((s) => s.includes("未在10天内交车"))).toEqual([false, false, false, false, true, false]);
    for (const c of cols) expect(orders.getCell(8, c).value).toBeNull();
  });

  test("--sheet targets=指标 picks the targets sheet that its header alone would not win", async () => {
    const file = await workbook({ 订单: ORDERS, 上月指标: LAST_MONTH, 指标: TARGETS });
    const found = JSON.parse((await jiliInProcess(["summary", file, ...ADVANCE, "--json"])).stdout) as JsonDocument;
    expect(found.stats.columns.tables?.joins[0].sheet).toBe("上月指标");
    const named = await jiliInProcess(["summary", file, ...ADVANCE, "--sheet", "targets=指标", "--json"]);
    expect(named.code).toBe(0);
    const doc = JSON.parse(named.stdout) as JsonDocument;
    expect(doc.stats.columns.tables?.joins[0].sheet).toBe("指标");
    expect(consultants(doc)).toEqual(EXPECTED);
    // with the main sheet named too
    const both = JSON.parse((await jiliInProcess(["summary", file, ...ADVANCE, "--sheet", "订单", "--sheet", "targets=指标", "--json"])).stdout) as JsonDocument;
    expect(consultants(both)).toEqual(EXPECTED);
  });

  test("--sheet targets=<a sheet that is not there> stops the run (exit 2), naming it in both languages", async () => {
    const file = await workbook({ 订单: ORDERS, 指标: TARGETS });
    const out = await jiliInProcess(["summary", file, ...ADVANCE, "--sheet", "targets=目标"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("工作簿中没有名为「目标」的工作表");
    expect(out.stderr).toContain("The workbook has no sheet named 目标");
    expect(out.stdout).toBe("");
  });

  test("validate names the sheet and row of a consultant without a target and of a target without orders", async () => {
    // 李 has no target; 赵 (row 3 of 指标) has a target of 2 and no order: 1600 advanced, all of it back
    const file = await workbook({ 订单: ORDERS, 指标: [["销售顾问", "自定指标"], ["王", 3], ["赵", 2]] });
    const zh = await jiliInProcess(["validate", file, ...ADVANCE]);
    expect(zh.code).toBe(1);
    for (const row of [3, 5, 7]) expect(zh.stdout).toContain(`第 ${row} 行：工作表「指标」中没有与本行对应的行（李）`);
    expect(zh.stdout).toMatch(/第 3[^\n]*（工作表「指标」）[^\n]*：这一行只在工作表「指标」中，主表没有对应的行（赵）/);
    const en = await jiliInProcess(["validate", file, ...ADVANCE, "--lang", "en-US"]);
    expect(en.stdout).toContain("row 3: The sheet 指标 has no row for this one (李)");
    expect(en.stdout).toContain("row 3 (sheet 指标): This row is only on the sheet 指标");
    const doc = JSON.parse((await jiliInProcess(["summary", file, ...ADVANCE, "--json"])).stdout) as JsonDocument;
    expect(consultants(doc).赵).toEqual([2, 0, 1600, 1600, 0]);
    expect(consultants(doc).王).toEqual(EXPECTED.王);
  });
});

describe("postal-client-maintenance: households by week in columns, the month's rate on a sheet of its own", () => {
  // 张敏 as docs Example 5 (weeks 12, 9, 15, 14, rate 63 %: 50 + 45 = 95); 李华 ten a week for five weeks at 70 %
  // (N = 50, R = 70 % as docs Example 1: 50 + 50 = 100)
  const WEEKS: Cells = [
    ["员工姓名", "考核月份", "第1周", "第2周", "第3周", "第4周", "第5周"],
    ["张敏", "2012-08", 12, 9, 15, 14, null],
    ["李华", "2012-08", 10, 10, 10, 10, 10],
  ];
  const RATES: Cells = [
    ["员工姓名", "考核月份", "贡献率"],
    ["李华", "2012-08", "70%"],
    ["张敏", "2012-08", "63%"],
  ];
  const scores = (doc: JsonDocument) => Object.fromEntries(doc.groups.map((g) => [g.key.person, ["monthHouseholds", "rate", "infoScore", "contributionScore", "total"].map((k) => g.outputs[k])]));

  test("summary --json gives each person's month", async () => {
    const file = await workbook({ 信息户数: WEEKS, 贡献率: RATES });
    const out = await jiliInProcess(["summary", file, "--scheme", "postal-client-maintenance", "--json"]);
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout) as JsonDocument;
    expect(scores(doc)).toEqual({ 张敏: [50, 0.63, 50, 45, 95], 李华: [50, 0.7, 50, 50, 100] });
    // 张敏's week 2 (9 < 10) is warned, on her sheet row
    expect(doc.rows.filter((r) => r.warnings.includes("WEEKLY_MIN_NOT_MET")).map((r) => r.row)).toEqual([2]);
  });

  test("fill: a wide row's weeks share its sheet row; the rates sheet is untouched", async () => {
    const file = await workbook({ 信息户数: WEEKS, 贡献率: RATES });
    const out = path.join(tmpDir(), "filled.xlsx");
    const run = await jiliInProcess(["fill", file, "--scheme", "postal-client-maintenance", "--out", out]);
    expect(run.code).toBe(0);
    const before = await loadWorkbook(file);
    const after = await loadWorkbook(out);
    expectSameOutsideJili(before, after);
    expect(jiliColumns(after.getWorksheet("贡献率")!).size).toBe(0);
    const ws = after.getWorksheet("信息户数")!;
    const cols = [...jiliColumns(ws)];
    expect(cols.length).toBeGreaterThan(0);
    for (const c of cols) expect(ws.getCell(4, c).value).toBeNull();
    // the households column: each week labelled in one cell — 李华's five equal weeks too (a lone 10 would read as the
    // row's count, where the row holds 50)
    const households = cols.find((c) => ws.getCell(1, c).value === "Jili·收集客户信息户数")!;
    expect(households).toBeDefined();
    const zhang = String(ws.getCell(2, households).value);
    for (const part of ["第1周：12", "第2周：9", "第3周：15", "第4周：14"]) expect(zhang).toContain(part);
    expect(zhang).not.toContain("第5周");
    expect(String(ws.getCell(3, households).value)).toBe("第1周：10；第2周：10；第3周：10；第4周：10；第5周：10");
  });
});
