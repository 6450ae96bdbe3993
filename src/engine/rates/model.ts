/**
 * The numbers of a scheme a clerk may change, as small labelled tables grouped by rule: one model that the rules
 * sheet (规则), the pane's rates form (费率与档位) and what-if all show with the same words. Each table knows how to put
 * the rows it is given back into a copy of the scheme document, and says which cell of which row it could not read.
 */
import type { Lang } from "../i18n/messages";
import type { BilingualText } from "../scheme/schema";

/** A value in a table cell as a sheet or a form holds it. */
export type RateCell = string | number | boolean | null;

/**
 * number: a number (C4 text such as "２０元" or "1,200" read as one); percent: a number shown as a percentage;
 * text: free text; date: a day (2016-01-01, an Excel date, 2016年1月1日); yesno: 是/否; choice: one of `choices`;
 * fixed: written by Jili and checked on reading (a row's label, a derived 从) — never typed over.
 */
export type ColumnKind = "number" | "percent" | "text" | "date" | "yesno" | "choice" | "fixed";

export interface RateColumn {
  label: string;
  kind: ColumnKind;
  /** the values a choice column allows (drop-down) */
  choices?: string[];
  /** what a blank cell means here (「空 = 不封顶」); absent: a blank cell is refused */
  blank?: string;
}

/** Where a table could not be read: its row (0 = first data row) and column, why, in both languages. */
export interface RateProblem {
  row: number;
  col: number;
  code: string;
  message: BilingualText;
}

export interface RateTable {
  /** stable within its section (for the form's keys and the sheet's anchors) */
  id: string;
  /** a caption above the table when a section has several */
  caption?: string;
  columns: RateColumn[];
  rows: RateCell[][];
  /** rows may be inserted and deleted (tiers, lookup keys, rank positions); otherwise the rows are fixed */
  growable: boolean;
  /**
   * Puts rows back into `doc` (a JSON copy of the scheme document, changed in place). Says what could not be read;
   * the scheme validator checks the whole document afterwards.
   */
  apply(doc: Record<string, unknown>, rows: RateCell[][]): Applied;
  /** the JSON path of the document value this table holds: every number under it is this table's */
  path: (string | number)[];
  /** each number cell as written: where it lives in the document (what-if and the rates form change one of them) */
  numbers: RateNumber[];
}

/** One number cell of a table with the document path it stands for. */
export interface RateNumber {
  row: number;
  col: number;
  path: (string | number)[];
  value: number;
  /** the row said in words: 营业员 6– (a tier), 到期目标客户 (a key), 生效起 (a fixed row) */
  rowLabel: string;
}

export interface Applied {
  problems: RateProblem[];
  /** the document path each row now holds (so a validator finding under it names the row); null: no one element */
  rowPaths: ((string | number)[] | null)[];
}

export interface RateSection {
  /** stable: the part and step names (or "params") */
  id: string;
  heading: string;
  /** the rule in words, as describe says it (one line each) */
  sentence: string[];
  tables: RateTable[];
}

export interface RatesModel {
  lang: Lang;
  title: string;
  /** effective dates and versions, as lines for the top of the sheet */
  header: string[];
  sections: RateSection[];
}

/** A number cell said in words, as the sheet, the rates form and what-if all name it: section · caption · row · column. */
export function numberLabel(section: RateSection, table: RateTable, n: RateNumber): string {
  return [section.heading, table.caption, n.rowLabel, table.columns[n.col].label].filter(Boolean).join(" · ");
}
