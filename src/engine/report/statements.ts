import { Lang } from "../i18n/messages";
import { Dec } from "../money/decimal";
import { EvaluationResult } from "../evaluate/result";
import { readCell } from "../evaluate/readFields";
import { InputTable } from "../evaluate/table";
import { StatusName } from "../evaluate/status";
import { FieldDef, LevelDef, PartDef } from "../scheme/schema";
import { RawCell } from "../values/parseNumber";
import { CellProblem } from "../values/problem";
import { Temporal } from "../values/value";
import { buildFillPlan, CellOut, FillPlan } from "./fillPlan";
import { OWNED_PREFIX } from "./labels";

/**
 * Per-person statements (个人奖励明细): for each person (the summary level's groups that share the person key),
 * the rows behind each amount with the key input columns, each row's amounts, status and explanation, the group
 * totals with their explanation, and the total — the same figures the summary sheet shows, from the same run.
 * Then a printable sheet layout (typed cells, merges, styles, page breaks, A4 print settings) that the command line
 * writes with exceljs and the task pane with Office.js.
 */

export const STATEMENT_LABELS: Record<Lang, Record<string, string>> = {
  "zh-CN": {
    sheet: `${OWNED_PREFIX}个人明细`,
    title: "个人奖励明细",
    scheme: "方案",
    part: "数据表",
    source: "数据来源",
    row: "行号",
    status: "状态",
    explanation: "计算说明",
    groupExplanation: "计算说明",
    total: "合计",
    blank: "（空）",
    pending: "待定",
    pendingNote: "含待定项：{items}。合计为已确定的部分。",
    incomplete: "本明细不完整：有无效或待定的行，请修正后重新生成。",
    received: "领取人签字：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿",
    prepared: "制表：＿＿＿＿＿＿＿＿　　审核：＿＿＿＿＿＿＿＿",
    footer: "第 &P 页，共 &N 页",
    listSep: "、",
    pairSep: "：",
    gap: "　　",
  },
  "en-US": {
    sheet: `${OWNED_PREFIX}Statements`,
    title: "Reward statement",
    scheme: "Scheme",
    part: "Part",
    source: "Source",
    row: "Row",
    status: "Status",
    explanation: "Explanation",
    groupExplanation: "Explanation",
    total: "Total",
    blank: "(blank)",
    pending: "pending",
    pendingNote: "Includes pending items: {items}. The total is the part known so far.",
    incomplete: "This statement is incomplete: some rows are invalid or pending. Fix them and produce it again.",
    received: "Received by: ____________________    Date: ______________",
    prepared: "Prepared by: ____________________    Checked by: ____________________",
    footer: "Page &P of &N",
    listSep: ", ",
    pairSep: ": ",
    gap: "    ",
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The statement model

/** One column of a statement's row table. */
export interface StatementColumn {
  kind: "row" | "input" | "output" | "status" | "explanation";
  /** field key or output name; "row", "status", "explanation" for the others */
  key: string;
  title: string;
  /** Excel number format of numeric cells, null for general / text */
  numberFormat: string | null;
}

export interface StatementRow {
  /** sheet row number of the data row */
  row: number;
  status: StatusName;
  /** one cell per StatementSet.columns */
  cells: CellOut[];
}

export interface StatementValue {
  name: string;
  title: string;
  value: CellOut;
  numberFormat: string | null;
  pending?: string;
}

/** One group of the summary level (one line of the summary sheet): e.g. one person's month. */
export interface StatementSection {
  /** the group's key texts, as in the summary sheet */
  key: Record<string, string>;
  /** the keys other than the person's (the period, the customer …), shown above the section's rows */
  heading: { title: string; value: string }[];
  /** 0-based line of the summary table this section is */
  summaryRow: number;
  rows: StatementRow[];
  /** the group's outputs, the values of its summary line */
  outputs: StatementValue[];
  explanation: string;
  status: StatusName;
  complete: boolean;
}

export interface StatementTotal {
  name: string;
  title: string;
  /** Σ of the sections' money totals, exact (decimal), as a number */
  value: number;
  /** the same as money text, grouped: 1,220.00 */
  text: string;
  numberFormat: string;
  /** pending codes of sections whose total is not final */
  pending: string[];
}

export interface Statement {
  /** 0-based, in order of the person's first appearance in the data */
  index: number;
  /** the person key(s): level key name, title and text, e.g. person, 揽装人, 王丽 */
  subject: { name: string; title: string; value: string }[];
  /** inputs with one value on every row of every statement (岗位、工号 …), shown in the header */
  info: { title: string; value: string }[];
  /** period keys' values of the sections, e.g. 2016-01, 2016-02 */
  periods: { title: string; values: string[] } | null;
  sections: StatementSection[];
  /** the first money output of the summary level, summed over the sections; null when the level has no money */
  total: StatementTotal | null;
  /** every section complete (no invalid or pending row, no pending output) */
  complete: boolean;
}

export interface StatementSet {
  lang: Lang;
  scheme: { id: string; title: string };
  part: { id: string; title: string };
  /** parts of the scheme (the part is named in the header of a multi-part scheme's statements) */
  parts: number;
  /** the data sheet (or file) the rows came from, when known */
  source: string | null;
  /** the summary level the statements are cut from; null when the part has no group totals */
  level: { id: string; title: string } | null;
  columns: StatementColumn[];
  statements: Statement[];
  /** Σ of every statement's total (equals the summary's total); null without a money total */
  grandTotal: number | null;
  /** money rounding scale of the scheme */
  scale: number;
}

export interface StatementOptions {
  /** the run's fill plan (its summary is what the statements add up to); built when absent */
  plan?: FillPlan;
  /** the level to cut statements from; default the summary level (first level with outputs) */
  level?: string;
  /** most input columns in the row table (default 8): required fields first, then the others, in field order */
  maxInputColumns?: number;
  /** the data sheet's name, shown in each statement's header */
  source?: string;
}

const PERIOD_NAME = /^(month|quarter|quarterkey|period|year|yearmonth|reportmonth|week)$/i;
const PERIOD_CALL = /^\s*(month|quarter|year|week)\s*\(/i;

/**
 * A level key that names a period rather than a person: month(date), quarter, yearMonth, a date field. The other
 * keys say whose statement a group belongs to.
 */
export function isPeriodKey(part: PartDef, key: LevelDef["keys"][number]): boolean {
  if (PERIOD_NAME.test(key.name) || PERIOD_CALL.test(key.expr)) return true;
  const expr = key.expr.trim();
  const field = part.fields.find((f) => f.key === expr || f.title["zh-CN"] === expr || f.title["en-US"] === expr);
  return !!field && (field.type === "date" || field.type === "datetime" || field.type === "month");
}

export function moneyFormat(scale: number): string {
  return scale > 0 ? `#,##0.${"0".repeat(scale)}` : "#,##0";
}

/** Money text as the summary shows it: grouped thousands, the scheme's decimals. */
export function moneyText(v: Dec | number, scale: number): string {
  const d = v instanceof Dec ? v : new Dec(String(v));
  const fixed = d.abs().toFixed(scale);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${d.isNegative() && !d.isZero() ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

function inputFormat(f: FieldDef, scale: number): string | null {
  if (f.type === "money") return moneyFormat(scale);
  if (f.type === "rate") return "0.00%";
  return null;
}

/** An input cell as the statement shows it: the value as Jili read it (dates as text), or the cell as written. */
function inputCell(f: FieldDef, raw: RawCell, lang: Lang): CellOut {
  if (raw === null || raw === undefined || raw === "") return "";
  const v = readCell(f, raw);
  if (v instanceof CellProblem || v === null) return raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
  if (v instanceof Dec) return v.toNumber();
  if (v instanceof Temporal) return v.toString();
  if (typeof v === "boolean") return lang === "zh-CN" ? (v ? "是" : "否") : v ? "yes" : "no";
  return String(v);
}

function textOf(v: CellOut): string {
  return v === null || v === undefined ? "" : String(v);
}

function chooseInputs(fields: FieldDef[], max: number): FieldDef[] {
  if (fields.length <= max) return fields;
  const chosen = new Set<FieldDef>(fields.filter((f) => f.required).slice(0, max));
  for (const f of fields) if (chosen.size < max) chosen.add(f);
  return fields.filter((f) => chosen.has(f));
}

/**
 * The statements of one run: one per person of the summary level (groups sharing the non-period keys), each with
 * its groups as sections. The sections' figures are the summary table's lines, so every statement's total equals
 * the sum of that person's lines in the summary sheet.
 */
export function buildStatements(result: EvaluationResult, table: InputTable, lang: Lang, options: StatementOptions = {}): StatementSet {
  const L = STATEMENT_LABELS[lang];
  const part = result.part;
  const scale = result.scheme.rounding.scale;
  const plan = options.plan ?? buildFillPlan(result, lang, { summaryLevel: options.level });
  const base: StatementSet = {
    lang,
    scheme: { id: result.scheme.id, title: result.scheme.title[lang] },
    part: { id: part.id, title: part.title[lang] },
    parts: result.scheme.parts.length,
    source: options.source ?? null,
    level: null,
    columns: [],
    statements: [],
    grandTotal: null,
    scale,
  };
  const summary = plan.summary;
  if (!summary) return base;
  const level = part.levels.find((l) => l.id === summary.level);
  if (!level) return base;
  base.level = { id: level.id, title: level.title[lang] };
  const defs = part.outputs[level.id] ?? [];
  const groups = result.groups(level.id, true);
  const members = result.memberRows(level.id);
  const n = result.rowCount;

  // the inputs as read, per mapped field, in field order
  const mapped = part.fields.filter((f) => result.mapping.index.has(f.key));
  const inputs = new Map<string, CellOut[]>();
  for (const f of mapped) {
    const col = result.mapping.index.get(f.key)!;
    const values: CellOut[] = new Array(n);
    for (let i = 0; i < n; i++) values[i] = inputCell(f, table.rows[i]?.[col], lang);
    inputs.set(f.key, values);
  }

  // who each group belongs to: its non-period keys (all keys when every key is a period)
  const personKeys = level.keys.filter((k) => !isPeriodKey(part, k));
  const subjectKeys = personKeys.length ? [personKeys[0]] : level.keys;
  const periodKeys = level.keys.filter((k) => isPeriodKey(part, k) && !subjectKeys.includes(k));
  const headingKeys = level.keys.filter((k) => !subjectKeys.includes(k));
  const byPerson = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const id = JSON.stringify(subjectKeys.map((k) => g.key[k.name]));
    const list = byPerson.get(id);
    if (list) list.push(i);
    else byPerson.set(id, [i]);
  });
  const people = [...byPerson.values()];
  const rowsOf = (g: number): number[] => members[g];

  // an input with a single value on every statement goes in the header; the others are columns
  const constant = new Set<string>();
  for (const f of mapped) {
    const values = inputs.get(f.key)!;
    const same = people.every((gs) => {
      let first: string | undefined;
      for (const g of gs)
        for (const i of rowsOf(g)) {
          const t = textOf(values[i]);
          if (first === undefined) first = t;
          else if (t !== first) return false;
        }
      return true;
    });
    if (same) constant.add(f.key);
  }
  const inputFields = chooseInputs(
    mapped.filter((f) => !constant.has(f.key)),
    options.maxInputColumns ?? 8,
  );

  const outputCols = plan.columns.filter((c) => c.kind === "output");
  const statusCol = plan.columns.find((c) => c.kind === "status");
  const explanationCol = plan.columns.find((c) => c.kind === "explanation");
  const rowDefs = part.outputs.row ?? [];
  const columns: StatementColumn[] = [
    { kind: "row", key: "row", title: L.row, numberFormat: "0" },
    ...inputFields.map((f): StatementColumn => ({ kind: "input", key: f.key, title: f.title[lang], numberFormat: inputFormat(f, scale) })),
    ...outputCols.map((c): StatementColumn => ({ kind: "output", key: c.name, title: rowDefs.find((d) => d.name === c.name)?.title[lang] ?? c.name, numberFormat: c.numberFormat ?? null })),
    { kind: "status", key: "status", title: L.status, numberFormat: null },
    { kind: "explanation", key: "explanation", title: L.explanation, numberFormat: null },
  ];
  base.columns = columns;

  const firstMoney = defs.findIndex((d) => d.type === "money");
  const keyCount = level.keys.length;
  const periodOrder = (a: number, b: number) => {
    for (const k of periodKeys) {
      const c = groups[a].key[k.name].localeCompare(groups[b].key[k.name], "en", { numeric: true });
      if (c) return c;
    }
    return a - b;
  };
  let grand = new Dec(0);
  base.statements = people.map((gs, index): Statement => {
    const ordered = [...gs].sort(periodOrder);
    const sections = ordered.map((g): StatementSection => {
      const group = groups[g];
      const line = summary.rows[g];
      const rows = rowsOf(g).map((i): StatementRow => {
        const cells: CellOut[] = columns.map((c) => {
          if (c.kind === "row") return result.rowNumbers[i];
          if (c.kind === "input") return inputs.get(c.key)![i];
          if (c.kind === "output") return outputCols.find((o) => o.name === c.key)!.values[i] ?? null;
          if (c.kind === "status") return statusCol?.values[i] ?? result.rowStatus(i);
          return explanationCol ? (explanationCol.values[i] ?? "") : (result.row(i, true).explanation?.[lang] ?? "");
        });
        return { row: result.rowNumbers[i], status: result.rowStatus(i), cells };
      });
      return {
        key: group.key,
        heading: headingKeys.map((k) => ({ title: k.title[lang], value: group.key[k.name] || L.blank })),
        summaryRow: g,
        rows,
        outputs: defs.map((d, j): StatementValue => {
          const v: StatementValue = { name: d.name, title: d.title[lang], value: line[keyCount + j], numberFormat: summary.numberFormats[keyCount + j] };
          const pending = group.outputs[d.name].pending;
          if (pending) v.pending = pending;
          return v;
        }),
        explanation: group.explanation?.[lang] ?? "",
        status: group.status,
        complete: group.complete,
      };
    });
    const first = groups[gs[0]];
    const firstRow = rowsOf(gs[0])[0];
    // a key such as coalesce(staffId, recruiter) is titled by the field it took its value from (工号：YD0585)
    const constantTitle = (value: string) => mapped.find((f) => constant.has(f.key) && firstRow !== undefined && textOf(inputs.get(f.key)![firstRow]) === value)?.title[lang];
    const subject = subjectKeys.map((k) => {
      const value = first.key[k.name] || L.blank;
      return { name: k.name, title: constantTitle(value) ?? k.title[lang], value };
    });
    const subjectValues = new Set(subject.map((s) => s.value));
    const info: { title: string; value: string }[] = [];
    for (const f of mapped) {
      if (!constant.has(f.key) || firstRow === undefined) continue;
      const value = textOf(inputs.get(f.key)![firstRow]);
      // a yes/no that is the same for everyone says nothing about this person
      if (value !== "" && !subjectValues.has(value) && f.type !== "bool") info.push({ title: f.title[lang], value });
    }
    let total: StatementTotal | null = null;
    if (firstMoney >= 0) {
      const d = defs[firstMoney];
      let sum = new Dec(0);
      const pending: string[] = [];
      for (const s of sections) {
        const v = s.outputs[firstMoney].value;
        if (typeof v === "number") sum = sum.plus(new Dec(String(v)));
        const p = s.outputs[firstMoney].pending;
        if (p && !pending.includes(p)) pending.push(p);
      }
      grand = grand.plus(sum);
      total = { name: d.name, title: d.title[lang], value: sum.toNumber(), text: moneyText(sum, scale), numberFormat: moneyFormat(scale), pending };
    }
    return {
      index,
      subject,
      info,
      periods: periodKeys.length ? { title: periodKeys.map((k) => k.title[lang]).join("/"), values: sections.map((s) => periodKeys.map((k) => s.key[k.name]).join("/")) } : null,
      sections,
      total,
      complete: sections.every((s) => s.complete),
    };
  });
  base.grandTotal = firstMoney >= 0 ? grand.toNumber() : null;
  return base;
}

// ---------------------------------------------------------------------------------------------------------------
// The sheet layout

export type StatementStyle = "title" | "info" | "section" | "header" | "cell" | "cellWrap" | "label" | "value" | "explainLabel" | "explain" | "totalLabel" | "totalValue" | "note" | "sign";

/** How a style looks; both writers (exceljs, Office.js) map exactly these properties. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** font size in points (default 11) */
  size?: number;
  /** fill colour #RRGGBB */
  fill?: string;
  align?: "left" | "center" | "right";
  valign?: "top" | "center";
  wrap?: boolean;
  /** thin lines around and between every cell of the run */
  border?: boolean;
}

export const STATEMENT_STYLES: Record<StatementStyle, CellStyle> = {
  title: { bold: true, size: 14, align: "center" },
  info: { align: "left" },
  section: { bold: true, fill: "#F2F2F2", align: "left", border: true },
  header: { bold: true, fill: "#D9E1F2", align: "center", valign: "center", wrap: true, border: true },
  cell: { valign: "top", border: true },
  cellWrap: { valign: "top", wrap: true, align: "left", border: true },
  label: { align: "right" },
  value: { border: true },
  explainLabel: { align: "right", valign: "top" },
  explain: { wrap: true, valign: "top", align: "left", border: true },
  totalLabel: { bold: true, align: "right" },
  totalValue: { bold: true, fill: "#FFF2CC", border: true },
  note: { italic: true, align: "left" },
  sign: { align: "left" },
};

export interface SheetCell {
  value: CellOut;
  style: StatementStyle;
  /** number format; "@" keeps a text (2016-01, 00123, a phone number) from being read as a number or date */
  numberFormat: string | null;
}

export interface PrintSettings {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** fit all columns on one page wide, as many pages tall as needed */
  fitToWidth: 1;
  fitToHeight: 0;
  centerHorizontally: true;
  /** margins in inches */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** footer with Excel's page codes (&P, &N) */
  footer: string;
}

export interface StatementSheet {
  /** a valid Excel sheet name, ≤ 31 characters, Jili's own prefix */
  name: string;
  /** widths of the columns in Excel characters */
  columnWidths: number[];
  /** rows[r][c]: sheet row r + 1, column c; null leaves the cell empty */
  rows: (SheetCell | null)[][];
  /** merged ranges, each on one row: 1-based row, 0-based first and last column */
  merges: { row: number; left: number; right: number }[];
  /**
   * row heights in points where a wrapped cell needs more than one line (estimated from the text's width), else
   * null. The command line writes them; Excel's own autofit does the same in the task pane.
   */
  rowHeights: (number | null)[];
  /** 1-based rows that start a new page: the first row of each statement after the first */
  pageBreaks: number[];
  print: PrintSettings;
  /** where each statement sits (1-based rows) and its total, for the writers' progress and the tests */
  blocks: { subject: string; top: number; bottom: number; totalRow: number | null; total: number | null }[];
}

const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * A valid Excel sheet name: no []:*?/\, no leading or trailing apostrophe, 1–31 characters (UTF-16 units, as Excel
 * counts them), not "History"; unique against `taken` (case-insensitive) by a " (2)", " (3)" … suffix.
 */
export function validSheetName(wanted: string, taken: (name: string) => boolean = () => false): string {
  let base = wanted.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "").trim();
  if (!base || base.toLowerCase() === "history") base = "Sheet";
  const cut = (s: string, max: number) => {
    let out = s.slice(0, max);
    // never split a surrogate pair
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
    return out.replace(/'+$/, "");
  };
  const first = cut(base, 31);
  if (!taken(first)) return first;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = cut(base, 31 - suffix.length) + suffix;
    if (!taken(name)) return name;
  }
}

/** Display width in Excel characters: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** height of one line of 11 pt text in points */
const LINE_POINTS = 15;

/** Usable width of an A4 page in Excel characters (11 pt, margins 0.5"), portrait and landscape. */
const PAGE_CHARS = { portrait: 92, landscape: 136 };

function shown(v: CellOut, format: string | null): string {
  if (typeof v === "number") {
    const m = format ? /0\.(0+)/.exec(format) : null;
    return m ? v.toFixed(m[1].length) : String(v);
  }
  return textOf(v);
}

export interface LayoutOptions {
  /** the sheet name (default Jili个人明细 / Jili Statements), made valid and unique against `taken` */
  name?: string;
  taken?: (name: string) => boolean;
}

/**
 * The printable sheet: the statements one under the other, each starting on a new page (a manual page break), on
 * A4 fitted to the page width — portrait when the row table fits, landscape otherwise. A clerk prints the sheet once
 * and gets one statement (or more pages of it) per person, each with a place to sign.
 */
export function layoutStatements(set: StatementSet, options: LayoutOptions = {}): StatementSheet {
  const L = STATEMENT_LABELS[set.lang];
  const name = validSheetName(options.name ?? L.sheet, options.taken);
  const cols = set.columns;
  const W = Math.max(cols.length, 3);
  const valueCol = W - 2;
  const explainCol = W - 1;

  // widths: the widest header or value, within bounds per kind; the explanation takes what the page has left
  const widths = cols.map((c, j) => {
    // a long header wraps onto two lines rather than widen its column
    let w = Math.min(displayWidth(c.title), c.kind === "input" || c.kind === "output" ? 8 : 24) + 2;
    for (const s of set.statements)
      for (const sec of s.sections)
        for (const r of sec.rows) {
          const t = displayWidth(shown(r.cells[j], c.numberFormat)) + 2;
          if (t > w) w = t;
        }
    if (c.kind === "row") return clamp(w, 6, 8);
    if (c.kind === "input") return clamp(w, 6, 22);
    if (c.kind === "output") return clamp(w, 8, 16);
    if (c.kind === "status") return clamp(w, 10, 16);
    return w;
  });
  for (const s of set.statements)
    for (const sec of s.sections)
      for (const o of sec.outputs) widths[valueCol] = Math.max(widths[valueCol], clamp(displayWidth(shown(o.value, o.numberFormat)) + 2, 0, 24));
  const others = widths.reduce((a, w, j) => (j === explainCol ? a : a + w), 0);
  const orientation: PrintSettings["orientation"] = others + 40 <= PAGE_CHARS.portrait ? "portrait" : "landscape";
  // landscape: at least 50 characters, so an explanation takes two lines rather than four (the page then scales)
  widths[explainCol] = clamp(PAGE_CHARS[orientation] - others, orientation === "portrait" ? 40 : 50, 80);

  const rows: (SheetCell | null)[][] = [];
  const merges: StatementSheet["merges"] = [];
  const pageBreaks: number[] = [];
  const blocks: StatementSheet["blocks"] = [];
  const empty = (): (SheetCell | null)[] => new Array(W).fill(null);
  const cell = (value: CellOut, style: StatementStyle, numberFormat: string | null = null): SheetCell => ({
    value,
    style,
    numberFormat: typeof value === "string" && value !== "" ? "@" : numberFormat,
  });
  /** a row whose cells left..right are merged, the text in the first */
  const spanned = (line: (SheetCell | null)[], left: number, right: number, value: CellOut, style: StatementStyle) => {
    line[left] = cell(value, style);
    for (let c = left + 1; c <= right; c++) line[c] = { value: "", style, numberFormat: null };
    if (right > left) merges.push({ row: rows.length + 1, left, right });
  };
  const push = (line: (SheetCell | null)[]) => rows.push(line);
  const spanRow = (value: CellOut, style: StatementStyle) => {
    const line = empty();
    spanned(line, 0, W - 1, value, style);
    push(line);
  };
  const pairs = (list: { title: string; value: string }[]) => list.map((p) => `${p.title}${L.pairSep}${p.value}`);
  /** info pairs in lines of at most ~the page's width, so no merged line needs wrapping */
  const infoLines = (items: string[]) => {
    const limit = PAGE_CHARS[orientation] - 4;
    const lines: string[] = [];
    for (const item of items) {
      const last = lines[lines.length - 1];
      if (last !== undefined && displayWidth(last) + displayWidth(L.gap) + displayWidth(item) <= limit) lines[lines.length - 1] = `${last}${L.gap}${item}`;
      else lines.push(item);
    }
    return lines;
  };

  set.statements.forEach((s, k) => {
    const top = rows.length + 1;
    if (k > 0) pageBreaks.push(top);
    spanRow(`${set.scheme.title} — ${L.title}`, "title");
    const head = pairs(s.subject).concat(pairs(s.info));
    if (s.periods) head.push(`${s.periods.title}${L.pairSep}${s.periods.values.join(L.listSep)}`);
    for (const line of infoLines(head)) spanRow(line, "info");
    const scheme = [set.lang === "zh-CN" ? `${L.scheme}${L.pairSep}${set.scheme.title}（${set.scheme.id}）` : `${L.scheme}${L.pairSep}${set.scheme.title} (${set.scheme.id})`];
    if (set.parts > 1) scheme.push(`${L.part}${L.pairSep}${set.part.title}`);
    if (set.source) scheme.push(`${L.source}${L.pairSep}${set.source}`);
    for (const line of infoLines(scheme)) spanRow(line, "info");

    for (const sec of s.sections) {
      push(empty());
      if (sec.heading.length) spanRow(pairs(sec.heading).join(L.gap), "section");
      push(cols.map((c) => cell(c.title, "header")));
      for (const r of sec.rows) {
        push(cols.map((c, j) => cell(r.cells[j], c.kind === "status" || c.kind === "explanation" ? "cellWrap" : "cell", c.numberFormat)));
      }
      for (const o of sec.outputs) {
        const line = empty();
        spanned(line, 0, valueCol - 1, o.title, "label");
        line[valueCol] = cell(o.value, "value", o.numberFormat);
        if (o.pending) line[explainCol] = cell(`${L.pending} ${o.pending}`, "note");
        push(line);
      }
      if (sec.explanation) {
        const line = empty();
        spanned(line, 0, valueCol, L.groupExplanation, "explainLabel");
        line[explainCol] = cell(sec.explanation, "explain");
        push(line);
      }
    }

    push(empty());
    let totalRow: number | null = null;
    if (s.total) {
      const line = empty();
      spanned(line, 0, valueCol - 1, `${L.total}${L.pairSep}${s.total.title}`, "totalLabel");
      line[valueCol] = cell(s.total.value, "totalValue", s.total.numberFormat);
      totalRow = rows.length + 1;
      push(line);
      if (s.total.pending.length) spanRow(L.pendingNote.replace("{items}", s.total.pending.join(L.listSep)), "note");
    }
    if (!s.complete) spanRow(L.incomplete, "note");
    push(empty());
    spanRow(L.received, "sign");
    push(empty());
    spanRow(L.prepared, "sign");
    blocks.push({ subject: s.subject.map((x) => x.value).join(" "), top, bottom: rows.length, totalRow, total: s.total ? s.total.value : null });
  });

  const rowHeights = rows.map((line) => {
    let lines = 1;
    line.forEach((c, j) => {
      if (!c || !STATEMENT_STYLES[c.style].wrap || typeof c.value !== "string" || !c.value) return;
      lines = Math.max(lines, Math.ceil(displayWidth(c.value) / Math.max(1, widths[j])));
    });
    return lines > 1 ? Math.min(409, lines * LINE_POINTS + 3) : null;
  });

  return {
    name,
    columnWidths: widths,
    rowHeights,
    rows,
    merges,
    pageBreaks,
    print: {
      paperSize: "A4",
      orientation,
      fitToWidth: 1,
      fitToHeight: 0,
      centerHorizontally: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      footer: L.footer,
    },
    blocks,
  };
}

/** A rectangle of cells sharing one style (1-based rows, 0-based columns, inclusive). */
export interface StyleRun {
  top: number;
  bottom: number;
  left: number;
  right: number;
  style: StatementStyle;
}

/**
 * The styled cells of rows [top, bottom] as few rectangles as possible: adjacent cells of one style on a row, then
 * the same run on consecutive rows. The Office.js writer formats each rectangle once.
 */
export function styleRuns(sheet: StatementSheet, top = 1, bottom = sheet.rows.length): StyleRun[] {
  const out: StyleRun[] = [];
  let open = new Map<string, StyleRun>();
  for (let r = top; r <= bottom; r++) {
    const line = sheet.rows[r - 1] ?? [];
    const next = new Map<string, StyleRun>();
    let c = 0;
    while (c < line.length) {
      const s = line[c];
      if (!s) {
        c++;
        continue;
      }
      let e = c;
      while (e + 1 < line.length && line[e + 1]?.style === s.style) e++;
      const id = `${c}:${e}:${s.style}`;
      const run = open.get(id);
      if (run) {
        run.bottom = r;
        next.set(id, run);
        open.delete(id);
      } else {
        const fresh = { top: r, bottom: r, left: c, right: e, style: s.style };
        out.push(fresh);
        next.set(id, fresh);
      }
      c = e + 1;
    }
    open = next;
  }
  return out;
}
