import { loadScheme, locateInWorkbook, parseParamAssignments, runChecked, SchemeError } from "../../src/engine";
import { getPreset } from "../../src/schemes";

// Review of src/engine/report/payOutput.ts: the money a level's groups are paid is the output flagged `total`, else
// its only money output. new-customer-dev's customer window (docs/presets/new-customer-dev.md Example 1): first
// tranche 1000, second tranche 2000, reward 3000 (the output flagged total).

const PARAMS = parseParamAssignments(["schemeStart=2016-01-01", "keyT1=50000", "mktT1=30000", "keyMinMargin=0.15", "mktMinMargin=0.15", "directThreshold=100000", "directMinMargin=0.15"]);
const CUSTOMERS = [
  ["主责业务员", "部门", "客户", "首单进货日期", "月份", "销售额", "非****产品占比", "平均毛利点", "是否指定系列产品"],
  ...[60000, 45000, 50000, 20000, 0, 0].map((sales, k) => ["王", "大客户部", "甲", "2016-03-10", `2016-0${3 + k}`, sales, "60%", "18%", "是"]),
];

/** new-customer-dev with the first tranche flagged `total` too (a team's edit of the preset). */
function twoTotals(): unknown {
  const doc = JSON.parse(JSON.stringify(getPreset("new-customer-dev"))) as { parts: { outputs: Record<string, { name: string; total?: boolean }[]> }[] };
  doc.parts[0].outputs.customerWindow.find((o) => o.name === "tranche1")!.total = true;
  return doc;
}

test("the preset as it is: the summary's total is the reward, 3000", () => {
  const scheme = getPreset("new-customer-dev")!;
  const table = locateInWorkbook(scheme, [{ name: "客户进货", cells: CUSTOMERS }], { part: "customers" });
  expect(runChecked(scheme, { table, params: PARAMS }, "zh-CN").plan.stats.total).toBe(3000);
});

// correct: two outputs of one level flagged `total` is refused by the validator (which one is paid is not known);
// here the document loads and payOutputOf silently takes the first flagged, so the summary's grand total, the
// headline and the statements say 1000 (the first tranche) where the reward is 3000
test("a level with two outputs flagged total is refused, not paid by the first one", () => {
  let refused = false;
  try {
    const scheme = loadScheme(twoTotals());
    const table = locateInWorkbook(scheme, [{ name: "客户进货", cells: CUSTOMERS }], { part: "customers" });
    expect(runChecked(scheme, { table, params: PARAMS }, "zh-CN").plan.stats.total).toBe(3000);
  } catch (e) {
    if (!(e instanceof SchemeError)) throw e;
    refused = true;
  }
  expect(refused).toBe(true);
});
