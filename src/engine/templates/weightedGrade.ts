/**
 * The weighted-grade form: each row's weighted score (weights adding up to 1) gives a grade by bounds from the top
 * down, and the grade (and the role, when the amounts differ by role) gives the amount. Builds the rule shape of the
 * weighted-grade template document (src/schemes/templates/weighted-grade.json).
 */
import { Dec } from "../money/decimal";
import { ColumnNames } from "./columns";
import type { FormValues, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { cellNumber, declareSlots, exclusionSteps, fieldFor, fieldsOf, filledRows, formDocument, personLevel } from "./shared";

const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const WEIGHTED_GRADE_FORM: TemplateForm = {
  id: "weighted-grade",
  title: both("加权评分定等级发奖", "Weighted scores → grade → amount"),
  summary: both("按权重算出加权得分，按分数线定等级，按等级（和岗位）发固定金额。", "A weighted score from the item scores, a grade from bounds, and a fixed amount by grade (and role)."),
  columns: [
    { key: "person", label: both("姓名", "Name"), kind: "text", required: true, usual: ["姓名", "人员", "员工姓名"] },
    { key: "staffId", label: both("工号（可选）", "Staff ID (optional)"), kind: "text", required: false, usual: ["工号", "员工编号"] },
    { key: "role", label: both("岗位（金额分岗位时）", "Role (for amounts by role)"), kind: "category", required: false, usual: ["岗位", "职位"] },
    { key: "yearMonth", label: both("月份", "Month"), kind: "month", required: true, usual: ["月份", "考核月份"] },
  ],
  tables: [
    {
      id: "items",
      label: both("评分项目与权重", "Scored items and weights"),
      hint: both("每个评分项目一行：选择分数所在的列，填写权重（0.2 或 20%），合计为 1。", "One row per scored item: the column of its score and its weight (0.2 or 20%); they add up to 1."),
      columns: [
        { key: "column", label: both("分数列", "Score column"), kind: "column", width: 9 },
        { key: "weight", label: both("权重", "Weight"), kind: "number", width: 4 },
      ],
      minRows: 2,
    },
    {
      id: "grades",
      label: both("等级", "Grades"),
      hint: both("从高到低：得分不低于分数线即为该等级；最后一行分数线留空，低于上一行的都是它。", "From the top: a score at or above the bound has the grade; leave the last bound blank, it takes every score below."),
      columns: [
        { key: "label", label: both("等级", "Grade"), kind: "text", width: 4 },
        { key: "min", label: both("分数线(含)", "From (incl.)"), kind: "number", optional: true, width: 4 },
      ],
      minRows: 2,
    },
    {
      id: "amounts",
      label: both("金额", "Amounts"),
      hint: both("每个等级（和岗位）一行；岗位都留空＝不分岗位。", "One row per grade (and role); leave every role blank for one amount per grade."),
      columns: [
        { key: "grade", label: both("等级", "Grade"), kind: "text", width: 4 },
        { key: "role", label: both("岗位", "Role"), kind: "text", optional: true, width: 5 },
        { key: "amount", label: both("金额(元)", "Yuan"), kind: "number", width: 5 },
      ],
      minRows: 2,
    },
  ],
};

const [ITEMS, GRADES, AMOUNTS] = WEIGHTED_GRADE_FORM.tables;

function items(values: FormValues, names: ColumnNames, problems: FormProblem[]): { header: string; key: string; weight: number }[] {
  const out: { header: string; key: string; weight: number }[] = [];
  let sum = new Dec(0);
  for (const { row, cells } of filledRows(values, "items")) {
    const header = cells[0];
    if (!header) problems.push(problem("CELL_MISSING", { kind: "table", table: "items", row, column: "column" }, { row, what: ITEMS.columns[0].label }));
    const weight = cellNumber("items", row, ITEMS.columns[1], cells[1] ?? "", problems);
    if (!header || typeof weight !== "number") continue;
    const key = `item${out.length + 1}`;
    names.declare(header, key, "number", true);
    out.push({ header, key, weight });
    sum = sum.plus(new Dec(String(weight)));
  }
  if (!out.length) problems.push(problem("CELL_MISSING", { kind: "table", table: "items", row: 1, column: "column" }, { row: 1, what: ITEMS.columns[0].label }));
  else if (!sum.eq(1)) problems.push(problem("WEIGHTS_SUM", { kind: "table", table: "items", row: 1, column: "weight" }, { value: sum.toFixed() }));
  return out;
}

function grades(values: FormValues, problems: FormProblem[]): { bands: { label: string; min: number; inclusive: true }[]; below: string } {
  const bands: { label: string; min: number; inclusive: true }[] = [];
  let below = "";
  const rows = filledRows(values, "grades");
  rows.forEach(({ row, cells }, i) => {
    if (!cells[0]) problems.push(problem("CELL_MISSING", { kind: "table", table: "grades", row, column: "label" }, { row, what: GRADES.columns[0].label }));
    const min = cellNumber("grades", row, GRADES.columns[1], cells[1] ?? "", problems);
    const at = { kind: "table" as const, table: "grades", row, column: "min" };
    if (i === rows.length - 1) {
      if (min !== null && min !== undefined) problems.push(problem("TIERS_OPEN_END", at, { group: GRADES.label }));
      below = cells[0];
    } else if (min === null) problems.push(problem("GRADE_ORDER", at, { row }));
    else if (typeof min === "number") {
      if (bands.length && min >= bands[bands.length - 1].min) problems.push(problem("GRADE_ORDER", at, { row }));
      bands.push({ label: cells[0], min, inclusive: true });
    }
  });
  if (rows.length < 2) problems.push(problem("CELL_MISSING", { kind: "table", table: "grades", row: rows.length + 1, column: "label" }, { row: rows.length + 1, what: GRADES.columns[0].label }));
  return { bands, below };
}

/** the amounts as the lookup's table: by grade, or by grade then role */
function amounts(values: FormValues, labels: Set<string>, problems: FormProblem[]): { byRole: boolean; table: Record<string, unknown> } {
  const rows = filledRows(values, "amounts");
  const withRole = rows.filter((r) => r.cells[1]).length;
  const byRole = withRole > 0;
  if (byRole && withRole < rows.length) problems.push(problem("AMOUNT_ROLES_MIXED", { kind: "table", table: "amounts", row: rows.find((r) => !r.cells[1])?.row ?? 1, column: "role" }));
  const table: Record<string, Record<string, number> | number> = {};
  for (const { row, cells } of rows) {
    const [grade, role] = cells;
    if (!labels.has(grade)) problems.push(problem("AMOUNT_UNKNOWN_GRADE", { kind: "table", table: "amounts", row, column: "grade" }, { row, value: grade }));
    const amount = cellNumber("amounts", row, AMOUNTS.columns[2], cells[2] ?? "", problems);
    if (typeof amount !== "number") continue;
    if (byRole) table[grade] = { ...(table[grade] as Record<string, number> | undefined), [role]: amount };
    else table[grade] = amount;
  }
  if (!rows.length) problems.push(problem("CELL_MISSING", { kind: "table", table: "amounts", row: 1, column: "amount" }, { row: 1, what: AMOUNTS.columns[2].label }));
  return { byRole, table };
}

export function buildWeightedGrade(values: FormValues, sheetHeaders: readonly string[] | null = null): { document: Record<string, unknown> } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const names = new ColumnNames();
  const scored = items(values, names, problems);
  const { bands, below } = grades(values, problems);
  const { byRole, table } = amounts(values, new Set([...bands.map((b) => b.label), below]), problems);
  declareSlots(WEIGHTED_GRADE_FORM, values, names, problems, byRole ? new Set(["role"]) : new Set());
  const exclusions = exclusionSteps(values, names, sheetHeaders, problems);
  if (problems.length) return { problems };
  const document = formDocument(WEIGHTED_GRADE_FORM, values, both("由「新建方案」表单生成：加权评分定等级发奖", "Built with the New scheme form: weighted scores → grade → amount"), {
    title: both("评分", "Scores"),
    fields: fieldsOf(WEIGHTED_GRADE_FORM, values, names, scored.map((i) => fieldFor(i.header, i.key, "number", true))),
    levels: [personLevel("yearMonth")],
    // the exclusions come first: an excluded row still shows its score and grade, and is paid nothing
    steps: [
      ...exclusions,
      { name: "score", kind: "weighted", title: both("加权得分", "Weighted score"), items: scored.map((i) => ({ input: i.key, weight: i.weight })) },
      { name: "grade", kind: "grade", title: both("等级", "Grade"), input: "score", bands, below },
      { name: "bonus", kind: "lookup", title: both("奖金", "Bonus"), input: byRole ? ["grade", "role"] : ["grade"], table, unit: both("元", "yuan") },
      { name: "total", kind: "aggregate", scope: "personMonth", op: "sum", of: "bonus", title: both("奖金合计", "Bonus total") },
    ],
    outputs: {
      row: [
        { name: "score", title: both("加权得分", "Weighted score"), type: "score" },
        { name: "grade", title: both("等级", "Grade"), type: "text" },
        { name: "bonus", title: both("奖金(元)", "Bonus (yuan)"), type: "money" },
      ],
      personMonth: [{ name: "total", title: both("奖金合计(元)", "Bonus total (yuan)"), type: "money" }],
    },
  });
  return { document };
}
