/**
 * The form's problems in both languages. A problem is a value (code, where, message), never a thrown string, so the
 * pane shows it beside the input it concerns and a test names the code.
 */
import { fillIn, type Lang, type MessageVars } from "../i18n/messages";
import type { BilingualText } from "../scheme/schema";

export type FormProblemCode =
  | "COLUMN_MISSING"
  | "NUMBER_INVALID"
  | "CELL_MISSING"
  | "TIERS_ORDER"
  | "TIERS_OPEN_END"
  | "ROLE_TWICE"
  | "TYPE_TWICE"
  | "GRADE_ORDER"
  | "BANDS_ORDER"
  | "AMOUNT_UNKNOWN_GRADE"
  | "AMOUNT_ROLES_MIXED"
  | "WEIGHTS_SUM"
  | "COND_EMPTY"
  | "COND_VALUE"
  | "COND_SYNTAX"
  | "COND_UNSUPPORTED"
  | "COND_UNKNOWN_FUNCTION"
  | "COND_ARGUMENTS"
  | "COND_UNKNOWN_COLUMN"
  | "COND_NAME"
  | "COND_TYPE_CONFLICT"
  | "SCHEME_INVALID"
  | "CHOICE_INVALID"
  | "CHOICES_CONFLICT"
  | "AMOUNT_NOT_POSITIVE";

/** Where a problem sits in the form. */
export type FormPlace = { kind: "column"; slot: string } | { kind: "table"; table: string; row: number; column?: string } | { kind: "condition"; index: number } | { kind: "choice"; key: string } | { kind: "scheme" };

export interface FormProblem {
  code: FormProblemCode;
  at: FormPlace;
  message: BilingualText;
  /** the engine's own words (the parser's message, the validator's path), shown after the message */
  detail?: string;
}

const MESSAGES: Record<FormProblemCode, BilingualText> = {
  COLUMN_MISSING: { "zh-CN": "请选择「{what}」所在的列", "en-US": "Choose the column holding {what}" },
  NUMBER_INVALID: { "zh-CN": "第 {row} 行「{what}」不是有效数字：{value}", "en-US": "Row {row}, {what}: not a valid number: {value}" },
  CELL_MISSING: { "zh-CN": "第 {row} 行「{what}」未填写", "en-US": "Row {row}, {what}: fill it in" },
  TIERS_ORDER: { "zh-CN": "{group}：第 {row} 行的上限应大于上一档的上限，且为正整数", "en-US": "{group}: the limit on row {row} must be a whole number above the band before" },
  TIERS_OPEN_END: { "zh-CN": "{group}：最后一档的上限应留空（超出部分都按这一档）", "en-US": "{group}: leave the last band's limit blank (everything beyond is paid at it)" },
  ROLE_TWICE: { "zh-CN": "岗位「{group}」的各档应写在相邻的行", "en-US": "The bands of {group} must be on adjacent rows" },
  TYPE_TWICE: { "zh-CN": "类型「{group}」写了两次", "en-US": "The type {group} is listed twice" },
  GRADE_ORDER: { "zh-CN": "等级应从高到低排列：第 {row} 行的分数线应低于上一行", "en-US": "Grades go from the highest down: the bound on row {row} must be below the row before" },
  BANDS_ORDER: { "zh-CN": "第 {row} 行的界限应大于上一行的界限", "en-US": "The limit on row {row} must be above the row before" },
  AMOUNT_UNKNOWN_GRADE: { "zh-CN": "第 {row} 行的等级「{value}」不在等级表中", "en-US": "Row {row}: the grade {value} is not in the grade table" },
  AMOUNT_ROLES_MIXED: { "zh-CN": "金额表要么每行都填岗位，要么都不填", "en-US": "Fill in the role on every row of the amounts, or on none" },
  WEIGHTS_SUM: { "zh-CN": "权重合计为 {value}，应为 1（即 100%）", "en-US": "The weights add up to {value}; they must add up to 1 (100%)" },
  COND_EMPTY: { "zh-CN": "第 {row} 个条件是空的：请填写或删除", "en-US": "Condition {row} is empty: fill it in or remove it" },
  COND_VALUE: { "zh-CN": "第 {row} 个条件：「{value}」不是{what}", "en-US": "Condition {row}: {value} is not {what}" },
  COND_SYNTAX: { "zh-CN": "条件写法有误，无法读懂", "en-US": "The condition cannot be read" },
  COND_UNSUPPORTED: { "zh-CN": "条件中有不允许的写法", "en-US": "The condition uses something that is not allowed" },
  COND_UNKNOWN_FUNCTION: { "zh-CN": "条件中用了不存在的函数", "en-US": "The condition calls a function that does not exist" },
  COND_ARGUMENTS: { "zh-CN": "条件中函数的参数个数不对", "en-US": "A function in the condition has the wrong number of arguments" },
  COND_UNKNOWN_COLUMN: { "zh-CN": "工作表中没有「{value}」列", "en-US": "The sheet has no column {value}" },
  COND_NAME: { "zh-CN": "条件中只能用列名，不能用「{value}」", "en-US": "A condition may name columns only, not {value}" },
  COND_TYPE_CONFLICT: {
    "zh-CN": "「{value}」在条件中既当作{what}又当作别的类型：请统一写法",
    "en-US": "{value} is used both as {what} and as something else in the conditions: write them alike",
  },
  SCHEME_INVALID: { "zh-CN": "生成的方案没有通过检查", "en-US": "The scheme built does not pass the checks" },
  CHOICE_INVALID: { "zh-CN": "「{what}」没有「{value}」这个选项", "en-US": "{what} has no option {value}" },
  CHOICES_CONFLICT: { "zh-CN": "「{what}」与「{value}」不能同时选择", "en-US": "{what} cannot go with {value}" },
  AMOUNT_NOT_POSITIVE: { "zh-CN": "第 {row} 行「{what}」应大于 0", "en-US": "Row {row}, {what}: must be above 0" },
};

export function problem(code: FormProblemCode, at: FormPlace, vars: MessageVars = {}, detail?: string): FormProblem {
  const t = MESSAGES[code];
  const message = { "zh-CN": fillIn(t["zh-CN"], vars, "zh-CN"), "en-US": fillIn(t["en-US"], vars, "en-US") };
  return detail === undefined ? { code, at, message } : { code, at, message, detail };
}

/** The message with the engine's detail, as one line of the pane. */
export function problemText(p: FormProblem, lang: Lang): string {
  if (!p.detail) return p.message[lang];
  return lang === "zh-CN" ? `${p.message[lang]}（${p.detail}）` : `${p.message[lang]} (${p.detail})`;
}
