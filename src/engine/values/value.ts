import { Dec } from "../money/decimal";
import { formatDateTime, formatDay, formatMonth, SECONDS_IN_DAY } from "./parseDate";

/** A calendar value: days (date), seconds (datetime) or year×12+month−1 (month) since 1970, no time zone. */
export class Temporal {
  private text?: string;

  constructor(
    readonly kind: "date" | "datetime" | "month",
    readonly n: number,
  ) {}

  /** whole days, for comparing a date with a date-time */
  get day(): number {
    return this.kind === "datetime" ? Math.floor(this.n / SECONDS_IN_DAY) : this.n;
  }

  toString(): string {
    if (this.text === undefined) this.text = this.kind === "date" ? formatDay(this.n) : this.kind === "month" ? formatMonth(this.n) : formatDateTime(this.n);
    return this.text;
  }
}

/** An amount the scheme cannot give yet (C2): a missing parameter, another document, an event still to come. */
export class Pending {
  constructor(
    readonly code: string,
    readonly param?: string,
    /** the part already known, shown beside the pending mark (C10) */
    readonly partial?: Dec,
  ) {}
}

/** A calculation that cannot be done on this row's values (division by zero, wrong type). */
export class EvalFailure {
  constructor(
    readonly code: "DIVISION_BY_ZERO" | "TYPE_MISMATCH" | "NOT_A_NUMBER",
    readonly detail: string,
  ) {}
}

export type Value = Dec | string | boolean | Temporal | Pending | EvalFailure | null;

export function isPending(v: Value): v is Pending {
  return v instanceof Pending;
}

export function isFailure(v: Value): v is EvalFailure {
  return v instanceof EvalFailure;
}

/** text of a value for grouping keys and display */
export function valueText(v: Value): string {
  // texts first: keys and labels are mostly texts
  if (typeof v === "string") return v;
  if (v === null) return "";
  if (v instanceof Dec) return v.toFixed();
  if (v instanceof Temporal) return v.toString();
  if (v instanceof Pending) return `pending:${v.code}`;
  if (v instanceof EvalFailure) return `#${v.code}`;
  return String(v);
}
