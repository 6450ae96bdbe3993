import { assembleTable, fillForMainSheet, locateInWorkbook, RunProblem, runChecked } from "../../src/engine";
import type { FieldDef, RawCell } from "../../src/engine";
import { readAcross } from "../../src/engine/tables";
import { getPreset } from "../../src/schemes";

// Review of src/engine/tables (wide tables read long, the fill projected back to the main sheet). postal-client-
// maintenance by hand from docs/presets/postal-client-maintenance.md: 信息量得分 = households in the month ÷ 50 × 50,
// 贡献率得分 = rate ÷ 70 % × 50, total = the two; 张敏 collects 12 + 9 + 15 + 14 = 50 households at 63 %: 50 + 45 = 95.

interface Sheet {
  name: string;
  cells: RawCell[][];
}

const POSTAL = getPreset("postal-client-maintenance")!;
const RATES: Sheet = { name: "贡献率", cells: [["员工姓名", "考核月份", "贡献率"], ["张敏", "2012-08", "63%"], ["李四", "2012-08", "70%"]] };

function run(main: Sheet) {
  const sheets = [main, RATES];
  const table = assembleTable(POSTAL, locateInWorkbook(POSTAL, sheets), sheets);
  const checked = runChecked(POSTAL, { table, params: {} }, "zh-CN");
  return { table, checked };
}

describe("week columns headed by a bare number beside 第1周 (wideHeader.ts: a bare number is no week)", () => {
  test("第1周 … 第4周: 50 households, total 95", () => {
    const { checked } = run({ name: "信息户数", cells: [["员工姓名", "考核月份", "第1周", "第2周", "第3周", "第4周"], ["张敏", "2012-08", 12, 9, 15, 14]] });
    const g = checked.result.groups("person")[0];
    expect([g.outputs.monthHouseholds.value, g.outputs.total.value]).toEqual([50, 95]);
  });

  // correct: 2, 3, 4 beside 第1周 look like weeks: read as weeks 2–4 or the run stops (WIDE_HEADER_UNREADABLE); here
  // they are "unused columns", 张敏 is scored on week 1 alone (12 households, total 57 instead of 95), row ok
  test("第1周, 2, 3, 4: weeks 2–4 are not silently left out", () => {
    let households: unknown = "refused";
    try {
      const { checked } = run({ name: "信息户数", cells: [["员工姓名", "考核月份", "第1周", 2, 3, 4], ["张敏", "2012-08", 12, 9, 15, 14]] });
      households = checked.result.groups("person")[0].outputs.monthHouseholds.value;
    } catch (e) {
      // a refusal naming the header is the other correct answer
      if (!(e instanceof RunProblem)) throw e;
    }
    expect(["refused", 50]).toContain(households);
  });
});

describe("a month-wide table's numeric headers (wideHeader.ts reads any number as an Excel date serial)", () => {
  const month = { key: "yearMonth", type: "month", title: { "zh-CN": "月份", "en-US": "Month" }, headers: [] } as unknown as FieldDef;

  test("a date cell's serial (42491 = 2016-05-01) is May 2016", () => {
    expect(readAcross(month, 42491)).toEqual({ value: "2016-05" });
  });

  // correct: a header 5 (a month typed without its year, as 5月 is) names no year-month: unreadable, as the docs say
  // of 5月; here it is the month 1900-01, and a lone such column is read as data of January 1900
  test("a header typed as the number 5 is not the month 1900-01", () => {
    expect(readAcross(month, 5)).toBe("unreadable");
  });
});

describe("the fill of a wide row whose weeks give the same amount (fillRows.ts `merged`)", () => {
  // 李四: 12 households in each of four weeks, 48 in the month. The main sheet's row holds the four weeks; Jili's
  // column 收集客户信息户数 on that row shows one value because the weeks agree.
  const main: Sheet = { name: "信息户数", cells: [["员工姓名", "考核月份", "第1周", "第2周", "第3周", "第4周"], ["李四", "2012-08", 12, 12, 12, 12]] };

  // correct (for counts and money, which add up): the row shows each week (第1周：12；…) or their sum 48, so that the
  // column on the sheet adds up to the summary; showing 12 for a row worth 48 reads as the row's amount
  test("an additive output is not shown as one week's value for the whole row", () => {
    const { table, checked } = run(main);
    const fill = fillForMainSheet(table, checked.plan, "zh-CN");
    const column = fill.columns.find((c) => c.header.includes("收集客户信息户数"))!;
    expect(column.values).not.toEqual([12]);
  });
});

describe("a large wide table (melt.ts: Math.max over a spread of every row)", () => {
  // 150,000 person-months of weekly counts (the engine is benchmarked at 1,000,000 rows)
  const cells: RawCell[][] = [["员工姓名", "考核月份", "第1周", "第2周"]];
  for (let i = 0; i < 150_000; i++) cells.push([`p${i}`, "2012-08", 10, 11]);

  // read long like a smaller one (meltWide once spread every row into Math.max: RangeError)
  test("150,000 wide rows are read long without a RangeError", () => {
    const sheets = [{ name: "信息户数", cells }, RATES];
    const table = assembleTable(POSTAL, locateInWorkbook(POSTAL, sheets), sheets);
    // two long rows per sheet row; the rates sheet's own people (none of p0…) are kept after them as rows of their own
    expect(table.links!.rowSheets.filter((s) => s === null).length).toBe(300_000);
  });
});
