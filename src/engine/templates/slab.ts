/**
 * The slab form: each row's amount falls into one band, and the band's reward is the row's (not marginal: 15万以下
 * 5000元, 15–30万 8000元, 30万以上 10000元). Builds the rule shape of the slab template document.
 */
import type { FormValues, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { rowRewardDocument } from "./rowReward";
import { cellNumber, filledRows } from "./shared";

const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const SLAB_FORM: TemplateForm = {
  id: "slab",
  title: both("按金额所在区间奖励", "A reward by the band an amount falls in"),
  summary: both("每一行的金额落在哪个区间，就得这个区间的奖励（整笔按一档，不分段累加）。", "Each row's amount falls in one band and earns that band's reward (the whole amount, not band by band)."),
  columns: [
    { key: "person", label: both("姓名", "Name"), kind: "text", required: true, usual: ["姓名", "人员", "员工姓名", "业务员"] },
    { key: "staffId", label: both("工号（可选）", "Staff ID (optional)"), kind: "text", required: false, usual: ["工号", "员工编号"] },
    { key: "date", label: both("日期", "Date"), kind: "date", required: true, usual: ["日期", "办理日期", "成交日期"] },
    { key: "amount", label: both("金额", "Amount"), kind: "money", required: true, usual: ["金额", "成交金额", "签约总价"] },
  ],
  tables: [
    {
      id: "bands",
      label: both("区间", "Bands"),
      hint: both("从小到大：金额低于「上限」（不含）即在本行的区间；最后一行上限留空。", "From the lowest: an amount below the limit (not included) is in the row's band; leave the last limit blank."),
      columns: [
        { key: "to", label: both("金额低于", "Below"), kind: "number", optional: true, width: 6 },
        { key: "value", label: both("奖励(元)", "Reward"), kind: "number", width: 5 },
      ],
      minRows: 2,
    },
  ],
};

export function buildSlab(values: FormValues, sheetHeaders: readonly string[] | null = null): { document: Record<string, unknown> } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const [toCol, valueCol] = SLAB_FORM.tables[0].columns;
  const rows = filledRows(values, "bands");
  const bands: { from?: number; to?: number; value: number }[] = [];
  let before: number | undefined;
  rows.forEach(({ row, cells }, i) => {
    const to = cellNumber("bands", row, toCol, cells[0] ?? "", problems);
    const value = cellNumber("bands", row, valueCol, cells[1] ?? "", problems);
    const at = { kind: "table" as const, table: "bands", row, column: "to" };
    const last = i === rows.length - 1;
    if (last && typeof to === "number") problems.push(problem("TIERS_OPEN_END", at, { group: SLAB_FORM.tables[0].label }));
    if (!last && to === null) problems.push(problem("BANDS_ORDER", at, { row }));
    if (typeof to === "number" && before !== undefined && to <= before) problems.push(problem("BANDS_ORDER", at, { row }));
    if (typeof value === "number") bands.push({ ...(before !== undefined ? { from: before } : {}), ...(typeof to === "number" ? { to } : {}), value });
    if (typeof to === "number") before = to;
  });
  if (!rows.length) problems.push(problem("CELL_MISSING", { kind: "table", table: "bands", row: 1, column: "value" }, { row: 1, what: valueCol.label }));
  return rowRewardDocument(SLAB_FORM, values, sheetHeaders, problems, { kind: "slab", input: "amount", bands }, both("由「新建方案」表单生成：按金额所在区间奖励", "Built with the New scheme form: a reward by the band an amount falls in"));
}
