/**
 * The rank-awards form: places 1, 2, 3 … earn the amounts listed. What is ranked is either each row on its own (each
 * launch-day order, car-launch-ladder) or each person's total (a month's results, the rank-awards template); by the
 * highest, the lowest or the earliest; ties share the place, or go by sheet order with a warning. Builds the rule
 * shape of the rank-awards template document.
 */
import { ColumnNames } from "./columns";
import type { ColumnSlot, FormValues, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { cellNumber, choiceOf, declareSlots, exclusionSteps, fieldsOf, filledRows, formDocument, headerOf, personLevel } from "./shared";

const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const RANK_AWARDS_FORM: TemplateForm = {
  id: "rank-awards",
  title: both("按名次奖励", "Rank awards"),
  summary: both("按排名依据排出名次，第 1、2、3……名得表中的金额；名次之后的不得奖。", "Places are set by the ranking column; places 1, 2, 3 … earn the amounts listed, later places nothing."),
  choices: [
    {
      key: "ranked",
      label: both("给谁排名次", "What is ranked"),
      options: [
        { value: "rows", label: both("每一行各占一个名次（如每张订单）", "Each row takes a place of its own (such as each order)") },
        { value: "people", label: both("每人合计后排名（如每人当月的业绩）", "Each person's total (such as a person's month)") },
      ],
    },
    {
      key: "order",
      label: both("排名依据的顺序", "Order of the ranking column"),
      options: [
        { value: "highest", label: both("数值大的在前", "The highest first") },
        { value: "lowest", label: both("数值小的在前", "The lowest first") },
        { value: "earliest", label: both("时间早的在前（先到先得）", "The earliest time first (first come, first served)") },
      ],
    },
    {
      key: "ties",
      label: both("并列时", "Ties"),
      options: [
        { value: "share", label: both("同名次，各得该名次的金额，其后名次顺延", "Share the place, each earns its amount; the next place is skipped") },
        { value: "sheet", label: both("按表格中的先后排定，并提示复核", "Placed in sheet order, flagged for a check") },
      ],
    },
  ],
  columns: [
    { key: "person", label: both("姓名", "Name"), kind: "text", required: true, usual: ["姓名", "人员", "员工姓名", "业务员", "销售顾问", "团队"] },
    { key: "staffId", label: both("工号（可选）", "Staff ID (optional)"), kind: "text", required: false, usual: ["工号", "员工编号"] },
    { key: "measure", label: both("排名依据", "Ranking column"), kind: "number", required: true, usual: ["业绩", "完成台数", "销售额", "订车时间"] },
    {
      key: "yearMonth",
      label: both("月份（可选：每月分别排名）", "Month (optional: ranked month by month)"),
      kind: "month",
      required: false,
      usual: ["月份", "考核月份"],
      hint: both("不选则整张表一起排名（如一次上市会）", "Without it the whole sheet is ranked at once (such as one launch event)"),
    },
  ],
  tables: [
    {
      id: "prizes",
      label: both("名次奖金", "Prizes by place"),
      hint: both("第 1 行是第 1 名的金额，第 2 行是第 2 名的，依次类推；表中没有的名次不得奖。", "Row 1 is the 1st place's amount, row 2 the 2nd's, and so on; a place beyond the table earns nothing."),
      columns: [{ key: "amount", label: both("金额(元)", "Yuan"), kind: "number", width: 6 }],
      minRows: 1,
    },
  ],
};

const TIE_CODE = "TIE_BY_ROW_ORDER";

function prizes(values: FormValues, problems: FormProblem[]): number[] {
  const col = RANK_AWARDS_FORM.tables[0].columns[0];
  const rows = filledRows(values, "prizes");
  if (!rows.length) problems.push(problem("CELL_MISSING", { kind: "table", table: "prizes", row: 1, column: "amount" }, { row: 1, what: col.label }));
  return rows.flatMap(({ row, cells }) => {
    const n = cellNumber("prizes", row, col, cells[0] ?? "", problems);
    return typeof n === "number" ? [n] : [];
  });
}

export function buildRankAwards(values: FormValues, sheetHeaders: readonly string[] | null = null): { document: Record<string, unknown> } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const [rankedSpec, orderSpec] = RANK_AWARDS_FORM.choices ?? [];
  const people = choiceOf(RANK_AWARDS_FORM, values, "ranked", problems) === "people";
  const order = choiceOf(RANK_AWARDS_FORM, values, "order", problems);
  const share = choiceOf(RANK_AWARDS_FORM, values, "ties", problems) === "share";
  // a total of times means nothing: people are ranked by a number
  if (people && order === "earliest") problems.push(problem("CHOICES_CONFLICT", { kind: "choice", key: "order" }, { what: rankedSpec.options[1].label, value: orderSpec.options[2].label }));
  const amounts = prizes(values, problems);
  // the ranking column is read as the order asks: a date-time for the earliest first, else a number
  const form: TemplateForm = { ...RANK_AWARDS_FORM, columns: RANK_AWARDS_FORM.columns.map((c): ColumnSlot => (c.key === "measure" && order === "earliest" ? { ...c, kind: "datetime" } : c)) };
  const names = new ColumnNames();
  declareSlots(form, values, names, problems);
  const exclusions = exclusionSteps(values, names, sheetHeaders, problems);
  if (problems.length) return { problems };
  const monthly = headerOf(values, "yearMonth") !== "";
  const level = personLevel(monthly ? "yearMonth" : null);
  const scope = level.id as string;
  const direction = order === "highest" ? "desc" : "asc";
  const rank = {
    name: "prize",
    kind: "rank",
    ...(people ? { scope, by: [{ expr: "total", direction }], ...(monthly ? { within: "month" } : {}) } : { by: [{ expr: "measure", direction }], ...(monthly ? { within: "yearMonth" } : {}) }),
    award: { positions: amounts },
    ties: share ? "shareRank" : "sheetOrder",
    ...(share ? {} : { tieWarning: TIE_CODE }),
    title: both("名次奖", "Place prize"),
    unit: both("元", "yuan"),
  };
  const placed = [
    { name: "prizeRank", title: both("名次", "Place"), type: "count" },
    { name: "prize", title: both("名次奖(元)", "Place prize (yuan)"), type: "money" },
  ];
  const steps = people
    ? [...exclusions, { name: "total", kind: "aggregate", scope, op: "sum", of: "measure", title: both("排名依据合计", "Total ranked") }, rank]
    : [...exclusions, rank, { name: "total", kind: "aggregate", scope, op: "sum", of: "prize", title: both("名次奖合计", "Prizes total"), unit: both("元", "yuan") }];
  const outputs = people
    ? { [scope]: [{ name: "total", title: both("排名依据合计", "Total ranked"), type: "number" }, ...placed] }
    : { row: placed, [scope]: [{ name: "total", title: both("名次奖合计(元)", "Prizes total (yuan)"), type: "money" }] };
  const document = formDocument(
    form,
    values,
    both("由「新建方案」表单生成：按名次奖励", "Built with the New scheme form: rank awards"),
    { title: both("明细", "Rows"), fields: fieldsOf(form, values, names), levels: [level], steps, outputs },
    share ? {} : { messages: { [TIE_CODE]: both("名次并列，按表格中的先后排定：请复核", "A tie, placed in sheet order: please check") } },
  );
  return { document };
}
