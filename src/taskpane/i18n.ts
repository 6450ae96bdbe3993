import type { Lang } from "../engine";

/** Every text of the pane, zh-CN first. `{name}` placeholders are filled by `t`. */
const STRINGS = {
  appTitle: { "zh-CN": "Jili 激励计算", "en-US": "Jili incentives" },
  switchLang: { "zh-CN": "English", "en-US": "中文" },
  switchLangLabel: { "zh-CN": "切换到英文界面", "en-US": "Switch to Chinese" },
  stepScheme: { "zh-CN": "1. 选择方案", "en-US": "1. Choose a scheme" },
  schemeLabel: { "zh-CN": "方案", "en-US": "Scheme" },
  schemePlaceholder: { "zh-CN": "请选择…", "en-US": "Choose…" },
  savedScheme: { "zh-CN": "本工作簿保存的方案：{title}", "en-US": "Saved in this workbook: {title}" },
  schemeFile: { "zh-CN": "从文件载入方案（.json）", "en-US": "Load a scheme file (.json)" },
  fileScheme: { "zh-CN": "文件：{title}", "en-US": "File: {title}" },
  partLabel: { "zh-CN": "数据表", "en-US": "Part" },
  partAuto: { "zh-CN": "自动识别", "en-US": "Detect" },
  stepData: { "zh-CN": "2. 读取数据", "en-US": "2. Find the data" },
  readData: { "zh-CN": "读取当前工作表", "en-US": "Read the active sheet" },
  dataFound: { "zh-CN": "「{sheet}」表头在第 {row} 行，数据 {rows} 行", "en-US": "{sheet}: header on row {row}, {rows} data rows" },
  dataTable: { "zh-CN": "（表格 {table}）", "en-US": " (table {table})" },
  hiddenRows: { "zh-CN": "有隐藏行：隐藏行同样参与计算。", "en-US": "Some rows are hidden; they are evaluated too." },
  stepMapping: { "zh-CN": "3. 列对应", "en-US": "3. Columns" },
  mappingNone: { "zh-CN": "（无）", "en-US": "(none)" },
  mappingAuto: { "zh-CN": "自动", "en-US": "auto" },
  mappingManual: { "zh-CN": "手动", "en-US": "manual" },
  required: { "zh-CN": "必需", "en-US": "required" },
  missingRequired: { "zh-CN": "缺少必需的列：{fields}。请在下方为它们选择列。", "en-US": "Required columns missing: {fields}. Choose a column for each below." },
  staleOverrides: { "zh-CN": "保存的列选择已找不到：{fields}", "en-US": "Saved column choices not found any more: {fields}" },
  stepParams: { "zh-CN": "方案参数", "en-US": "Scheme parameters" },
  maskedParam: { "zh-CN": "未设置：相关结果为待定", "en-US": "not set: results needing it are pending" },
  stepRun: { "zh-CN": "4. 校验与填写", "en-US": "4. Validate and fill" },
  validate: { "zh-CN": "校验", "en-US": "Validate" },
  fill: { "zh-CN": "计算并填写", "en-US": "Calculate and fill" },
  fillSaved: { "zh-CN": "按保存的设置计算并填写", "en-US": "Calculate and fill with saved settings" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },
  progressRead: { "zh-CN": "正在读取… {done}/{total} 行", "en-US": "Reading… {done}/{total} rows" },
  progressCheck: { "zh-CN": "正在检查目标单元格…", "en-US": "Checking the target cells…" },
  progressWrite: { "zh-CN": "正在写入… {done}/{total} 行", "en-US": "Writing… {done}/{total} rows" },
  progressSummary: { "zh-CN": "正在生成汇总表…", "en-US": "Writing the summary sheet…" },
  progressMark: { "zh-CN": "正在标记问题单元格…", "en-US": "Marking cells…" },
  cancelled: { "zh-CN": "已取消：已写入 {rows} 行。再次运行会替换 Jili 的列。", "en-US": "Cancelled after {rows} rows. Running again replaces Jili's columns." },
  issuesTitle: { "zh-CN": "校验结果", "en-US": "Validation" },
  counts: { "zh-CN": "共 {rows} 行：计奖 {ok}，排除 {excluded}，无效 {invalid}，待定 {pending}", "en-US": "{rows} rows: {ok} counted, {excluded} excluded, {invalid} invalid, {pending} pending" },
  allValid: { "zh-CN": "所有行均有效。", "en-US": "Every row is valid." },
  marked: { "zh-CN": "已标记 {count} 个单元格。", "en-US": "{count} cells marked." },
  issueRow: { "zh-CN": "第 {row} 行", "en-US": "row {row}" },
  issueMore: { "zh-CN": "……另有 {count} 行", "en-US": "… and {count} more rows" },
  selectCell: { "zh-CN": "选中 {cell}", "en-US": "Select {cell}" },
  conflictTitle: { "zh-CN": "要覆盖这些单元格吗？", "en-US": "Overwrite these cells?" },
  conflictIntro: { "zh-CN": "以下单元格有您的数据，Jili 需要写入它们：", "en-US": "These cells hold your data and Jili needs to write them:" },
  conflictFormula: { "zh-CN": "{cell}（公式）", "en-US": "{cell} (a formula)" },
  conflictSheet: { "zh-CN": "工作表「{sheet}」不是本工作簿记录的 Jili 汇总表，将被替换", "en-US": "Sheet {sheet} is not recorded as Jili's summary; it will be replaced" },
  conflictMerged: { "zh-CN": "{cell} 位于合并单元格内，Jili 不能写入。请取消合并或移走后再试。", "en-US": "{cell} is inside merged cells, which Jili cannot write. Unmerge or move them and try again." },
  conflictMore: { "zh-CN": "……共 {count} 处", "en-US": "… {count} in all" },
  overwrite: { "zh-CN": "覆盖", "en-US": "Overwrite" },
  keep: { "zh-CN": "不覆盖", "en-US": "Keep my data" },
  close: { "zh-CN": "关闭", "en-US": "Close" },
  resultTitle: { "zh-CN": "本次结果", "en-US": "Result" },
  paid: { "zh-CN": "获奖人次", "en-US": "People paid" },
  total: { "zh-CN": "奖励合计（元）", "en-US": "Total (yuan)" },
  excludedBy: { "zh-CN": "排除原因", "en-US": "Rows excluded by reason" },
  written: { "zh-CN": "已写入 {rows} 行，{syncs} 次同步。", "en-US": "{rows} rows written in {syncs} syncs." },
  errorTitle: { "zh-CN": "出错了", "en-US": "Something went wrong" },
  dismiss: { "zh-CN": "知道了", "en-US": "Dismiss" },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Office's display language (e.g. zh-CN, zh-TW, en-GB) → the pane's language: Chinese when unknown, English for any other. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return "zh-CN";
  return displayLanguage.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}
