/**
 * The fixed-by-type form: each row that counts pays a fixed amount by its type (甲类 300元, 乙类 200元). Builds the
 * rule shape of the fixed-by-type template document; its "not closed" rule is one of the form's conditions.
 */
import type { FormValues, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { rowRewardDocument } from "./rowReward";
import { cellNumber, filledRows } from "./shared";

const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const FIXED_BY_TYPE_FORM: TemplateForm = {
  id: "fixed-by-type",
  title: both("按类型定额奖励", "A fixed amount by type"),
  summary: both("每一行按它的类型得一笔固定金额；类型不在表中的行待定（金额未规定）。", "Each row earns a fixed amount by its type; a type not in the table is pending (no amount set)."),
  columns: [
    { key: "person", label: both("姓名", "Name"), kind: "text", required: true, usual: ["姓名", "人员", "员工姓名", "业务员"] },
    { key: "staffId", label: both("工号（可选）", "Staff ID (optional)"), kind: "text", required: false, usual: ["工号", "员工编号"] },
    { key: "date", label: both("日期", "Date"), kind: "date", required: true, usual: ["日期", "办理日期", "成交日期"] },
    { key: "kind", label: both("类型", "Type"), kind: "category", required: true, usual: ["类型", "类别", "车型"] },
  ],
  tables: [
    {
      id: "amounts",
      label: both("各类型金额", "Amount by type"),
      hint: both("每个类型一行，类型按表中写法填写。", "One row per type, written as the sheet writes it."),
      columns: [
        { key: "type", label: both("类型", "Type"), kind: "text", width: 7 },
        { key: "amount", label: both("金额(元)", "Yuan"), kind: "number", width: 5 },
      ],
      minRows: 2,
    },
  ],
};

export function buildFixedByType(values: FormValues, sheetHeaders: readonly string[] | null = null): { document: Record<string, unknown> } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const [typeCol, amountCol] = FIXED_BY_TYPE_FORM.tables[0].columns;
  const table: Record<string, number> = {};
  const rows = filledRows(values, "amounts");
  for (const { row, cells } of rows) {
    if (!cells[0]) problems.push(problem("CELL_MISSING", { kind: "table", table: "amounts", row, column: "type" }, { row, what: typeCol.label }));
    else if (cells[0] in table) problems.push(problem("TYPE_TWICE", { kind: "table", table: "amounts", row, column: "type" }, { group: cells[0] }));
    const amount = cellNumber("amounts", row, amountCol, cells[1] ?? "", problems);
    if (cells[0] && typeof amount === "number") table[cells[0]] = amount;
  }
  if (!rows.length) problems.push(problem("CELL_MISSING", { kind: "table", table: "amounts", row: 1, column: "type" }, { row: 1, what: typeCol.label }));
  return rowRewardDocument(FIXED_BY_TYPE_FORM, values, sheetHeaders, problems, { kind: "lookup", input: ["kind"], table }, both("由「新建方案」表单生成：按类型定额奖励", "Built with the New scheme form: a fixed amount by type"));
}
