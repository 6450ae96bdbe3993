import { dataHash, locateInWorkbook, parseParamAssignments, rulesHash, runChecked } from "../../src/engine";
import type { RawCell } from "../../src/engine";
import { getPreset } from "../../src/schemes";

// Review of src/engine/report/runStamp.ts and its use in runChecked: the pane compares a written result's stamp
// (rules hash, data hash) with a run now to say the result is stale (taskpane/controller/freshness.ts), so two runs
// whose results differ must not carry the same stamp. new-customer-dev's direct sales, by hand from
// docs/presets/new-customer-dev.md: a month of 120,000 at 16 % on or after the scheme start (2016-01) meets the
// standard and earns the one-time 3000; a month before the start is excluded (BEFORE_SCHEME_START) and earns 0.

const scheme = getPreset("new-customer-dev")!;
const BASE = ["schemeStart=2016-01-01", "keyT1=50000", "mktT1=30000", "keyMinMargin=0.15", "mktMinMargin=0.15", "directThreshold=100000", "directMinMargin=0.15"];

function direct(cells: RawCell[][], params: Record<string, unknown>, columns?: Record<string, string>) {
  const table = locateInWorkbook(scheme, [{ name: "直营部", cells }], { part: "direct" });
  const run = runChecked(scheme, { table, params, columns, stamp: { hashData: true } }, "zh-CN");
  const award = run.result.groups("seller").find((g) => g.key.person === "赵")!.outputs.directAward.value;
  return { award, stamp: { rules: run.stamp.rules, data: run.stamp.data } };
}

describe("the stamp tells apart runs whose results differ", () => {
  // a sheet with no 月份 column: the month is the period parameter (`--param period=…`, the pane's period field)
  const noMonth: RawCell[][] = [["主责业务员", "月销售总金额", "平均毛利点"], ["赵", 120000, "16%"]];

  // correct: the period stands for a column of the data, so it is in the data hash (or the rules hash); here
  // runChecked and freshness.ts both leave it out, and a fill made for 2015-12 still looks fresh for 2016-05
  test("period 2015-12 (award 0) and period 2016-05 (award 3000) carry different stamps", () => {
    const dec = direct(noMonth, parseParamAssignments([...BASE, "period=2015-12"]));
    const may = direct(noMonth, parseParamAssignments([...BASE, "period=2016-05"]));
    expect([dec.award, may.award]).toEqual([0, 3000]);
    expect(may.stamp).not.toEqual(dec.stamp);
  });

  // a sheet with this month's and last month's totals: which column is 月销售总金额 is the clerk's choice
  const twoColumns: RawCell[][] = [["主责业务员", "月份", "月销售总金额", "上月销售总金额", "平均毛利点"], ["赵", "2016-05", 120000, 90000, "16%"]];

  // correct: the columns chosen for the fields are part of what the result was computed from; here the stamp is
  // the same whichever column is read, so a fill made from 上月销售总金额 looks fresh after the choice is corrected
  test("reading 月销售总金额 (award 3000) or, chosen by hand, 上月销售总金额 (award 0) carries different stamps", () => {
    const own = direct(twoColumns, parseParamAssignments(BASE));
    const chosen = direct(twoColumns, parseParamAssignments(BASE), { monthlySales: "上月销售总金额" });
    expect([own.award, chosen.award]).toEqual([3000, 0]);
    expect(chosen.stamp).not.toEqual(own.stamp);
  });
});

describe("the stamp is stable (checked sound)", () => {
  test("the same scheme and parameters in another key order hash the same; another value does not", () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    const reordered = reverseKeys(scheme) as typeof scheme;
    expect(Object.keys(reordered)).toEqual(Object.keys(scheme).reverse());
    const params = { keyT1: 50000, schemeStart: "2016-01-01" };
    expect(rulesHash(reordered, { params: { schemeStart: "2016-01-01", keyT1: 50000 } })).toBe(rulesHash(scheme, { params }));
    expect(rulesHash(scheme, { params: { ...params, keyT1: 50001 } })).not.toBe(rulesHash(scheme, { params }));
  });

  test("the same rows hash the same across runs; a changed cell or a moved cell does not", () => {
    const rows: RawCell[][] = [["赵", 120000, "16%"], ["王", 90000, new Date(Date.UTC(2016, 4, 1))]];
    const h = ["主责业务员", "月销售总金额", "平均毛利点"];
    expect(dataHash(h, rows)).toBe(dataHash([...h], rows.map((r) => [...r])));
    expect(dataHash(h, [rows[0], ["王", 90001, rows[1][2]]])).not.toBe(dataHash(h, rows));
    expect(dataHash(h, [["赵", 120000], ["16%", "王", 90000]])).not.toBe(dataHash(h, [["赵", 120000, "16%"], ["王", 90000]]));
  });
});
