/**
 * The refusals both faces give before or while they run a scheme on a sheet — the same code and the same words in
 * the CLI's error output and the task pane's message bar. `{name}` placeholders are filled per language.
 */
import { fillIn, MessageVars } from "../i18n/messages";
import type { BilingualText } from "../scheme/schema";

export const RUN_MESSAGES = {
  OWNED_SHEET: {
    "zh-CN": "「{sheet}」是 Jili 生成的工作表（汇总、个人明细或规则），不能作为数据表",
    "en-US": "{sheet} is a sheet Jili wrote (summary, statements or rules), not a data sheet",
  },
  NO_DATA: { "zh-CN": "工作表「{sheet}」没有数据", "en-US": "The sheet {sheet} holds no data" },
  NO_SHEET: { "zh-CN": "工作簿中没有名为「{sheet}」的工作表。现有：{sheets}", "en-US": "The workbook has no sheet named {sheet}. It has: {sheets}" },
  NO_HEADER: {
    "zh-CN": "在「{sheet}」前 30 行中找不到表头：没有任何一列与方案「{scheme}」的字段对应",
    "en-US": "No header row in the first 30 rows of {sheet}: no column matches a field of the scheme {scheme}",
  },
  UNKNOWN_PART: { "zh-CN": "方案「{scheme}」没有数据表「{part}」。可选：{parts}", "en-US": "The scheme {scheme} has no part {part}. It has: {parts}" },
  MISSING_COLUMNS: {
    "zh-CN": "「{sheet}」第 {row} 行的表头缺少必需的列：{columns}。找到的列：{found}",
    "en-US": "The header on row {row} of {sheet} lacks required columns: {columns}. Columns found: {found}",
  },
  COLUMNS_NEEDED: {
    "zh-CN": "「{sheet}」缺少规则要用到的列：{fields}。方案没有规定它们的默认值，Jili 不会代为假定。请指定对应的列，或为整张表确认一个值。",
    "en-US": "{sheet} lacks columns that rules read: {fields}. The scheme states no default for them and Jili will not guess one. Choose the column that holds each, or confirm one value for the whole sheet.",
  },
  UNKNOWN_FIELD: { "zh-CN": "方案「{scheme}」没有字段「{field}」。可选：{fields}", "en-US": "The scheme {scheme} has no field {field}. It has: {fields}" },
  UNKNOWN_COLUMN: { "zh-CN": "表头中没有「{column}」列（用于「{field}」）。表头：{found}", "en-US": "The header has no column {column} (for {field}). Header: {found}" },
  ASSUMED_INVALID: { "zh-CN": "为「{field}」确认的值无法读取：{value}", "en-US": "The value confirmed for {field} cannot be read: {value}" },
  BAD_ASSIGNMENT: { "zh-CN": "应写成 字段=值：{value}", "en-US": "Must be written field=value: {value}" },
  AMBIGUOUS_COLUMNS: {
    "zh-CN": "「{sheet}」中「{field}」既有自己的列「{own}」，又在合并的列「{combined}」里：不知道该读哪一列。请删除其中一列，或用列对应指定。",
    "en-US": "In {sheet}, {field} has a column of its own ({own}) and is also named by the combined column {combined}: which to read is not known. Remove one, or choose the column in the mapping.",
  },
  DUPLICATE_COLUMNS: {
    "zh-CN": "「{sheet}」中有不止一列叫「{header}」（{columns} 列）：不知道「{field}」该读哪一列。请删除或改名多余的列，或在列对应中指定。",
    "en-US": "{sheet} has more than one column headed {header} (columns {columns}): which one holds {field} is not known. Remove or rename the extra ones, or choose the column in the mapping.",
  },
  ASSUME_OVER_DERIVED: {
    "zh-CN": "「{field}」可以由「{sources}」逐行推出，不能再为整张表确认一个值",
    "en-US": "{field} is worked out row by row from {sources}; a value for the whole sheet cannot also be confirmed",
  },
  PERIOD_WITH_COLUMN: {
    "zh-CN": "表中已有「{column}」列：period 参数只用于没有月份列的表",
    "en-US": "The sheet has a {column} column: the period parameter is only for a sheet without a month column",
  },
  UNKNOWN_PARAMETER: {
    "zh-CN": "方案「{scheme}」没有参数「{param}」（是否拼写有误？）。可设置的参数：{params}",
    "en-US": "The scheme {scheme} has no parameter {param} (a typo?). Its parameters: {params}",
  },
  PERIOD_NOT_APPLICABLE: {
    "zh-CN": "方案「{scheme}」的数据表「{part}」没有、或有不止一个月份字段，无法用 period 参数指定期间",
    "en-US": "The part {part} of the scheme {scheme} has no month field, or more than one, for the period parameter to stand for",
  },
  WIDE_HEADER_UNREADABLE: {
    "zh-CN": "「{sheet}」第 {row} 行 {column} 列的表头「{header}」看起来是按{field}展开的列，但读不出是哪一{field}（例如写成 第3周、2016年5月）",
    "en-US": "The header {header} in column {column}, row {row} of {sheet} looks like a column per {field}, but which {field} it is cannot be read (write e.g. 第3周, week 3 or 2016-05)",
  },
  WIDE_HEADER_TWICE: {
    "zh-CN": "「{sheet}」第 {row} 行的表头中「{header}」（{column} 列）与「{other}」是同一{field}",
    "en-US": "In the header on row {row} of {sheet}, {header} (column {column}) and {other} are the same {field}",
  },
  JOIN_KEYS_MISSING: {
    "zh-CN": "工作表「{sheet}」（{table}）与主表没有共同的对应列：需要{keys}",
    "en-US": "The sheet {sheet} ({table}) and the main table share no column to match rows by: {keys} is needed",
  },
  PARAM_PROBLEM: { "zh-CN": "参数「{param}」有误：{detail}", "en-US": "Parameter {param}: {detail}" },
  BAD_PARAM: { "zh-CN": "参数应写成 键=值：{value}", "en-US": "A parameter must be written key=value: {value}" },
  BAD_PARAM_JSON: { "zh-CN": "参数「{param}」的值不是有效 JSON：{value}", "en-US": "Parameter {param}: the value is not valid JSON: {value}" },
  SHEET_PROTECTED: {
    "zh-CN": "「{sheet}」工作表受保护，Jili 不会写入受保护的工作表。请先在 Excel 中撤销工作表保护（审阅 → 撤销工作表保护）再试。未写入任何内容。",
    "en-US": "The sheet {sheet} is protected; Jili does not write into a protected sheet. Unprotect it in Excel (Review → Unprotect Sheet) and try again. Nothing was written.",
  },
  WORKBOOK_PROTECTED: {
    "zh-CN": "工作簿结构受保护，无法添加或替换汇总表「{sheet}」。请先撤销工作簿保护（审阅 → 保护工作簿）再试。未写入任何内容。",
    "en-US": "The workbook's structure is protected, so the summary sheet {sheet} cannot be added or replaced. Unprotect the workbook (Review → Protect Workbook) and try again. Nothing was written.",
  },
} satisfies Record<string, BilingualText>;

export type RunProblemCode = keyof typeof RUN_MESSAGES;

/** Values of `{name}` placeholders; a value may differ by language (e.g. column titles). */
export type RunVars = MessageVars;

/** The message of a code in both languages. */
export function runMessage(code: RunProblemCode, vars: RunVars = {}): BilingualText {
  return { "zh-CN": fillIn(RUN_MESSAGES[code]["zh-CN"], vars, "zh-CN"), "en-US": fillIn(RUN_MESSAGES[code]["en-US"], vars, "en-US") };
}

/** A run refused: a stable code, its message in both languages and any detail lines (each further problem). */
export class RunProblem extends Error {
  readonly text: BilingualText;

  constructor(
    readonly code: RunProblemCode,
    readonly vars: RunVars = {},
    readonly details: string[] = [],
  ) {
    const text = runMessage(code, vars);
    super(`${code}: ${text["en-US"]}`);
    this.name = "RunProblem";
    this.text = text;
  }
}
