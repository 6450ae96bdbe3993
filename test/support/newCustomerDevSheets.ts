// new-customer-dev's three parts on three sheets, as the person-total tests of the CLI and the pane use them.
// By hand (docs/presets/new-customer-dev.md): 王 3000 (customer 甲, examples 1) + 0 (90 000 below 100 000) − 500
// (example 8) = 2500; 赵 0 + 3000 (example 9) + 0 = 3000.
export const CUSTOMERS = [
  ["主责业务员", "部门", "客户", "首单进货日期", "月份", "销售额", "非****产品占比", "平均毛利点", "是否指定系列产品"],
  ...[60000, 45000, 50000, 20000, 0, 0].map((sales, k) => ["王", "大客户部", "甲", "2016-03-10", `2016-0${3 + k}`, sales, "60%", "18%", "是"]),
];
export const DIRECT = [
  ["主责业务员", "月份", "月销售总金额", "平均毛利点"],
  ["王", "2016-05", 90000, "16%"],
  ["赵", "2016-05", 120000, "16%"],
  ["赵", "2016-06", 130000, "17%"],
];
export const PENALTY = [
  ["主责业务员", "是否完成开发任务", "六个月销售额", "规定任务量"],
  ["王", "否", 359999, 600000],
  ["赵", "是", 800000, 600000],
];

/** The parameters the three parts need (docs/presets/new-customer-dev.md), as the pane and the CLI take them. */
export const PARAMS: Record<string, string> = {
  schemeStart: "2016-01-01",
  keyT1: "50000",
  mktT1: "30000",
  keyMinMargin: "0.15",
  mktMinMargin: "0.15",
  directThreshold: "100000",
  directMinMargin: "0.15",
};
