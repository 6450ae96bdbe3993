/**
 * The step-by-count form: per person and month, count the rows that are not excluded and pay each at the rate of
 * the band it falls in (「5户内每户20元，超出部分每户40元」), with bands per role. Builds the same rule shape as the
 * step-by-count template document (src/schemes/templates/step-by-count.json).
 */
import { ColumnNames } from "./columns";
import type { FormValues, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { cellNumber, declareSlots, exclusionSteps, fieldsOf, filledRows, formDocument, personLevel } from "./shared";

const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export const STEP_BY_COUNT_FORM: TemplateForm = {
  id: "step-by-count",
  title: both("按数量分档奖励", "Amount per unit, stepped by count"),
  summary: both("每人每月数计奖的行数，每一件按它所在档的单价计发，可按岗位分档。", "Per person and month, count the rows that count and pay each at its band's rate; the bands may differ by role."),
  columns: [
    { key: "person", label: both("姓名", "Name"), kind: "text", required: true, usual: ["姓名", "人员", "员工姓名", "揽装人", "业务员"] },
    { key: "staffId", label: both("工号（可选）", "Staff ID (optional)"), kind: "text", required: false, usual: ["工号", "员工编号"] },
    { key: "role", label: both("岗位（按岗位分档时）", "Role (for bands by role)"), kind: "category", required: false, usual: ["岗位", "职位"] },
    { key: "date", label: both("日期", "Date"), kind: "date", required: true, usual: ["日期", "办理日期", "成交日期"] },
  ],
  tables: [
    {
      id: "tiers",
      label: both("分档", "Bands"),
      hint: both(
        "同一岗位的各档写在相邻的行；上限是本档的最后一件（含），最后一档上限留空。岗位留空＝其他岗位。",
        "One role's bands on adjacent rows; the limit is the band's last unit (inclusive), blank on the last band. A blank role means every other role.",
      ),
      columns: [
        { key: "role", label: both("岗位", "Role"), kind: "text", optional: true, width: 7 },
        { key: "upTo", label: both("上限(件)", "Up to"), kind: "number", optional: true, width: 4 },
        { key: "rate", label: both("每件(元)", "Each (yuan)"), kind: "number", width: 5 },
      ],
      minRows: 2,
    },
  ],
};

const OTHER = new Set(["", "*", "其他", "其他岗位", "other", "others"]);

type Tier = { upTo?: number; rate: number };

/** The bands by role, in the order the roles first appear; "*" is every other role. */
function tiersByRole(values: FormValues, problems: FormProblem[]): Map<string, Tier[]> {
  const spec = STEP_BY_COUNT_FORM.tables[0];
  const [roleCol, upToCol, rateCol] = spec.columns;
  const groups = new Map<string, { row: number; upTo: number | null | undefined; rate: number | null | undefined }[]>();
  let last: string | null = null;
  for (const { row, cells } of filledRows(values, "tiers")) {
    const role = OTHER.has(cells[0] ?? "") ? "*" : cells[0];
    if (role !== last && groups.has(role)) problems.push(problem("ROLE_TWICE", { kind: "table", table: "tiers", row, column: roleCol.key }, { group: role }));
    last = role;
    const list = groups.get(role) ?? [];
    list.push({ row, upTo: cellNumber("tiers", row, upToCol, cells[1] ?? "", problems), rate: cellNumber("tiers", row, rateCol, cells[2] ?? "", problems) });
    groups.set(role, list);
  }
  if (groups.size === 0) problems.push(problem("CELL_MISSING", { kind: "table", table: "tiers", row: 1, column: rateCol.key }, { row: 1, what: rateCol.label }));
  const out = new Map<string, Tier[]>();
  for (const [role, rows] of groups) {
    const name = role === "*" ? both("其他岗位", "Other roles") : both(role, role);
    let before = 0;
    rows.forEach((r, i) => {
      const at = { kind: "table" as const, table: "tiers", row: r.row, column: upToCol.key };
      const lastBand = i === rows.length - 1;
      if (lastBand && r.upTo !== null && r.upTo !== undefined) problems.push(problem("TIERS_OPEN_END", at, { group: name }));
      if (!lastBand && (r.upTo === null || (typeof r.upTo === "number" && (!Number.isInteger(r.upTo) || r.upTo <= before)))) problems.push(problem("TIERS_ORDER", at, { group: name, row: r.row }));
      if (typeof r.upTo === "number") before = r.upTo;
    });
    out.set(role, rows.map((r) => (typeof r.upTo === "number" ? { upTo: r.upTo, rate: r.rate as number } : { rate: r.rate as number })));
  }
  return out;
}

/** The scheme document the form describes, or the problems that stop it (the validator has the last word). */
export function buildStepByCount(values: FormValues, sheetHeaders: readonly string[] | null = null): { document: Record<string, unknown> } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const tiers = tiersByRole(values, problems);
  const byRole = !(tiers.size === 1 && tiers.has("*"));
  const names = new ColumnNames();
  declareSlots(STEP_BY_COUNT_FORM, values, names, problems, byRole ? new Set(["role"]) : new Set());
  const exclusions = exclusionSteps(values, names, sheetHeaders, problems);
  if (problems.length) return { problems };
  const count = both("件", "units");
  const bonus = byRole ? { tiersBy: { input: "personRole", tables: Object.fromEntries(tiers) } } : { tiers: tiers.get("*") };
  const document = formDocument(STEP_BY_COUNT_FORM, values, both("由「新建方案」表单生成：按数量分档奖励", "Built with the New scheme form: amount per unit, stepped by count"), {
    title: both("明细", "Rows"),
    fields: fieldsOf(STEP_BY_COUNT_FORM, values, names),
    levels: [personLevel("month(date)")],
    steps: [
      ...exclusions,
      ...(byRole ? [{ name: "personRole", kind: "aggregate", scope: "personMonth", op: "single", of: "role", allMembers: true, conflict: { code: "ROLE_CONFLICT", status: "invalid", toMembers: true } }] : []),
      { name: "units", kind: "aggregate", scope: "personMonth", op: "count", title: both("计奖数量", "Units counted") },
      { name: "bonus", kind: "progressive", scope: "personMonth", attributeTo: "rowBonus", ...bonus, unit: both("元", "yuan"), countUnit: count },
    ],
    outputs: {
      row: [{ name: "rowBonus", title: both("奖励(元)", "Reward (yuan)"), type: "money" }],
      personMonth: [
        { name: "units", title: both("计奖数量", "Units counted"), type: "count" },
        { name: "bonus", title: both("奖励合计(元)", "Reward total (yuan)"), type: "money" },
      ],
    },
    order: ["date"],
  }, { messages: { ROLE_CONFLICT: both("同一人同月有两个不同的岗位：请更正", "One person has two roles in the month: correct it") } });
  return { document };
}
