import { BilingualText } from "../scheme/schema";

const TEXT: Record<string, [string, string]> = {
  RULES_NOT_A_RULES_SHEET: ["{address}：这不是Jili规则表（A列第一行应为 jili-rules/1）", "{address}: not a Jili rules sheet (column A of the first row must be jili-rules/1)"],
  RULES_BAD_MARKER: ["{address}：A列的标记无法识别：{value}（请勿改动A列）", "{address}: column A holds an unknown marker: {value} (leave column A as it is)"],
  RULES_BAD_KEY: ["{address}：A列的键无法识别：{value}", "{address}: unknown key in column A: {value}"],
  RULES_UNKNOWN_ELEMENT: ["{address}：找不到「{name}」（它所在的行是否被删掉或改名了？）", "{address}: there is no {name} (was its row deleted or renamed?)"],
  RULES_OUTSIDE_BLOCK: ["{address}：这一行不属于任何表块", "{address}: this row belongs to no block"],
  RULES_ROW_WITHOUT_KEY: ["{address}：这一行的A列没有键，无法读取", "{address}: this row has no key in column A and cannot be read"],
  RULES_NO_COLUMNS: ["{address}：表块缺少 #cols 列名行", "{address}: the block has no #cols row"],
  RULES_MISSING_KEY: ["{address}：键不能为空", "{address}: the key cell is blank"],
  RULES_DUPLICATE_KEY: ["{address}：键「{value}」出现了两次", "{address}: the key {value} appears twice"],
  RULES_NOT_A_NUMBER: ["{address}：应为数字：{value}", "{address}: must be a number: {value}"],
  RULES_NOT_YES_NO: ["{address}：应为是/否（TRUE/FALSE）：{value}", "{address}: must be yes or no (TRUE/FALSE): {value}"],
  RULES_NOT_A_DATE: ["{address}：应为日期（如 2016-01-01）：{value}", "{address}: must be a date such as 2016-01-01: {value}"],
  RULES_NOT_JSON: ["{address}：这一格应为JSON文本：{value}", "{address}: this cell must hold JSON text: {value}"],
  RULES_BAD_VALUE: ["{address}：值的类型不对：{value}", "{address}: wrong kind of value: {value}"],
  RULES_SCHEME_ISSUE: ["{address}：规则不成立（{code}）：{value}", "{address}: the rules do not hold ({code}): {value}"],
};

/** A rules-sheet message in both languages, `{name}` filled from vars. */
export function rulesMessage(code: string, vars: Record<string, string>): BilingualText {
  const [zh, en] = TEXT[code] ?? [`{address}：${code}`, `{address}: ${code}`];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");
  return { "zh-CN": fill(zh), "en-US": fill(en) };
}
