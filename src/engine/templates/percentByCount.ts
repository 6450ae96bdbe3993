/**
 * The percent-by-count form: per person and month, count the rows that count; the count sets a rate, and the rate
 * applies to the month's whole amount of those rows (not band by band). The rate is the band's own (「5套以上按0.5%」)
 * or, as sales-office-old-new writes it, the band's rate for each unit (「1套0.5%，2套1%，以此类推」). Each row carries its
 * part of the month's award, in proportion to its amount. Builds the rule shape of the percent-by-count template.
 */
import { ColumnNames } from "./columns";
import type { FormValues, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { cellNumber, choiceOf, declareSlots, exclusionSteps, fieldsOf, filledRows, formDocument, personLevel } from "./shared";

const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const PERCENT_BY_COUNT_FORM: TemplateForm = {
  id: "percent-by-count",
  title: both("按数量定比例提成", "A percentage, its rate set by the count"),
  summary: both("每人每月数计奖的行数，按数量定提成比例，比例乘以这些行的金额合计（整笔适用，不分段）。", "Per person and month, the count of rows that count sets a rate, applied to the whole amount of those rows (not band by band)."),
  choices: [
    {
      key: "rate",
      label: both("比例的算法", "How the rate is set"),
      options: [
        { value: "perUnit", label: both("所在档的比例 × 件数（如 1 件 0.5%，2 件 1%……）", "The band's rate × the count (such as 1 unit 0.5%, 2 units 1% …)") },
        { value: "band", label: both("按所在档的比例（如 5 件以上 0.5%）", "The band's rate (such as 0.5% from 5 units)") },
      ],
    },
  ],
  columns: [
    { key: "person", label: both("姓名", "Name"), kind: "text", required: true, usual: ["姓名", "人员", "员工姓名", "业务员", "老员工"] },
    { key: "staffId", label: both("工号（可选）", "Staff ID (optional)"), kind: "text", required: false, usual: ["工号", "员工编号"] },
    { key: "date", label: both("日期", "Date"), kind: "date", required: true, usual: ["日期", "成交日期", "办理日期"] },
    { key: "amount", label: both("金额", "Amount"), kind: "money", required: true, usual: ["金额", "成交金额", "成交价"] },
  ],
  tables: [
    {
      id: "rates",
      label: both("比例", "Rates"),
      hint: both(
        "从少到多：件数达到「件数从」（含）即按本行的比例，直到下一行；不到第一行的件数没有提成。比例写 0.5% 或 0.005。",
        "From the fewest: a count from the row's number (included) takes its rate, up to the next row; a count below the first row earns nothing. Write 0.5% or 0.005.",
      ),
      columns: [
        { key: "from", label: both("件数从", "From (units)"), kind: "number", width: 5 },
        { key: "rate", label: both("比例", "Rate"), kind: "number", width: 5 },
      ],
      minRows: 1,
    },
  ],
};

/** the rate bands over the count: nothing below the first row's count, then each row up to the next */
function rateBands(values: FormValues, problems: FormProblem[]): { from?: number; to?: number; value: number }[] {
  const [fromCol, rateCol] = PERCENT_BY_COUNT_FORM.tables[0].columns;
  const rows = filledRows(values, "rates");
  const read = rows.map(({ row, cells }) => ({ row, from: cellNumber("rates", row, fromCol, cells[0] ?? "", problems), rate: cellNumber("rates", row, rateCol, cells[1] ?? "", problems) }));
  if (!rows.length) problems.push(problem("CELL_MISSING", { kind: "table", table: "rates", row: 1, column: "from" }, { row: 1, what: fromCol.label }));
  read.forEach((r, i) => {
    const before = read[i - 1]?.from;
    const wrong = typeof r.from === "number" && (r.from < 0 || (typeof before === "number" && r.from <= before));
    if (wrong) problems.push(problem("BANDS_ORDER", { kind: "table", table: "rates", row: r.row, column: "from" }, { row: r.row }));
  });
  if (problems.length) return [];
  const bands = read.map((r, i) => ({ from: r.from as number, ...(i + 1 < read.length ? { to: read[i + 1].from as number } : {}), value: r.rate as number }));
  return bands[0].from > 0 ? [{ to: bands[0].from, value: 0 }, ...bands] : bands;
}

export function buildPercentByCount(values: FormValues, sheetHeaders: readonly string[] | null = null): { document: Record<string, unknown> } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const perUnit = choiceOf(PERCENT_BY_COUNT_FORM, values, "rate", problems) === "perUnit";
  const bands = rateBands(values, problems);
  const names = new ColumnNames();
  declareSlots(PERCENT_BY_COUNT_FORM, values, names, problems);
  const exclusions = exclusionSteps(values, names, sheetHeaders, problems);
  if (problems.length) return { problems };
  const scope = "personMonth";
  const rate = perUnit
    ? { expr: "units * bandRate", explain: both("每件比例 {bandRate} × {units}件 = {value}", "rate per unit {bandRate} × {units} units = {value}") }
    : { expr: "bandRate", explain: both("{units}件所在档的比例 = {value}", "the rate of the band holding {units} units = {value}") };
  const document = formDocument(PERCENT_BY_COUNT_FORM, values, both("由「新建方案」表单生成：按数量定比例提成", "Built with the New scheme form: a percentage, its rate set by the count"), {
    title: both("明细", "Rows"),
    fields: fieldsOf(PERCENT_BY_COUNT_FORM, values, names),
    levels: [personLevel("month(date)")],
    steps: [
      ...exclusions,
      { name: "units", kind: "aggregate", scope, op: "count", title: both("计奖数量", "Units counted"), unit: both("件", "units") },
      { name: "amountTotal", kind: "aggregate", scope, op: "sum", of: "amount", title: both("金额合计", "Amount total"), unit: both("元", "yuan") },
      { name: "bandRate", kind: "slab", scope, input: "units", bands, title: perUnit ? both("每件比例", "Rate per unit") : both("档位比例", "Band rate") },
      { name: "rate", kind: "expr", scope, ...rate, title: both("提成比例", "Rate") },
      { name: "award", kind: "expr", scope, expr: "rate * amountTotal", title: both("提成", "Commission"), unit: both("元", "yuan"), explain: both("{rate} × {amountTotal}元 = {value}元", "{rate} × {amountTotal} yuan = {value} yuan") },
      // each row's part, in proportion to its amount, so the rows add up exactly to the month's award
      { name: "rowSplit", kind: "share", scope, pool: "award", weight: "amount", attributeTo: "rowAward", title: both("按行分摊", "Split over the rows"), unit: both("元", "yuan") },
    ],
    outputs: {
      row: [{ name: "rowAward", title: both("提成(元)", "Commission (yuan)"), type: "money" }],
      personMonth: [
        { name: "units", title: both("计奖数量", "Units counted"), type: "count" },
        { name: "amountTotal", title: both("金额合计(元)", "Amount total (yuan)"), type: "money" },
        { name: "rate", title: both("提成比例", "Rate"), type: "rate" },
        // the amount total is money too: the award is what is paid
        { name: "award", title: both("提成合计(元)", "Commission total (yuan)"), type: "money", total: true },
      ],
    },
    order: ["date"],
  });
  return { document };
}
