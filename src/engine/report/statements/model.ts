import type { PersonTotals } from "../personTotal/compute";
// The statement data (个人奖励明细) one run yields: per person, the rows behind each amount, the totals and why.
import { Lang } from "../../i18n/messages";
import { StatusName } from "../../evaluate/status";
import { CellOut, FillPlan } from "../fillPlan";

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
  /** what the person earns across the scheme's parts (scheme.personTotal), when the run gave it: one line in words */
  acrossParts?: string;
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
  /**
   * what the results rest on besides the sheet's own cells (values confirmed for the whole sheet, stated defaults of
   * absent columns, derived fields, joined tables): the summary sheet's notes, printed in every statement's header
   */
  notes: string[];
  /** the part's rules in words (engine/describe), printed with every statement so a payee sees the rule beside the amount */
  rules: string[];
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
  /** each person's total across the scheme's parts (runPersonTotals), said under each statement's own total */
  personTotals?: PersonTotals;
}
