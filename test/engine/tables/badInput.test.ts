import { assembleTable, fillForMainSheet, locateInWorkbook, runChecked } from "../../../src/engine";
import type { RawCell, Reason, RowResult } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";
import type { Sheet } from "./splitExample";
import { problemOf } from "../../support/problemOf";

// Issue 17 item 4: what goes wrong when a table is kept on a sheet of its own, each said with its code and, in both
// languages, the sheet, the row and the column or key it is about. Amounts by hand (car-launch-advance, launch
// 2016-03-05, 800 a car, as on docs/presets/car-launch-advance.md: advance = target × 800, clawback = 800 × the
// cars short of the target).

const ADVANCE = getPreset("car-launch-advance")!;
const POSTAL = getPreset("postal-client-maintenance")!;
const PARAMS = { launchDate: "2016-03-05", commissionPerCar: 800 };

/** 王 two cars (days 1 and 5), 李 one car (day 2), on sheet rows 2–4. */
const ORDERS: Sheet = {
  name: "订单",
  cells: [
    ["销售顾问", "订车时间", "交车时间"],
    ["王", "03-05 10:00", "03-06 15:00"],
    ["王", "03-05 10:00", "03-10 15:00"],
    ["李", "03-05 10:00", "03-07 15:00"],
  ],
};

const targets = (...rows: RawCell[][]): Sheet => ({ name: "指标", cells: [["销售顾问", "自定指标"], ...rows] });

function runAdvance(sheets: Sheet[], tableSheets?: Record<string, string>) {
  const table = assembleTable(ADVANCE, locateInWorkbook(ADVANCE, sheets), sheets, { tableSheets });
  const run = runChecked(ADVANCE, { table, params: PARAMS }, "zh-CN");
  const rows = run.result.rows();
  const group = (who: string) => run.result.groups("consultant").find((g) => g.key.consultant === who)!;
  const money = (who: string) => Object.fromEntries(["consultantTarget", "qualifiedCars", "advancePaid", "clawback", "kept"].map((k) => [k, group(who).outputs[k].value]));
  return { table, run, rows, group, money };
}

/** The one reason with `code` among the row's reasons, warnings and notes. */
function reasonOf(row: RowResult, code: string): Reason {
  const found = [...row.reasons, ...row.warnings, ...row.notes].filter((r) => r.code === code);
  expect({ row: row.row, code, count: found.length }).toEqual({ row: row.row, code, count: 1 });
  return found[0];
}

/** Both languages' text contains every piece. */
function says(text: { "zh-CN": string; "en-US": string }, zh: string[], en: string[]): void {
  for (const piece of zh) expect(text["zh-CN"]).toContain(piece);
  for (const piece of en) expect(text["en-US"]).toContain(piece);
}


describe("a joined table's rows", () => {
  test("a key with no partner row: JOIN_NO_PARTNER on the main row, naming the sheet and the key; the others are paid", () => {
    const { rows, money, table } = runAdvance([ORDERS, targets(["王", 2])]);
    const li = rows.find((r) => r.row === 4)!;
    expect(li.sheet).toBeUndefined();
    expect(li.status).toBe("invalid");
    const r = reasonOf(li, "JOIN_NO_PARTNER");
    says(r.message, ["「指标」", "李"], ["sheet 指标", "李"]);
    // 王: target 2, two cars within 10 days: advance 1600, nothing back
    expect(money("王")).toEqual({ consultantTarget: 2, qualifiedCars: 2, advancePaid: 1600, clawback: 0, kept: 1600 });
    expect(table.links!.joins[0]).toMatchObject({ sheet: "指标", unmatched: 1, conflicts: 0, sideOnly: 0 });
  });

  test("two partner rows that disagree: JOIN_CONFLICT on the main rows, naming the sheet, the column and both row numbers", () => {
    const { rows, money, table } = runAdvance([ORDERS, targets(["王", 2], ["李", 1], ["王", 3])]);
    for (const at of [2, 3]) {
      const wang = rows.find((r) => r.row === at)!;
      expect(wang.status).toBe("invalid");
      const r = reasonOf(wang, "JOIN_CONFLICT");
      // 王's targets are on rows 2 and 4 of 指标
      says(r.message, ["「指标」", "王", "自定指标", "2 (2)", "3 (4)"], ["sheet 指标", "王", "自定指标", "2 (2)", "3 (4)"]);
    }
    // 李: target 1, one car: advance 800, kept 800
    expect(money("李")).toEqual({ consultantTarget: 1, qualifiedCars: 1, advancePaid: 800, clawback: 0, kept: 800 });
    expect(table.links!.joins[0]).toMatchObject({ unmatched: 0, conflicts: 1, sideOnly: 0 });
  });

  test("a row only in the joined table is a row of its own, on that sheet, with a warning; the fill leaves it off the main sheet", () => {
    const { rows, money, table, run } = runAdvance([ORDERS, targets(["王", 2], ["李", 1], ["赵", 2])]);
    const zhao = rows.find((r) => r.sheet === "指标")!;
    expect({ row: zhao.row, status: zhao.status }).toEqual({ row: 4, status: "ok" });
    const r = reasonOf(zhao, "JOIN_NO_MAIN_ROW");
    says(r.message, ["「指标」", "赵"], ["sheet 指标", "赵"]);
    // 赵: a target of 2 and no car: the advance 1600 all goes back (docs Example 3)
    expect(money("赵")).toEqual({ consultantTarget: 2, qualifiedCars: 0, advancePaid: 1600, clawback: 1600, kept: 0 });
    expect(money("王")).toEqual({ consultantTarget: 2, qualifiedCars: 2, advancePaid: 1600, clawback: 0, kept: 1600 });
    expect(table.links!.joins[0]).toMatchObject({ unmatched: 0, conflicts: 0, sideOnly: 1 });
    expect(fillForMainSheet(table, run.plan, "zh-CN").rowNumbers).toEqual([2, 3, 4]);
  });

  test("a blank key in the joined table: JOIN_KEY_BLANK on a row of its own, naming the sheet, the cell and the key column", () => {
    const { rows, money } = runAdvance([ORDERS, targets(["王", 2], [null, 5], ["李", 1])]);
    const blank = rows.find((r) => r.sheet === "指标")!;
    expect({ row: blank.row, status: blank.status }).toEqual({ row: 3, status: "invalid" });
    const r = reasonOf(blank, "JOIN_KEY_BLANK");
    says(r.message, ["「指标」", "A3", "销售顾问"], ["sheet 指标", "A3", "销售顾问"]);
    expect(money("李")).toEqual({ consultantTarget: 1, qualifiedCars: 1, advancePaid: 800, clawback: 0, kept: 800 });
  });

  test("an unreadable value in a partner row: JOIN_PARTNER_CELL naming the sheet and the cell", () => {
    const { rows } = runAdvance([ORDERS, targets(["王", "两台"], ["李", 1])]);
    const wang = rows.find((r) => r.row === 2)!;
    const r = reasonOf(wang, "JOIN_PARTNER_CELL");
    says(r.message, ["「指标」", "B2", "两台"], ["sheet 指标", "B2", "两台"]);
  });
});

describe("stops before anything is computed", () => {
  const title = ["2012年8月客户信息收集"];
  const wide = (header: string[], ...rows: RawCell[][]): Sheet => ({ name: "信息户数", cells: [title, header, ...rows] });
  const RATES: Sheet = { name: "贡献率", cells: [["员工姓名", "考核月份", "贡献率"], ["张敏", "2012-08", "63%"]] };
  const assemble = (sheets: Sheet[], tableSheets?: Record<string, string>) => () => assembleTable(POSTAL, locateInWorkbook(POSTAL, sheets), sheets, { tableSheets });

  test("a header that looks like a week but is not (第?周): WIDE_HEADER_UNREADABLE naming the sheet, the row and the column", () => {
    const sheet = wide(["员工姓名", "考核月份", "第1周", "第?周", "第3周"], ["张敏", "2012-08", 12, 9, 15]);
    const p = problemOf(assemble([sheet, RATES]));
    expect(p.code).toBe("WIDE_HEADER_UNREADABLE");
    says(p.text, ["「信息户数」", "第 2 行", "D 列", "「第?周」"], ["of 信息户数", "row 2", "column D", "第?周"]);
  });

  test("the same week twice (第1周 and week 1): WIDE_HEADER_TWICE naming the sheet, the row, the column and both headers", () => {
    const sheet = wide(["员工姓名", "考核月份", "第1周", "第2周", "week 1"], ["张敏", "2012-08", 12, 9, 15]);
    const p = problemOf(assemble([sheet, RATES]));
    expect(p.code).toBe("WIDE_HEADER_TWICE");
    says(p.text, ["「信息户数」", "第 2 行", "E 列", "「week 1」", "「第1周」"], ["of 信息户数", "row 2", "column E", "week 1", "第1周"]);
  });

  test("a joined sheet without the keys (rates by name only, no month): JOIN_KEYS_MISSING naming the sheet, the table and the key", () => {
    const sheet = wide(["员工姓名", "考核月份", "第1周", "第2周"], ["张敏", "2012-08", 12, 9]);
    const byName: Sheet = { name: "贡献率", cells: [["员工姓名", "贡献率"], ["张敏", "63%"]] };
    const p = problemOf(assemble([sheet, byName]));
    expect(p.code).toBe("JOIN_KEYS_MISSING");
    says(p.text, ["「贡献率」", "月度客户贡献率", "月份"], ["sheet 贡献率", "Monthly contribution rates", "Month"]);
  });

  test("targets by staff number beside orders by name: JOIN_KEYS_MISSING names both keys that could serve", () => {
    const byId: Sheet = { name: "指标", cells: [["工号", "自定指标"], ["E01", 2]] };
    const p = problemOf(() => assembleTable(ADVANCE, locateInWorkbook(ADVANCE, [ORDERS, byId]), [ORDERS, byId]));
    expect(p.code).toBe("JOIN_KEYS_MISSING");
    says(p.text, ["「指标」", "自定指标", "工号或销售顾问"], ["sheet 指标", "Own targets", " or "]);
  });

  test("a sheet named for a joined table that the workbook does not have: NO_SHEET naming it and the sheets there are", () => {
    const p = problemOf(() => assembleTable(ADVANCE, locateInWorkbook(ADVANCE, [ORDERS, targets(["王", 2])]), [ORDERS, targets(["王", 2])], { tableSheets: { targets: "目标" } }));
    expect(p.code).toBe("NO_SHEET");
    says(p.text, ["「目标」", "订单", "指标"], ["named 目标", "订单", "指标"]);
  });
});
