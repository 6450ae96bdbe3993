/**
 * What a template's form asks for (issue 20 item 4): the columns, the small tables (tiers, weights, amounts) and the
 * conditions, each labelled in both languages. The pane draws the form from this description and the command line
 * could ask the same questions; neither computes anything. Values come back as text, as typed.
 */
import type { BilingualText } from "../scheme/schema";

/** How a column's cells are read (the scheme field's type). */
export type SlotKind = "text" | "category" | "number" | "money" | "bool" | "date" | "datetime" | "month";

/** One "which column holds …" question. */
export interface ColumnSlot {
  key: string;
  label: BilingualText;
  kind: SlotKind;
  required: boolean;
  /** headers that usually hold it, to preselect a sheet's column */
  usual: string[];
  hint?: BilingualText;
}

/** A column of a small table: text, a number, one of the sheet's columns, or a condition typed in the expression language (checked as typed). */
export interface TableColumn {
  key: string;
  label: BilingualText;
  kind: "text" | "number" | "column" | "condition";
  /** a blank cell is allowed (its meaning is in the hint) */
  optional?: boolean;
  /** the width of the input, in characters (the pane is 350 px wide) */
  width: number;
}

export interface TableSpec {
  id: string;
  label: BilingualText;
  hint: BilingualText;
  columns: TableColumn[];
  /** fewest rows that make sense; a new row starts blank */
  minRows: number;
}

/** A question with a few fixed answers (what is ranked, how ties go …); the first option is the one the form opens with. */
export interface ChoiceSpec {
  key: string;
  label: BilingualText;
  options: { value: string; label: BilingualText }[];
}

export interface TemplateForm {
  id: string;
  title: BilingualText;
  /** one sentence: the rule shape */
  summary: BilingualText;
  columns: ColumnSlot[];
  tables: TableSpec[];
  /** questions with fixed answers, asked before the columns (none for most templates) */
  choices?: ChoiceSpec[];
}

/** A condition chosen from lists: a column, an operator and a value. */
export type PickOp = "yes" | "no" | "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "before" | "from" | "blank";
export const PICK_OPS: PickOp[] = ["yes", "no", "eq", "ne", "gt", "ge", "lt", "le", "before", "from", "blank"];

/** Operators whose condition needs no value. */
export const VALUELESS: ReadonlySet<PickOp> = new Set<PickOp>(["yes", "no", "blank"]);

/** Rows where the condition holds are not counted (excluded). Either picked, or typed in the expression language. */
export type ConditionValue = { kind: "pick"; column: string; op: PickOp; value: string; reason?: string } | { kind: "text"; text: string; reason?: string };

/** What the clerk filled in: headers by column slot ("" = none), table cells as typed, the conditions. */
export interface FormValues {
  title?: string;
  columns: Record<string, string>;
  tables: Record<string, string[][]>;
  conditions: ConditionValue[];
  /** the answer to each choice, by key (missing = the first option) */
  choices?: Record<string, string>;
}
