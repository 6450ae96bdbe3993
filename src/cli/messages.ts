import { fillIn, Lang, RunProblem } from "../engine";

/** Every text the command line prints, in both languages. `{name}` placeholders are filled in by `say`. */
const MESSAGES = {
  usage: { "zh-CN": "用法错误：{detail}", "en-US": "Usage error: {detail}" },
  badLang: { "zh-CN": "--lang 只能是 zh-CN 或 en-US：{value}", "en-US": "--lang must be zh-CN or en-US: {value}" },
  maskedParams: {
    "zh-CN": "提示：方案参数 {params} 尚未设置，相关结果为「待定」。请用 --param 键=值 设置。",
    "en-US": "Hint: the scheme parameters {params} are not set, so results that need them are pending. Set them with --param key=value.",
  },
  unknownScheme: {
    "zh-CN": "找不到方案「{value}」：既不是内置方案编号，也不是方案文件。可用 `jili schemes` 查看内置方案。",
    "en-US": "No scheme {value}: neither a preset id nor a scheme file. `jili schemes` lists the presets.",
  },
  schemeTooLarge: { "zh-CN": "方案文件过大（上限 {max} 字节）：{file}", "en-US": "The scheme file is too large (at most {max} bytes): {file}" },
  schemeInvalid: { "zh-CN": "方案文件无效：{file}", "en-US": "The scheme document is invalid: {file}" },
  noRulesSheet: { "zh-CN": "工作簿 {file} 中没有Jili规则表（{sheet}）", "en-US": "The workbook {file} has no Jili rules sheet ({sheet})" },
  rulesInvalid: { "zh-CN": "「{file}」的规则表「{sheet}」有误，未使用其中任何规则：", "en-US": "The rules sheet {sheet} of {file} has problems; none of its rules were used:" },
  rulesWritten: { "zh-CN": "已写出方案「{scheme}」：{file}", "en-US": "Wrote the scheme {scheme}: {file}" },
  rulesOutType: { "zh-CN": "规则只能写成 .xlsx（规则表）或 .json（方案文件）：{file}", "en-US": "Rules can be written as .xlsx (a rules sheet) or .json (a scheme document): {file}" },
  versionsLine: { "zh-CN": "方案版本：{versions}", "en-US": "Scheme versions: {versions}" },
  fileMissing: { "zh-CN": "找不到文件：{file}", "en-US": "File not found: {file}" },
  fileUnreadable: { "zh-CN": "无法读取文件 {file}：{detail}", "en-US": "Cannot read {file}: {detail}" },
  fileType: { "zh-CN": "只支持 .xlsx、.xlsm 和 .csv 文件：{file}", "en-US": "Only .xlsx, .xlsm and .csv files are supported: {file}" },
  outType: { "zh-CN": "输出文件只能是 .xlsx、.xlsm 或 .csv：{file}", "en-US": "The output file must be .xlsx, .xlsm or .csv: {file}" },
  outXlsxFromXlsx: {
    "zh-CN": "Excel 工作簿只能输出为同类型的工作簿（{ext}）：{file}",
    "en-US": "An Excel workbook can only be written as a workbook of the same type ({ext}): {file}",
  },
  cellTaken: {
    "zh-CN": "不会覆盖用户数据：「{sheet}」单元格 {cell} 已有内容（{detail}）。请清空该单元格或移走后再试。",
    "en-US": "Will not overwrite your data: cell {cell} of {sheet} is not empty ({detail}). Clear or move it and try again.",
  },
  cellMerged: {
    "zh-CN": "不会覆盖用户数据：「{sheet}」单元格 {cell} 位于合并区域 {range} 内。",
    "en-US": "Will not overwrite your data: cell {cell} of {sheet} lies in the merged range {range}.",
  },
  sheetNameTaken: {
    "zh-CN": "工作簿已有名为「{sheet}」的工作表，但它不是 Jili 生成的。请改名后再试。",
    "en-US": "The workbook already has a sheet named {sheet} that Jili did not write. Rename it and try again.",
  },
  writeFailed: {
    "zh-CN": "无法写入 {file}：{detail}。原有文件未被改动。",
    "en-US": "Cannot write {file}: {detail}. The existing file was left as it was.",
  },
  badWorkbook: { "zh-CN": "工作簿结构无法识别：{detail}", "en-US": "The workbook's structure is not understood: {detail}" },
  progressRead: { "zh-CN": "已读取 {rows} 行，正在计算…", "en-US": "Read {rows} rows, evaluating…" },
  progressEval: { "zh-CN": "计算完成（{rows} 行），正在输出…", "en-US": "Evaluated {rows} rows, writing…" },
  progressWrite: { "zh-CN": "写入完成。", "en-US": "Written." },
  headerAt: {
    "zh-CN": "文件：{file}　工作表：{sheet}　表头：第 {row} 行　方案：{scheme}（{part}）",
    "en-US": "File: {file}  Sheet: {sheet}  Header: row {row}  Scheme: {scheme} ({part})",
  },
  counts: {
    "zh-CN": "共 {rows} 行：计奖 {ok}，排除 {excluded}，无效 {invalid}，待定 {pending}",
    "en-US": "{rows} rows: {ok} counted, {excluded} excluded, {invalid} invalid, {pending} pending",
  },
  total: { "zh-CN": "奖励合计：{total} 元，获奖 {paid} {who}", "en-US": "Reward total: {total} yuan to {paid} {who}" },
  fines: { "zh-CN": "罚款：{fined} {who}，合计 {total} 元", "en-US": "Fines: {fined} {who}, {total} yuan in all" },
  scored: { "zh-CN": "有「{title}」的：{people} {who}", "en-US": "With a {title}: {people} {who}" },
  people: { "zh-CN": "人", "en-US": "people" },
  groupsOf: { "zh-CN": "组（{level}）", "en-US": "groups ({level})" },
  invalidRows: { "zh-CN": "无效行（需要修正）：", "en-US": "Invalid rows (to fix):" },
  pendingRows: { "zh-CN": "待定行：", "en-US": "Pending rows:" },
  excludedRows: { "zh-CN": "排除行：", "en-US": "Excluded rows:" },
  warningRows: { "zh-CN": "提醒：", "en-US": "Warnings:" },
  rowLine: { "zh-CN": "  第 {row} 行{cell}：{message}", "en-US": "  row {row}{cell}: {message}" },
  more: { "zh-CN": "  ……另有 {count} 条", "en-US": "  … and {count} more" },
  allValid: { "zh-CN": "所有行均有效。", "en-US": "Every row is valid." },
  someInvalid: { "zh-CN": "有 {count} 行无效，请修正后重新计算。", "en-US": "{count} rows are invalid; fix them and run again." },
  written: { "zh-CN": "已写入：{file}", "en-US": "Written to: {file}" },
  summaryOf: { "zh-CN": "汇总（{level}）：", "en-US": "Summary ({level}):" },
  noSummary: { "zh-CN": "此方案没有分组汇总。", "en-US": "This scheme has no group totals." },
  schemesHeader: { "zh-CN": "内置方案：", "en-US": "Presets:" },
  schemeBroken: { "zh-CN": "（方案文件有误）", "en-US": "(broken document)" },
  statementsOutType: {
    "zh-CN": "个人明细写入新的 .xlsx 工作簿：--out 必须以 .xlsx 结尾：{file}",
    "en-US": "Statements are written to a new .xlsx workbook: --out must end in .xlsx: {file}",
  },
  statementsOutIsInput: {
    "zh-CN": "个人明细不会写入原数据文件：请用 --out 指定另一个文件：{file}",
    "en-US": "Statements are never written into the data file: give another file with --out: {file}",
  },
  noStatements: {
    "zh-CN": "方案「{scheme}」的数据表「{part}」没有按人（按组）的合计，无法生成个人明细。",
    "en-US": "The part {part} of the scheme {scheme} has no per-person (per-group) totals, so there are no statements to produce.",
  },
  progressStatements: { "zh-CN": "正在生成个人明细（{rows} 行）…", "en-US": "Laying out the statements ({rows} rows)…" },
  statementsWritten: {
    "zh-CN": "个人明细 {count} 份（工作表「{sheet}」，A4 {orientation}，每人一页起），合计 {total} 元，与汇总表一致。",
    "en-US": "{count} statements (sheet {sheet}, A4 {orientation}, each person on a new page), total {total} yuan, equal to the summary.",
  },
  statementsWrittenNoMoney: {
    "zh-CN": "个人明细 {count} 份（工作表「{sheet}」，A4 {orientation}，每人一页起）。",
    "en-US": "{count} statements (sheet {sheet}, A4 {orientation}, each person on a new page).",
  },
  // the file layer (issue 18)
  fileTypeRead: {
    "zh-CN": "只支持 .xlsx、.xlsm、.xls、.xlsb、.ods、.et 和 .csv 文件：{file}",
    "en-US": "Only .xlsx, .xlsm, .xls, .xlsb, .ods, .et and .csv files are supported: {file}",
  },
  encrypted: {
    "zh-CN": "文件有密码保护，请先在 Excel 中取消密码",
    "en-US": "The workbook is password-protected: remove the password in Excel first",
  },
  partCorrupt: {
    "zh-CN": "工作簿已损坏：部件 {part} 无法读取（{detail}）",
    "en-US": "The workbook is corrupt: its part {part} cannot be read ({detail})",
  },
  xmlPartBroken: {
    "zh-CN": "工作簿的部件 {part} 不是有效的 XML：{detail}",
    "en-US": "The workbook's part {part} is not valid XML: {detail}",
  },
  noSheetsRead: {
    "zh-CN": "工作簿中没有能读取的工作表：{file}",
    "en-US": "No sheets could be read from the workbook: {file}",
  },
  outputBroken: {
    "zh-CN": "Jili 生成的工作簿未通过检查（{part}：{detail}），未写入任何文件。这是 Jili 的错误，请报告。",
    "en-US": "The workbook Jili made failed its check ({part}: {detail}); nothing was written. This is a bug in Jili: please report it.",
  },
  statementsTooLong: {
    "zh-CN": "{subject} 的个人明细共需 {rows} 行，超过一个工作表最多的 {max} 行，未写入任何文件。请把此人的数据按月份分开，分别生成个人明细。",
    "en-US": "The statement of {subject} needs {rows} rows, more than the {max} a worksheet holds; nothing was written. Split that person's data (by month, for instance) and make the statements of each part.",
  },
  legacyUnreadable: {
    "zh-CN": "无法读取文件 {file}（{format}）：{detail}",
    "en-US": "Cannot read {file} ({format}): {detail}",
  },
  legacyOut: {
    "zh-CN": "{format} 文件不会被改写：结果写入新的 .xlsx 工作簿，--out 必须以 .xlsx 结尾：{file}",
    "en-US": "A {format} file is never rewritten: the result goes to a new .xlsx workbook, so --out must end in .xlsx: {file}",
  },
  legacyWritten: {
    "zh-CN": "原文件是 {format} 格式，未改动；结果写入新的 .xlsx 工作簿（原文件的格式、图表等未带入）：{file}",
    "en-US": "The input is a {format} file and was left as it was; the result is a new .xlsx workbook (the original's formatting, charts and the like are not carried over): {file}",
  },
  unknownTemplate: { "zh-CN": "没有模板「{template}」。可选：{templates}", "en-US": "No template {template}. Templates: {templates}" },
  personTotalOf: { "zh-CN": "{title}（各数据表合计）：", "en-US": "{title} (across the tables):" },
  personTotalSheets: { "zh-CN": "读取：{parts}", "en-US": "Read: {parts}" },
  personTotalLeftOut: { "zh-CN": "未计入「{part}」：{reason}（合计不完整）", "en-US": "{part} is not included: {reason} (the totals are incomplete)" },
  groupFindings: { "zh-CN": "分组提示：", "en-US": "Group findings:" },
  groupLine: { "zh-CN": "  {level} {key}：{message}", "en-US": "  {level} {key}: {message}" },
  missingColumnsHint: {
    "zh-CN": "可以：用 --map 字段=列名 指定对应的列；表中只有一个月份时，可用 --param period=2016-05 为整张表指定月份。",
    "en-US": "Either name the column with --map field=column, or, when the sheet holds one month, give it with --param period=2016-05.",
  },
  columnsNeededHint: {
    "zh-CN": "可以：用 --map 字段=列名 指定对应的列，或用 --assume 字段=值 为整张表确认一个值（例如 --assume 是否副卡=否，报告和 Jili 写出的表都会注明）。",
    "en-US": "Either name the column with --map field=column, or confirm one value for the whole sheet with --assume field=value (e.g. --assume 是否副卡=否; the report and every sheet Jili writes say so).",
  },
  internal: { "zh-CN": "内部错误：{detail}", "en-US": "Internal error: {detail}" },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;
/** Values of `{name}` placeholders; a value may differ by language (e.g. column titles). */
export type Vars = Record<string, string | number | Record<Lang, string>>;

export function say(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  return fillIn(MESSAGES[key][lang], vars, lang);
}

/** Both languages, for errors: the chosen one first. */
export function sayBoth(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  const other: Lang = lang === "zh-CN" ? "en-US" : "zh-CN";
  return `${say(lang, key, vars)}\n${say(other, key, vars)}`;
}

/** A problem that stops the command with exit code 2 (usage, file or scheme error). */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly vars: Vars = {},
    readonly details: string[] = [],
  ) {
    super(fillIn(MESSAGES[key]["en-US"], vars, "en-US"));
    this.name = "CliError";
  }

  render(lang: Lang): string {
    return [sayBoth(lang, this.key, this.vars), ...this.details.map((d) => `  ${d}`)].join("\n");
  }
}

export const EXIT = { OK: 0, INVALID_ROWS: 1, ERROR: 2 } as const;

/** A run the engine refused (bad parameter, missing columns, no header …): both languages, the chosen one first. */
export function renderRunProblem(e: RunProblem, lang: Lang): string {
  const other: Lang = lang === "zh-CN" ? "en-US" : "zh-CN";
  const key = e.code === "COLUMNS_NEEDED" ? "columnsNeededHint" : e.code === "MISSING_COLUMNS" ? "missingColumnsHint" : null;
  const hint = key ? [say(lang, key), say(other, key)] : [];
  return [e.text[lang], e.text[other], ...e.details.map((d) => `  ${d}`), ...hint].join("\n");
}
