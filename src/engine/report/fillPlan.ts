import { isVersioned, VersionUse } from "../versions/versionedResult";
import { Lang } from "../i18n/messages";
import { Dec } from "../money/decimal";
import { EvaluationResult, FillRows, OutputCell } from "../evaluate/result";
import { STATUS_NAMES } from "../evaluate/status";
import { OutputDef } from "../scheme/schema";
import { LABELS, OWNED_PREFIX, STATUS_LABEL } from "./labels";
import { moneyText } from "../money/moneyText";
import { moneyFormat } from "../money/moneyFormat";
import { payOutputIndex } from "./payOutput";

export type CellOut = string | number | boolean | null;

/** One column Jili appends to the data (one value per data row). */
export interface FillColumn {
  name: string;
  header: string;
  kind: "output" | "status" | "explanation";
  /** Excel number format for numeric columns */
  numberFormat?: string;
  values: CellOut[];
}

export interface SummaryTable {
  sheetName: string;
  level: string;
  headers: string[];
  rows: CellOut[][];
  /** numeric formats per column (null for text) */
  numberFormats: (string | null)[];
  /** the column charted (a money total) and the column naming each bar, or null when nothing is money */
  chart: { title: string; categoryColumn: number; valueColumn: number } | null;
  /**
   * What the results rest on besides the sheet's own cells — values confirmed for the whole sheet, defaults the
   * source states, fields worked out from other columns — one line each, written under the table (summaryNotesRow)
   */
  notes?: string[];
  /** of the notes, what the results rest on and the run stamp (without the grand total): what statements repeat */
  runNotes?: string[];
}

export interface RunStats {
  rows: number;
  ok: number;
  excluded: number;
  invalid: number;
  pending: number;
  /** groups of the summary level with a money total above 0 */
  paid: number;
  /** sum of the summary level's pay output (flagged `total`, or its only money output) */
  total: number;
  byReason: Record<string, number>;
  /** the versions that computed the rows, when the scheme has dated versions */
  versions?: VersionUse[];
}

export interface FillPlan {
  columns: FillColumn[];
  summary: SummaryTable | null;
  stats: RunStats;
  /** each person's total across the scheme's parts (scheme.personTotal), on a sheet of its own */
  personTotal?: SummaryTable;
}

function numberFormat(def: OutputDef, scale: number): string | undefined {
  if (def.type === "money") return moneyFormat(scale);
  if (def.type === "score") return "0.00";
  if (def.decimals !== undefined) return def.decimals === 0 ? "0" : `0.${"0".repeat(def.decimals)}`;
  return undefined;
}

function cellValue(c: OutputCell, lang: Lang): CellOut {
  if (c.pending && c.value === null) return lang === "zh-CN" ? `待定(${c.pending})` : `pending (${c.pending})`;
  return c.value;
}

/** Status texts remembered by (status, reasons, notes); past these, texts are made row by row. */
const STATUS_TEXTS_KEPT = 65536;

/**
 * A row's status cell: its status, and when it has reasons or notes, their messages ("排除: …"). Rows that share
 * their lists of reasons and notes — every row with the same one reason (FillRows) — share one text, made once (a
 * rule that excludes 100 000 rows makes one); a row with several reasons has lists, and a text, of its own.
 */
function statusTextOf(rows: FillRows, lang: Lang): (i: number) => string {
  const separator = lang === "zh-CN" ? "；" : "; ";
  const memo = new Map<number, Map<unknown, Map<unknown, string>>>();
  let kept = 0;
  const make = (i: number, label: string): string => {
    const why = [...rows.reasons(i), ...rows.notes(i)];
    return why.length ? `${label}: ${why.map((x) => x.message[lang]).join(separator)}` : label;
  };
  return (i) => {
    const status = rows.status(i);
    const label = STATUS_LABEL[lang][STATUS_NAMES[status]];
    const marks = rows.reasonList(i) ?? null;
    const notes = rows.noteList(i) ?? null;
    if (marks === null && notes === null) return label;
    // a list of several reasons is the row's own: nothing to share
    if ((marks?.length ?? 0) > 1 || (notes?.length ?? 0) > 1) return make(i, label);
    let text = memo.get(status)?.get(marks)?.get(notes);
    if (text !== undefined) return text;
    text = make(i, label);
    if (kept < STATUS_TEXTS_KEPT) {
      let byMarks = memo.get(status);
      if (byMarks === undefined) memo.set(status, (byMarks = new Map()));
      let byNotes = byMarks.get(marks);
      if (byNotes === undefined) byMarks.set(marks, (byNotes = new Map()));
      byNotes.set(notes, text);
      kept++;
    }
    return text;
  };
}

/**
 * What a fill writes, the same for the task pane and the command line: one column per row output, a status
 * column, an explanation column, and a per-person summary table with every total and the row counts (C10).
 */
export function buildFillPlan(result: EvaluationResult, lang: Lang, options: { explain?: boolean; summaryLevel?: string } = {}): FillPlan {
  const explain = options.explain ?? true;
  const L = LABELS[lang];
  const part = result.part;
  const rowDefs = part.outputs.row ?? [];
  const outputValues: CellOut[][] = rowDefs.map(() => new Array<CellOut>(result.rowCount));
  const statusTexts = new Array<string>(result.rowCount);
  const explanations = explain ? new Array<string>(result.rowCount) : null;
  const byReason: Record<string, number> = {};
  const rows = result.fillRows(lang, explain);
  const statusText = statusTextOf(rows, lang);
  const cells: OutputCell[] = new Array(rowDefs.length);
  // row by row, in the language of the fill only: no row objects, no texts in the other language
  for (let i = 0; i < result.rowCount; i++) {
    rows.outputs(i, cells);
    for (let k = 0; k < rowDefs.length; k++) outputValues[k][i] = cellValue(cells[k], lang);
    statusTexts[i] = statusText(i);
    if (explanations) explanations[i] = rows.explanation(i) ?? "";
    const marks = rows.reasonList(i);
    if (marks) for (const m of marks) byReason[m.code] = (byReason[m.code] ?? 0) + 1;
  }
  const columns: FillColumn[] = rowDefs.map((d, k) => ({
    name: d.name,
    header: `${OWNED_PREFIX}${d.title[lang]}`,
    kind: "output",
    numberFormat: numberFormat(d, result.scheme.rounding.scale),
    values: outputValues[k],
  }));
  columns.push({ name: "status", header: `${OWNED_PREFIX}${L.status}`, kind: "status", values: statusTexts });
  if (explanations) columns.push({ name: "explanation", header: `${OWNED_PREFIX}${L.explanation}`, kind: "explanation", values: explanations });

  const counts = result.statusCounts();
  const stats: RunStats = { rows: result.rowCount, ...counts, paid: 0, total: 0, byReason };
  if (isVersioned(result)) stats.versions = result.versionsUsed;

  const levelId = options.summaryLevel ?? part.levels.find((l) => (part.outputs[l.id] ?? []).length > 0)?.id;
  if (!levelId) return { columns, summary: null, stats };
  const level = part.levels.find((l) => l.id === levelId)!;
  const defs = part.outputs[levelId] ?? [];
  const groups = result.groups(levelId);
  const headers = [...level.keys.map((k) => k.title[lang]), ...defs.map((d) => d.title[lang]), L.rows, L.ok, L.excluded, L.invalid, L.pending, L.complete, L.pendingItems, L.findings];
  const numberFormats: (string | null)[] = [...level.keys.map(() => null), ...defs.map((d) => numberFormat(d, result.scheme.rounding.scale) ?? null), "0", "0", "0", "0", "0", null, null, null];
  const firstMoney = payOutputIndex(part, levelId);
  let total = new Dec(0);
  const table: CellOut[][] = groups.map((g) => {
    const pendingItems = defs.filter((d) => g.outputs[d.name].pending).map((d) => `${d.title[lang]}(${g.outputs[d.name].pending})`);
    if (firstMoney >= 0) {
      const v = g.outputs[defs[firstMoney].name].value;
      if (typeof v === "number") {
        total = total.plus(new Dec(String(v)));
        if (v > 0) stats.paid++;
      }
    }
    return [
      ...level.keys.map((k) => g.key[k.name]),
      ...defs.map((d) => g.outputs[d.name].value),
      g.rows.total,
      g.rows.ok,
      g.rows.excluded,
      g.rows.invalid,
      g.rows.pending,
      g.complete ? L.yes : L.no,
      pendingItems.join(lang === "zh-CN" ? "；" : "; "),
      // what belongs to the group itself (a team not ranked, a tie for a manual decision), in words
      [...g.reasons, ...g.warnings].map((x) => x.message[lang]).join(lang === "zh-CN" ? "；" : "; "),
    ];
  });
  stats.total = total.toNumber();
  const notes = [totalLine(stats, firstMoney >= 0 ? defs[firstMoney].title[lang] : null, groups.length, result.scheme.rounding.scale, lang)];
  const chart = firstMoney >= 0 ? { title: `${L.chartTitle} — ${defs[firstMoney].title[lang]}`, categoryColumn: 0, valueColumn: level.keys.length + firstMoney } : null;
  return { columns, summary: { sheetName: L.summarySheet, level: levelId, headers, rows: table, numberFormats, chart, notes }, stats };
}

/**
 * The summary's grand total, first under its table: the money paid and to how many groups, the rows by status —
 * and, when rows are invalid or pending, that the total does not hold them (never a silent partial total).
 */
function totalLine(stats: RunStats, payTitle: string | null, groups: number, scale: number, lang: Lang): string {
  const zh = lang === "zh-CN";
  const money = payTitle === null ? "" : zh ? `${payTitle} ${moneyText(stats.total, scale)}，其中 ${stats.paid} 组大于 0；` : `${payTitle} ${moneyText(stats.total, scale)}, above 0 for ${stats.paid} groups; `;
  const rows = zh
    ? `共 ${groups} 组，${stats.rows} 行：计奖 ${stats.ok}，排除 ${stats.excluded}，无效 ${stats.invalid}，待定 ${stats.pending}`
    : `${groups} groups, ${stats.rows} rows: ${stats.ok} counted, ${stats.excluded} excluded, ${stats.invalid} invalid, ${stats.pending} pending`;
  const open: string[] = [];
  if (stats.invalid) open.push(zh ? `${stats.invalid} 行无效，未计入合计，更正后须重新计算` : `${stats.invalid} invalid rows are not in the total: correct them and compute again`);
  if (stats.pending) open.push(zh ? `另有 ${stats.pending} 行待定` : `${stats.pending} more rows are pending`);
  const tail = open.length ? (zh ? `。${open.join("；")}` : `. ${open.join("; ")}`) : "";
  return `${zh ? "合计：" : "Total: "}${money}${rows}${tail}`;
}
