import { assembleTable, fillForMainSheet, locateInWorkbook, runChecked } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";
import { readSpecExamples } from "../../support/presetSpec";
import { wholeSheet } from "./splitExample";
import type { Sheet } from "./splitExample";

// Issue 17 item 4: car-launch-first's roster on a sheet of its own (名单). The ten launch orders of
// docs/presets/car-launch-first.md (examples 1–4: A 4, B 3, C 2, D 1) on the main sheet. The page's Readings: the
// bottom-two ranking covers the consultants on the roster and those with a launch order; everyone with at most the
// count of the consultant in second-lowest place gets 500 a car instead of 1000.

const ID = "car-launch-first";
const scheme = getPreset(ID)!;
const example1 = readSpecExamples(ID)[0];
const PARAMS = example1.params;
const orders = wholeSheet(example1, "订单");
const roster = (...names: string[]): Sheet => ({ name: "名单", cells: [["销售顾问"], ...names.map((n) => [n])] });

function run(sheets: Sheet[]) {
  const table = assembleTable(scheme, locateInWorkbook(scheme, sheets), sheets);
  const checked = runChecked(scheme, { table, params: PARAMS }, "zh-CN");
  const group = (who: string) => checked.result.groups("consultant").find((g) => g.key.consultant === who)!;
  const out = (who: string) => Object.fromEntries(["launchOrders", "isBottomTwo", "perCarTotal", "total"].map((k) => [k, group(who).outputs[k].value]));
  return { table, checked, out };
}

test("the page's first example holds the ten orders of A–D", () => {
  expect(orders.cells.length).toBe(11);
  expect(example1.title).toContain("Example 1");
});

test("a consultant on the roster with no order is ranked with 0: E and D are the bottom two, C is paid 1000 a car", () => {
  for (const sheets of [[orders, roster("A", "B", "C", "D", "E")], [roster("E", "D", "C", "B", "A"), orders]]) {
    const { table, checked, out } = run(sheets);
    expect(table.sheet).toBe("订单");
    // A: 3000 in prizes + 4 × 1000 (docs Example 1); B: 2 cars in the week × 1000 (Example 2)
    expect(out("A")).toEqual({ launchOrders: 4, isBottomTwo: false, perCarTotal: 4000, total: 7000 });
    expect(out("B")).toEqual({ launchOrders: 3, isBottomTwo: false, perCarTotal: 2000, total: 2000 });
    // C's two cars (days 3 and 6) at 1000: C is no longer in the bottom two; D's one car at 500; E nothing
    expect(out("C")).toEqual({ launchOrders: 2, isBottomTwo: false, perCarTotal: 2000, total: 2000 });
    expect(out("D")).toEqual({ launchOrders: 1, isBottomTwo: true, perCarTotal: 500, total: 500 });
    expect(out("E")).toEqual({ launchOrders: 0, isBottomTwo: true, perCarTotal: 0, total: 0 });
    // E is a row of the roster sheet: a roster entry, without a warning (it is what a roster is for)
    const e = checked.result.rows().filter((r) => r.sheet === "名单");
    const eRow = sheets[0] === orders ? 6 : 2;
    expect(e.map((r) => ({ row: r.row, status: r.status, codes: r.reasons.map((x) => x.code), warnings: r.warnings.map((x) => x.code) }))).toEqual([
      { row: eRow, status: "excluded", codes: ["ROSTER_ENTRY"], warnings: [] },
    ]);
    // the fill writes the ten order rows only
    expect(fillForMainSheet(table, checked.plan, "zh-CN").rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  }
});

test("a consultant with orders who is missing from the roster is warned (JOIN_NO_PARTNER) and still paid", () => {
  const { checked, out } = run([orders, roster("A", "B", "C")]);
  // D's order is on sheet row 11 (the tenth order)
  const d = checked.result.rows().find((r) => r.row === 11 && !r.sheet)!;
  expect(d.status).toBe("ok");
  const w = d.warnings.find((x) => x.code === "JOIN_NO_PARTNER")!;
  expect(w.message["zh-CN"]).toContain("「名单」");
  expect(w.message["zh-CN"]).toContain("D");
  expect(w.message["en-US"]).toContain("sheet 名单");
  // the ranking is the page's: D (1) and C (2) are the bottom two (Examples 3 and 4)
  expect(out("C")).toEqual({ launchOrders: 2, isBottomTwo: true, perCarTotal: 1000, total: 1000 });
  expect(out("D")).toEqual({ launchOrders: 1, isBottomTwo: true, perCarTotal: 500, total: 500 });
});

test("a roster is found by its sheet's name: under another name it is not used", () => {
  const other: Sheet = { ...roster("A", "B", "C", "D", "E"), name: "Sheet2" };
  const { table, out } = run([orders, other]);
  expect(table.links?.joins ?? []).toEqual([]);
  expect(out("C")).toEqual({ launchOrders: 2, isBottomTwo: true, perCarTotal: 1000, total: 1000 });
});
