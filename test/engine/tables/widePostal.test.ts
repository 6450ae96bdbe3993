import { assembleTable, fillForMainSheet, locateInWorkbook, runChecked } from "../../../src/engine";
import type { RawCell } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";
import { inputCell, readSpecExamples, SpecExample } from "../../support/presetSpec";
import { checkGroups, checkRows } from "../../docs/specCompare";
import type { Sheet } from "./splitExample";

// Issue 17 item 4: the postal scheme as the branch keeps it — one row per person and month with a column per week
// (员工姓名, 考核月份, 第1周 … 第5周) and the month's contribution rate on a sheet of its own. Built from the page's
// worked examples that have weekly rows (docs/presets/postal-client-maintenance.md), it must give the page's values,
// whichever way the week columns are spelt.

const ID = "postal-client-maintenance";
const scheme = getPreset(ID)!;
const weekly = readSpecExamples(ID).filter((ex) => ex.input.header.includes("周次"));

const ZH = ["", "一", "二", "三", "四", "五"];
const SPELLINGS: Record<string, (n: number) => string> = {
  第1周: (n) => `第${n}周`,
  第一周: (n) => `第${ZH[n]}周`,
  "week 1": (n) => `week ${n}`,
  W1: (n) => `W${n}`,
  mixed: (n) => [`第${n}周`, `第${ZH[n]}周`, `Week ${n}`, `W${n}`, `${n}周`][n - 1],
};

/** The week number of a 周次 cell of the page (第1周). */
const weekOf = (text: string) => Number(/^第(\d)周$/.exec(text)![1]);

/** The example's weekly rows as one wide row per person and month, and its rates on a sheet of their own. */
function wideSheets(ex: SpecExample, spell: (n: number) => string): { main: Sheet; rates: Sheet } {
  const col = (h: string) => ex.input.header.indexOf(h);
  const [name, month, week, count, rate] = ["姓名", "月份", "周次", "收集客户信息户数", "贡献率"].map(col);
  const people = new Map<string, { name: string; month: string; weeks: RawCell[]; rate: RawCell }>();
  for (const cells of ex.input.rows.map((r) => r.map(inputCell))) {
    const key = `${cells[name]}|${cells[month]}`;
    const p = people.get(key) ?? { name: String(cells[name]), month: String(cells[month]), weeks: [null, null, null, null, null], rate: null };
    p.weeks[weekOf(String(cells[week])) - 1] = cells[count];
    if (cells[rate] !== null) p.rate = cells[rate];
    people.set(key, p);
  }
  const weeks = [1, 2, 3, 4, 5].map(spell);
  return {
    main: { name: "信息户数", cells: [["员工姓名", "考核月份", ...weeks], ...[...people.values()].map((p) => [p.name, p.month, ...p.weeks])] },
    rates: { name: "贡献率", cells: [["员工姓名", "考核月份", "贡献率"], ...[...people.values()].map((p) => [p.name, p.month, p.rate])] },
  };
}

test("the page has a worked example with weekly rows", () => {
  expect(weekly.length).toBeGreaterThan(0);
});

describe.each(Object.entries(SPELLINGS))("weeks headed %s", (_label, spell) => {
  test.each(weekly.flatMap((ex) => [false, true].map((reversed) => [`${ex.title}${reversed ? " (rates sheet first)" : ""}`, ex, reversed] as const)))("%s", (_title, ex, reversed) => {
    const { main, rates } = wideSheets(ex, spell);
    const sheets = reversed ? [rates, main] : [main, rates];
    const located = locateInWorkbook(scheme, sheets);
    expect(located.sheet).toBe(main.name);
    const table = assembleTable(scheme, located, sheets);
    const links = table.links!;
    // weeks 1–4 entered, week 5 blank: four long rows, all on the wide row's sheet row 2
    const entered = ex.input.rows.map((r) => weekOf(r[ex.input.header.indexOf("周次")]));
    expect(links.wide?.map((w) => w.header)).toEqual([1, 2, 3, 4, 5].map(spell));
    expect(links.rowLabels).toEqual(entered.map(spell));
    expect(table.rowNumbers).toEqual(entered.map(() => 2));
    expect(links.joins.map((j) => ({ sheet: j.sheet, unmatched: j.unmatched, conflicts: j.conflicts, sideOnly: j.sideOnly }))).toEqual([{ sheet: rates.name, unmatched: 0, conflicts: 0, sideOnly: 0 }]);

    const run = runChecked(scheme, { table, params: ex.params }, "zh-CN");
    // the page's row r is the long row of its week
    const indexOf = (r: number) => links.rowLabels.indexOf(spell(entered[r - 1]));
    if (ex.rows) expect(checkRows(run.result, ex.rows, indexOf)).toBe(ex.rows.rows.length);
    for (const g of ex.groups) checkGroups(run.result, g.level, g.table);

    // the fill writes one sheet row for the wide row
    const fill = fillForMainSheet(table, run.plan, "zh-CN");
    expect(fill.rowNumbers).toEqual([2]);
  });
});

test("a 合计 column and a note headed 周报备注 beside the weeks are not weeks: the page's values stand", () => {
  for (const ex of weekly) {
    const { main, rates } = wideSheets(ex, SPELLINGS["第1周"]);
    // the clerk's month total (12 + 9 + 15 + 14 = 50 for 张敏) and a note column
    const [header, ...rows] = main.cells;
    const withTotal: Sheet = {
      name: main.name,
      cells: [[...header, "合计", "周报备注"], ...rows.map((r) => [...r, r.slice(2).reduce<number>((a, c) => a + (c === null ? 0 : Number(c)), 0), "第2周客户外出"])],
    };
    const sheets = [withTotal, rates];
    const table = assembleTable(scheme, locateInWorkbook(scheme, sheets), sheets);
    expect(table.links!.wide!.map((w) => w.header)).toEqual(["第1周", "第2周", "第3周", "第4周", "第5周"]);
    const run = runChecked(scheme, { table, params: ex.params }, "zh-CN");
    for (const g of ex.groups) checkGroups(run.result, g.level, g.table);
    expect(run.columns.unused.map((u) => u.header).sort()).toEqual(["合计", "周报备注"].sort());
  }
});

test("the month on the rates sheet may be written another way (2012年8月 beside 2012-08)", () => {
  for (const ex of weekly) {
    const { main, rates } = wideSheets(ex, SPELLINGS["第1周"]);
    const written: Sheet = { name: rates.name, cells: rates.cells.map((r, i) => (i === 0 ? r : [r[0], String(r[1]).replace(/^(\d{4})-0?(\d+)$/, "$1年$2月"), r[2]])) };
    expect(written.cells[1][1]).toBe("2012年8月");
    const sheets = [main, written];
    const table = assembleTable(scheme, locateInWorkbook(scheme, sheets), sheets);
    expect(table.links!.joins[0]).toMatchObject({ unmatched: 0, sideOnly: 0 });
    const run = runChecked(scheme, { table, params: ex.params }, "zh-CN");
    for (const g of ex.groups) checkGroups(run.result, g.level, g.table);
  }
});
