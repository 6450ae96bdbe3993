import { Dec, isDec } from "../money/decimal";
import { EvalFailure, Pending, Temporal, Value } from "../values/value";

/** Truth of a condition value: only true is true; blank is false. */
export function truthy(v: Value): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  if (isDec(v)) return !v.isZero();
  if (typeof v === "string") return v.length > 0;
  return false;
}

function asDec(v: Value, op: string): Dec | EvalFailure {
  if (isDec(v)) return v;
  return new EvalFailure("NOT_A_NUMBER", `${op} needs numbers, got ${describe(v)}`);
}

export function describe(v: Value): string {
  if (v === null) return "blank";
  if (typeof v === "string") return `"${v}"`;
  if (isDec(v)) return v.toFixed();
  return String(v);
}

/** Blocking values travel through arithmetic unchanged (the first one wins). */
export function blocking(a: Value, b: Value): Pending | EvalFailure | null {
  if (a instanceof EvalFailure || a instanceof Pending) return a;
  if (b instanceof EvalFailure || b instanceof Pending) return b;
  return null;
}

export function arith(op: string, a: Value, b: Value): Value {
  const block = blocking(a, b);
  if (block) return block;
  if (a === null || b === null) return null;
  if (op === "+" && (typeof a === "string" || typeof b === "string")) return `${a}${b}`;
  if (op === "-" && a instanceof Temporal && b instanceof Temporal) {
    return new Dec(a.kind === "month" && b.kind === "month" ? a.n - b.n : a.day - b.day);
  }
  const x = asDec(a, op);
  if (x instanceof EvalFailure) return x;
  const y = asDec(b, op);
  if (y instanceof EvalFailure) return y;
  switch (op) {
    case "+":
      return x.plus(y);
    case "-":
      return x.minus(y);
    case "*":
      return x.times(y);
    case "/":
      return y.isZero() ? new EvalFailure("DIVISION_BY_ZERO", `${x.toFixed()} / 0`) : x.dividedBy(y);
    default:
      return new EvalFailure("TYPE_MISMATCH", `operator ${op}`);
  }
}

/** -1, 0, 1, or null when the two values cannot be ordered */
export function compareValues(a: Value, b: Value): number | null {
  if (isDec(a) && isDec(b)) return a.cmp(b);
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Temporal && b instanceof Temporal) {
    // no array per comparison: this runs once per row in date rules
    const same = a.kind === b.kind;
    const months = !same && (a.kind === "month" || b.kind === "month");
    const x = same ? a.n : months ? monthOf(a) : a.day;
    const y = same ? b.n : months ? monthOf(b) : b.day;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "boolean" && typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
  return null;
}

function monthOf(t: Temporal): number {
  if (t.kind === "month") return t.n;
  const d = new Date(t.day * 86400000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function compare(op: string, a: Value, b: Value): Value {
  const block = blocking(a, b);
  if (block) return block;
  if (op === "==" || op === "!=") {
    const equal = a === null || b === null ? a === b : compareValues(a, b) === 0;
    return op === "==" ? equal : !equal;
  }
  if (a === null || b === null) return false;
  const c = compareValues(a, b);
  if (c === null) return new EvalFailure("TYPE_MISMATCH", `${describe(a)} ${op} ${describe(b)}`);
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    default:
      return c >= 0;
  }
}

export function monthIndexOf(t: Temporal): number {
  return monthOf(t);
}
