/**
 * The fines form: each kind of breach is a condition on a row (typed in the expression language, with the sheet's
 * headers as names) and a fixed amount; a row meeting it is fined that amount, written as a deduction (−5), and the
 * person's fines are totalled per month or over the whole sheet (capacity-drive's 5 yuan per missed item, car-referral's
 * 300 for fraud). The amounts are parameters, so the rates form and what-if can change them. Builds the rule shape of
 * the fines template document.
 */
import { ColumnNames } from "./columns";
import { buildCondition } from "./condition";
import type { FormValues, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { cellNumber, declareSlots, exclusionSteps, fieldsOf, filledRows, formDocument, headerOf, personLevel } from "./shared";

const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const FINES_FORM: TemplateForm = {
  id: "fines",
  title: both("按次罚款", "A fixed fine per breach"),
  summary: both("每一行符合某项违规条件，就按该项罚款一次（记为负数），按人合计。", "Each row meeting a breach's condition is fined that breach's amount once (a deduction), totalled per person."),
  columns: [
    { key: "person", label: both("姓名", "Name"), kind: "text", required: true, usual: ["姓名", "人员", "员工姓名", "责任人", "介绍人"] },
    { key: "staffId", label: both("工号（可选）", "Staff ID (optional)"), kind: "text", required: false, usual: ["工号", "员工编号"] },
    {
      key: "date",
      label: both("日期（可选：按月合计）", "Date (optional: totals by month)"),
      kind: "date",
      required: false,
      usual: ["日期", "办理日期"],
      hint: both("不选则按人在整张表内合计（如整个活动期）", "Without it each person's fines are totalled over the whole sheet (such as a whole drive)"),
    },
  ],
  tables: [
    {
      id: "breaches",
      label: both("违规与罚款", "Breaches and fines"),
      hint: both(
        "每项违规一行：条件用表头作名称书写，如「是否弄虚造假」「isBlank(实际完成时间) or daysBetween(计划完成时间, 实际完成时间) > 0」；罚款写正数，结果中记为扣减。",
        "One breach per row: the condition names columns by their headers, such as 是否弄虚造假 or isBlank(实际完成时间) or daysBetween(计划完成时间, 实际完成时间) > 0; write the fine as a positive amount, the results show it deducted.",
      ),
      columns: [
        { key: "when", label: both("违规条件", "Breach (condition)"), kind: "condition", width: 10 },
        { key: "amount", label: both("每次罚款(元)", "Fine (yuan)"), kind: "number", width: 4 },
      ],
      minRows: 1,
    },
  ],
};

interface Breach {
  expr: string;
  text: string;
  amount: number;
}

/** the breaches: each condition read by the engine's parser (its problems placed on the table's cell), each amount above 0 */
function breaches(values: FormValues, names: ColumnNames, sheetHeaders: readonly string[] | null, problems: FormProblem[]): Breach[] {
  const [whenCol, amountCol] = FINES_FORM.tables[0].columns;
  const rows = filledRows(values, "breaches");
  if (!rows.length) problems.push(problem("CELL_MISSING", { kind: "table", table: "breaches", row: 1, column: "when" }, { row: 1, what: whenCol.label }));
  return rows.flatMap(({ row, cells }) => {
    const text = cells[0];
    const at = { kind: "table" as const, table: "breaches", row, column: "when" };
    let expr: string | undefined;
    if (!text) problems.push(problem("CELL_MISSING", at, { row, what: whenCol.label }));
    else {
      const built = buildCondition({ kind: "text", text }, row - 1, names, sheetHeaders);
      if ("code" in built) problems.push({ ...built, at });
      else expr = built.expr;
    }
    const amount = cellNumber("breaches", row, amountCol, cells[1] ?? "", problems);
    if (typeof amount === "number" && amount <= 0) problems.push(problem("AMOUNT_NOT_POSITIVE", { ...at, column: "amount" }, { row, what: amountCol.label }));
    return expr !== undefined && typeof amount === "number" ? [{ expr, text, amount }] : [];
  });
}

export function buildFines(values: FormValues, sheetHeaders: readonly string[] | null = null): { document: Record<string, unknown> } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const names = new ColumnNames();
  declareSlots(FINES_FORM, values, names, problems);
  const exclusions = exclusionSteps(values, names, sheetHeaders, problems);
  const list = breaches(values, names, sheetHeaders, problems);
  if (problems.length) return { problems };
  const level = personLevel(headerOf(values, "date") ? "month(date)" : null);
  const scope = level.id as string;
  const params = list.map((b, i) => ({ key: `fine${i + 1}`, type: "money", title: both(`${b.text}：每次罚款`, `${b.text}: fine each time`), value: b.amount }));
  const fine = ["0", ...list.map((_, i) => `(breach${i + 1} ? params.fine${i + 1} : 0)`)].join(" - ");
  const document = formDocument(
    FINES_FORM,
    values,
    both("由「新建方案」表单生成：按次罚款", "Built with the New scheme form: a fixed fine per breach"),
    {
      title: both("明细", "Rows"),
      fields: fieldsOf(FINES_FORM, values, names),
      levels: [level],
      steps: [
        ...exclusions,
        ...list.map((b, i) => ({ name: `breach${i + 1}`, kind: "expr", expr: b.expr, title: both(b.text, b.text) })),
        { name: "fine", kind: "expr", expr: fine, title: both("罚款", "Fine"), unit: both("元", "yuan") },
        { name: "breaches", kind: "aggregate", scope, op: "count", where: "fine < 0", title: both("违规次数", "Breaches"), unit: both("次", "times") },
        { name: "fineTotal", kind: "aggregate", scope, op: "sum", of: "fine", title: both("罚款合计", "Fines total"), unit: both("元", "yuan") },
      ],
      outputs: {
        row: [{ name: "fine", title: both("罚款(元)", "Fine (yuan)"), type: "money" }],
        [scope]: [
          { name: "breaches", title: both("违规次数", "Breaches"), type: "count" },
          { name: "fineTotal", title: both("罚款合计(元)", "Fines total (yuan)"), type: "money" },
        ],
      },
    },
    { params },
  );
  return { document };
}
