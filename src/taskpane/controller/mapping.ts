import { accountColumns, ColumnOverrides, columnReportLines, Lang, mapColumns, neededFieldLines, RawCell } from "../../engine";
import { tableAccount } from "../../engine/tables/account";
import { colLetters } from "../../excel/address";
import type { DataTable } from "./locate";
import { tableLines } from "./tables";

/** A header of the sheet the user may pick for a field. */
export interface HeaderChoice {
  index: number;
  /** `C · 揽装人`; a column of a joined table's sheet `自定指标!B · 自定指标`, a wide table's `C–F · 周次` */
  label: string;
  /** where the column is, alone (`C`, `自定指标!B`, `C–F`): the closed dropdown's short text */
  place: string;
  header: string;
}

export interface FieldRow {
  key: string;
  title: string;
  required: boolean;
  /** chosen column (0-based) or null when none */
  column: number | null;
  /** chosen by hand rather than by the header aliases */
  overridden: boolean;
  /** with no column of its own: the columns it is worked out from (`卡类型`), or the value confirmed for the sheet */
  standIn: string | null;
}

export interface MappingView {
  fields: FieldRow[];
  choices: HeaderChoice[];
  /** titles of required fields without a column: nothing runs until they are mapped */
  missingRequired: string[];
  /** fields whose saved choice names a header that is not on the sheet any more */
  staleOverrides: string[];
  /** fields a rule reads that have no column: choose one, or confirm one value for the whole sheet */
  needed: NeededField[];
  /** values confirmed for the whole sheet: `是否副卡＝否`, with the field's key to withdraw it */
  assumed: { key: string; text: string }[];
  /** the engine's column report in the pane's language: used, derived, assumed, defaulted, absent and unused columns */
  report: string[];
  /** where each joined table came from and which columns were read long (the report's first lines), shown open */
  tables: string[];
  /**
   * the part's one month field when the sheet has no column for it (or a period is set): the one month the sheet
   * holds may be named instead, the engine's `period` parameter; null otherwise
   */
  period: PeriodField | null;
}

/** The period of a sheet that holds one month and no month column (`--param period=2016-05` in the CLI). */
export interface PeriodField {
  /** the month field it stands for */
  key: string;
  title: string;
  /** the period as typed, "" when none */
  value: string;
  /** the sheet has a column for the month (the engine refuses a period then, PERIOD_WITH_COLUMN) */
  hasColumn: boolean;
}

/** A field that stops the run until its column is chosen or a value is confirmed for the whole sheet. */
export interface NeededField {
  key: string;
  /** `是否副卡（规则 SECONDARY_CARD 用到）；看起来相关的列：卡别（F）` */
  text: string;
  /** the values a clerk may confirm: 是/否 for a yes/no field, the scheme's labels for a category, none otherwise */
  values: string[];
}

const text = (c: RawCell) => (c === null || c === undefined ? "" : String(c).trim());

export function headerChoices(table: DataTable): HeaderChoice[] {
  const out: HeaderChoice[] = [];
  const places = table.links?.columnPlaces;
  table.headers.forEach((h, i) => {
    const header = text(h);
    if (header) {
      const place = places?.[i] || colLetters(i);
      out.push({ index: i, header, place, label: `${place} · ${header}` });
    }
  });
  return out;
}

/**
 * The part's single month field, when it has exactly one and the sheet has no column for it (or a period is set, so
 * that it can be cleared): the period named stands for it on every row, as the engine's checked run applies it.
 */
function periodField(table: DataTable, overrides: ColumnOverrides, lang: Lang, assume: Record<string, RawCell>, period: string | undefined): PeriodField | null {
  const months = table.part.fields.filter((f) => f.type === "month");
  if (months.length !== 1) return null;
  const [month] = months;
  const hasColumn = mapColumns(table.part, table.headers, { columns: overrides, assume }).index.get(month.key) !== undefined;
  if (hasColumn && period === undefined) return null;
  return { key: month.key, title: month.title[lang], value: period ?? "", hasColumn };
}

/**
 * The automatic mapping (titles and header aliases) with the user's overrides on top, as the engine will apply it.
 * `period`: the one month the sheet holds (the run's `period` parameter), standing for the part's month field when
 * the sheet has no column for it — the engine reads and checks it when the run starts.
 */
export function mappingView(table: DataTable, overrides: ColumnOverrides, lang: Lang, assume: Record<string, RawCell> = {}, period?: string): MappingView {
  const periodView = periodField(table, overrides, lang, assume, period);
  const own = assume;
  if (periodView && !periodView.hasColumn && period !== undefined) assume = { [periodView.key]: period, ...assume };
  const m = mapColumns(table.part, table.headers, { columns: overrides, assume });
  const report = accountColumns(table.part, table.headers, table.rows.slice(0, 200), m, assume, table.links?.columnPlaces);
  const tables = tableAccount(table);
  if (tables) report.tables = tables;
  const standIn = (key: string): string | null => {
    const a = report.fields.find((x) => x.key === key);
    if (a?.state === "derived") return (lang === "zh-CN" ? "由「{s}」推出" : "from {s}").replace("{s}", (a.sources ?? []).map((c) => c.header).join(lang === "zh-CN" ? "、" : ", "));
    if (a?.state === "assumed" && !a.column) return (lang === "zh-CN" ? "整张表为「{v}」" : "{v} for the whole sheet").replace("{v}", a.value ?? "");
    return null;
  };
  const lines = neededFieldLines(report, lang);
  const needed = report.fields
    .filter((a) => a.state === "needed")
    .map((a, i) => {
      const f = table.part.fields.find((x) => x.key === a.key)!;
      const values = f.type === "bool" ? (lang === "zh-CN" ? ["否", "是"] : ["否", "是"]) : (f.values ?? []).map((v) => v.value);
      return { key: a.key, text: lines[i], values };
    });
  const fields = table.part.fields.map((f) => ({
    key: f.key,
    title: f.title[lang],
    required: f.required && !f.ifColumnMissing,
    column: m.index.get(f.key) ?? null,
    overridden: overrides[f.key] !== undefined && !m.badOverrides.includes(f.key),
    standIn: standIn(f.key),
  }));
  const title = (key: string) => table.part.fields.find((f) => f.key === key)?.title[lang] ?? key;
  // the period has its own field: it is not listed with the values confirmed by hand
  const assumed = report.fields.filter((a) => a.state === "assumed" && a.key in own).map((a) => ({ key: a.key, text: `${a.title[lang]}＝${a.value}` }));
  return {
    fields,
    choices: headerChoices(table),
    missingRequired: m.missingRequired.map(title),
    staleOverrides: m.badOverrides.map(title),
    needed,
    assumed,
    report: columnReportLines(report, lang),
    tables: tableLines(table, lang),
    period: periodView,
  };
}

/** Confirms (or, with null, withdraws) one value of a field for the whole sheet. */
export function withAssumed(assume: Record<string, RawCell>, key: string, value: string | null): Record<string, RawCell> {
  const next = { ...assume };
  if (value === null) delete next[key];
  else next[key] = value;
  return next;
}

/** Sets or clears one field's choice. Choices are kept as header text so next month's sheet may move columns. */
export function withOverride(overrides: ColumnOverrides, key: string, header: string | null): ColumnOverrides {
  const next = { ...overrides };
  if (header === null) delete next[key];
  else next[key] = header;
  return next;
}
