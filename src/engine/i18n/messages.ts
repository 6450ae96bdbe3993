import { BilingualText } from "../scheme/schema";

export type Lang = "zh-CN" | "en-US";
export const LANGS: Lang[] = ["zh-CN", "en-US"];

/** Codes the engine itself raises, whatever the scheme. {field}, {value}, {param}, {detail} are filled in. */
export const ENGINE_MESSAGES: Record<string, BilingualText> = {
  INVALID_NUMBER: { "zh-CN": "「{field}」不是有效数字：{value}", "en-US": "{field} is not a valid number: {value}" },
  INVALID_DATE: { "zh-CN": "「{field}」不是有效日期：{value}", "en-US": "{field} is not a valid date: {value}" },
  INVALID_MONTH: { "zh-CN": "「{field}」不是有效月份：{value}", "en-US": "{field} is not a valid month: {value}" },
  INVALID_YES_NO: { "zh-CN": "「{field}」应填 是/否：{value}", "en-US": "{field} must be yes or no (是/否): {value}" },
  EXCEL_ERROR: { "zh-CN": "「{field}」是 Excel 错误值 {value}", "en-US": "{field} holds the Excel error {value}" },
  MISSING_VALUE: { "zh-CN": "「{field}」为必填项，但为空", "en-US": "{field} is required but blank" },
  ID_NAMES_DIFFER: {
    "zh-CN": "工号「{value}」下有不同的姓名（{detail}）：按同一人合计，请核对",
    "en-US": "The staff id {value} comes with different names ({detail}): they are summed as one person; please check",
  },
  ID_PARTLY_BLANK: {
    "zh-CN": "「{value}」有的行有工号（{detail}），有的行没有：没有工号的行按姓名另算一人，请补齐工号",
    "en-US": "{value} has a staff id on some rows ({detail}) and none on others: the rows without one count as another person; fill in the id",
  },
  NAME_IDS_DIFFER: {
    "zh-CN": "姓名「{value}」有不同的工号（{detail}）：按不同的人分别计算，请核对",
    "en-US": "The name {value} comes with different staff ids ({detail}): they are computed as different people; please check",
  },
  JOIN_NO_PARTNER: {
    "zh-CN": "工作表「{detail}」中没有与本行对应的行（{value}）",
    "en-US": "The sheet {detail} has no row for this one ({value})",
  },
  JOIN_CONFLICT: {
    "zh-CN": "工作表「{detail}」中有多行与本行对应，但数值不一致：{value}（括号内为行号）",
    "en-US": "Several rows of the sheet {detail} match this row and disagree: {value} (row numbers in brackets)",
  },
  JOIN_NO_MAIN_ROW: {
    "zh-CN": "这一行只在工作表「{detail}」中，主表没有对应的行（{value}），按该表的数据单独计算",
    "en-US": "This row is only on the sheet {detail}: the main table has no row for it ({value}); it is computed on its own",
  },
  JOIN_KEY_BLANK: {
    "zh-CN": "工作表「{detail}」这一行的对应列（{value}）为空，无法与主表对应",
    "en-US": "On the sheet {detail} this row's key ({value}) is blank, so it matches no row of the main table",
  },
  JOIN_PARTNER_CELL: { "zh-CN": "工作表「{detail}」中无法读取的单元格：{value}", "en-US": "Unreadable cell on the sheet {detail}: {value}" },
  BLANK_NEEDED: { "zh-CN": "「{field}」为空：规则要用到它，方案没有规定空白时怎么算，请填写", "en-US": "{field} is blank: a rule reads it and the scheme does not say what a blank means, so fill it in" },
  BLANK_YES_NO: { "zh-CN": "「{field}」为空：方案没有规定默认值，请填写 是 或 否", "en-US": "{field} is blank: the scheme states no default, so fill in yes or no (是/否)" },
  MISSING_COLUMN: { "zh-CN": "缺少必需的列「{field}」", "en-US": "The required column {field} is missing" },
  COLUMN_NEEDED: {
    "zh-CN": "缺少「{field}」列：规则要用到它，方案也没有规定默认值（请加上该列，或为整张表假定一个值）",
    "en-US": "The column {field} is missing: a rule reads it and the scheme states no default (add the column, or assume one value for the whole sheet)",
  },
  ASSUMED_INVALID: { "zh-CN": "为「{field}」假定的值无法读取：{value}", "en-US": "The value assumed for {field} cannot be read: {value}" },
  DERIVED_SOURCE_BLANK: { "zh-CN": "「{field}」由「{detail}」推出，但「{detail}」为空", "en-US": "{field} is worked out from {detail}, but {detail} is blank" },
  DERIVED_FAILED: { "zh-CN": "「{field}」由「{detail}」推出，但无法算出：{value}", "en-US": "{field} is worked out from {detail}, but cannot be: {value}" },
  DERIVED_SOURCE_INVALID: {
    "zh-CN": "「{field}」由「{detail}」推出，但「{detail}」无法读取：{value}",
    "en-US": "{field} is worked out from {detail}, but {detail} cannot be read: {value}",
  },
  OUT_OF_RANGE: { "zh-CN": "「{field}」超出允许范围：{value}（{detail}）", "en-US": "{field} is out of range: {value} ({detail})" },
  NOT_INTEGER: { "zh-CN": "「{field}」应为整数：{value}", "en-US": "{field} must be a whole number: {value}" },
  RATE_OUT_OF_RANGE: {
    "zh-CN": "「{field}」应为比例（如 93% 或 0.93），不能是 {value}",
    "en-US": "{field} must be a rate (93% or 0.93), not {value}",
  },
  UNKNOWN_VALUE: { "zh-CN": "「{field}」的值不在方案范围内：{value}", "en-US": "{field} has a value the scheme does not know: {value}" },
  CALCULATION_ERROR: { "zh-CN": "无法计算：{detail}", "en-US": "Cannot compute: {detail}" },
  MASKED_PARAMETER: {
    "zh-CN": "方案参数「{param}」尚未设置（原文缺失或被遮盖），请先配置",
    "en-US": "The scheme parameter {param} is not set (missing or masked in the source); configure it first",
  },
  INVALID_PARAMETER: {
    "zh-CN": "方案参数「{param}」的值无效，请检查配置",
    "en-US": "The scheme parameter {param} has an invalid value; check the configuration",
  },
  NORMALIZED: { "zh-CN": "「{field}」的「{value}」已按数字读取", "en-US": "{field}: \"{value}\" was read as a number" },
  NORMALIZED_DATE: { "zh-CN": "「{field}」的「{value}」已按日期 {detail} 读取", "en-US": "{field}: \"{value}\" was read as {detail}" },
  MISSING_TABLE_VALUE: { "zh-CN": "对照表中没有「{value}」对应的金额，请先配置", "en-US": "The table has no amount for {value}; configure it first" },
};

/** Values of `{name}` placeholders; a value may differ by language (a column's title). */
export type MessageVars = Record<string, string | number | BilingualText>;

/** Fills {placeholders} in one language; a value given in both languages takes that language's; unknown ones stay visible. */
export function fillIn(template: string, vars: MessageVars, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in vars)) return m;
    const v = vars[name];
    return typeof v === "object" ? v[lang] : String(v);
  });
}

/** Fills {placeholders}; unknown placeholders stay visible rather than vanish. */
export function fillTemplate(template: string, vars: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
