import { locateTable } from "../../../src/taskpane/controller/locate";
import { schemeById } from "../../../src/taskpane/controller/schemes";
import { HEADERS, order } from "../../excel/data";

/**
 * mobile-retention by docs/presets/mobile-retention.md: 王丽 (营业员) 8 counted households in 2016-01, 5 of them due
 * targets (1 unit each) and 3 not (0.5): 6.5 units, 5×20 + 3×40 = 220 yuan; a 9th order of hers is a secondary card
 * (excluded, SECONDARY_CARD). 李强 (网格经理) 1 due household: 1 unit, 20 yuan. One order has the impossible date
 * 2016-13-45 (invalid). 11 rows: 9 counted, 1 excluded, 1 invalid; 240 yuan in all.
 */
export function handSheet() {
  return [
    ["2016年1月 购机送费明细"],
    [],
    HEADERS,
    ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, i < 5)),
    order("王丽", "营业员", 9, true, { 是否副卡: "是" }),
    order("李强", "网格经理", 12, true),
    order("张敏", "营业员", 13, true, { 办理日期: "2016-13-45" }),
  ];
}

/** The hand sheet as the pane locates it. */
export function handTable() {
  const cells = handSheet();
  const width = Math.max(...cells.map((l) => l.length));
  const snapshot = { sheet: "明细", cells: cells.map((l) => Array.from({ length: width }, (_, c) => l[c] ?? null)), lastRow: cells.length, lastColumn: width - 1, table: null, someRowsHidden: false };
  const scheme = schemeById("mobile-retention");
  return { scheme, table: locateTable(scheme, snapshot), snapshot };
}
