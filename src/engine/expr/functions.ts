import { Dec, isDec } from "../money/decimal";
import { dayFromYmd, isoWeekday } from "../values/parseDate";
import { EvalFailure, Pending, Temporal, Value } from "../values/value";
import { blocking, compareValues, describe, monthIndexOf, truthy } from "./operators";

type Fn = (args: Value[]) => Value;

interface FunctionSpec {
  min: number;
  max: number;
  /** evaluate arguments lazily (if, coalesce) */
  lazy?: boolean;
  fn: Fn;
}

// rows of a month share one Temporal (and so one key text): no Date and no allocation per row
const monthsByDay = new Map<number, Temporal>();
const monthsByIndex = new Map<number, Temporal>();

function monthValue(t: Temporal): Temporal {
  if (t.kind === "month") return t;
  const day = t.day;
  let m = monthsByDay.get(day);
  if (!m) {
    const index = monthIndexOf(t);
    m = monthsByIndex.get(index) ?? new Temporal("month", index);
    monthsByIndex.set(index, m);
    if (monthsByDay.size < 100000) monthsByDay.set(day, m);
  }
  return m;
}

function firstBlocking(args: Value[]): Pending | EvalFailure | null {
  for (const a of args) {
    const b = blocking(a, null);
    if (b) return b;
  }
  return null;
}

function numbers(name: string, args: Value[]): Dec[] | EvalFailure | null {
  const out: Dec[] = [];
  for (const a of args) {
    if (a === null) return null;
    if (!isDec(a)) return new EvalFailure("NOT_A_NUMBER", `${name}() needs numbers, got ${describe(a)}`);
    out.push(a);
  }
  return out;
}

function temporal(name: string, v: Value): Temporal | EvalFailure | null {
  if (v === null) return null;
  if (v instanceof Temporal) return v;
  return new EvalFailure("TYPE_MISMATCH", `${name}() needs a date, got ${describe(v)}`);
}

function extreme(name: string, pick: (c: number) => boolean): FunctionSpec {
  return {
    min: 1,
    max: 99,
    fn: (args) => {
      const block = firstBlocking(args);
      if (block) return block;
      let best: Value = null;
      for (const a of args) {
        if (a === null) continue;
        if (best === null) best = a;
        else {
          const c = compareValues(a, best);
          if (c === null) return new EvalFailure("TYPE_MISMATCH", `${name}(${describe(a)}, ${describe(best)})`);
          if (pick(c)) best = a;
        }
      }
      return best;
    },
  };
}

function roundWith(x: Value, name: string, mode: number): Value {
  const b = firstBlocking([x]);
  if (b) return b;
  const n = numbers(name, [x]);
  return n instanceof EvalFailure || n === null ? n : n[0].toDecimalPlaces(0, mode as 0);
}

/** The whole function vocabulary of scheme expressions; nothing else can be called. */
export const FUNCTIONS: Record<string, FunctionSpec> = {
  min: extreme("min", (c) => c < 0),
  max: extreme("max", (c) => c > 0),
  abs: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      const b = firstBlocking([x]);
      if (b) return b;
      const n = numbers("abs", [x]);
      return n instanceof EvalFailure || n === null ? n : n[0].abs();
    },
  },
  round: {
    min: 1,
    max: 2,
    fn: ([x, places]) => {
      const b = firstBlocking([x, places ?? null]);
      if (b) return b;
      const n = numbers("round", places === undefined ? [x] : [x, places]);
      if (n instanceof EvalFailure || n === null) return n;
      return n[0].toDecimalPlaces(n[1] ? n[1].toNumber() : 0, Dec.ROUND_HALF_UP);
    },
  },
  if: { min: 3, max: 3, lazy: true, fn: () => null },
  coalesce: { min: 1, max: 99, lazy: true, fn: () => null },
  isBlank: { min: 1, max: 1, fn: ([x]) => x === null || (typeof x === "string" && x.trim() === "") },
  not: { min: 1, max: 1, fn: ([x]) => (x instanceof Pending || x instanceof EvalFailure ? x : !truthy(x)) },
  date: {
    min: 1,
    max: 1,
    fn: ([s]) => {
      if (typeof s !== "string") return new EvalFailure("TYPE_MISMATCH", "date() needs text YYYY-MM-DD");
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      const d = m ? dayFromYmd(+m[1], +m[2], +m[3]) : null;
      return d === null ? new EvalFailure("TYPE_MISMATCH", `date("${s}")`) : new Temporal("date", d);
    },
  },
  day: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      const t = temporal("day", x);
      return t instanceof Temporal ? new Temporal("date", t.day) : t;
    },
  },
  month: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x instanceof Pending) return x;
      const t = temporal("month", x);
      return t instanceof Temporal ? monthValue(t) : t;
    },
  },
  quarter: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      const t = temporal("quarter", x);
      if (!(t instanceof Temporal)) return t;
      const m = monthIndexOf(t);
      return `${Math.floor(m / 12)}Q${Math.floor((m % 12) / 3) + 1}`;
    },
  },
  year: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      const t = temporal("year", x);
      return t instanceof Temporal ? new Dec(Math.floor(monthIndexOf(t) / 12)) : t;
    },
  },
  weekday: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      const t = temporal("weekday", x);
      return t instanceof Temporal ? new Dec(isoWeekday(t.day)) : t;
    },
  },
  /** calendar days from a to b (b − a), date-times taken at their date */
  daysBetween: {
    min: 2,
    max: 2,
    fn: ([a, b]) => {
      const block = firstBlocking([a, b]);
      if (block) return block;
      const x = temporal("daysBetween", a);
      const y = temporal("daysBetween", b);
      if (x instanceof EvalFailure) return x;
      if (y instanceof EvalFailure) return y;
      if (x === null || y === null) return null;
      return new Dec(y.day - x.day);
    },
  },
  /** calendar months from a to b (b − a) */
  monthsBetween: {
    min: 2,
    max: 2,
    fn: ([a, b]) => {
      const block = firstBlocking([a, b]);
      if (block) return block;
      const x = temporal("monthsBetween", a);
      const y = temporal("monthsBetween", b);
      if (x instanceof EvalFailure) return x;
      if (y instanceof EvalFailure) return y;
      if (x === null || y === null) return null;
      return new Dec(monthIndexOf(y) - monthIndexOf(x));
    },
  },
  /** marks an amount as not computable here, with a code (C2) */
  pending: { min: 1, max: 1, fn: ([code]) => new Pending(String(code)) },
  text: {
    min: 1,
    max: 1,
    fn: ([x]) => (x instanceof Pending || x instanceof EvalFailure ? x : x === null ? "" : x instanceof Dec ? x.toFixed() : String(x)),
  },
  floor: { min: 1, max: 1, fn: ([x]) => roundWith(x, "floor", Dec.ROUND_FLOOR) },
  ceil: { min: 1, max: 1, fn: ([x]) => roundWith(x, "ceil", Dec.ROUND_CEIL) },
  /** a month moved by whole months (a date or date-time gives its month) */
  addMonths: {
    min: 2,
    max: 2,
    fn: ([d, n]) => {
      const block = firstBlocking([d, n]);
      if (block) return block;
      const t = temporal("addMonths", d);
      if (!(t instanceof Temporal)) return t;
      if (!isDec(n) || !n.isInteger()) return new EvalFailure("NOT_A_NUMBER", "addMonths() needs a whole number of months");
      return new Temporal("month", monthIndexOf(t) + n.toNumber());
    },
  },
  /** a date moved by whole days */
  addDays: {
    min: 2,
    max: 2,
    fn: ([d, n]) => {
      const block = firstBlocking([d, n]);
      if (block) return block;
      const t = temporal("addDays", d);
      if (!(t instanceof Temporal)) return t;
      if (!isDec(n) || !n.isInteger()) return new EvalFailure("NOT_A_NUMBER", "addDays() needs a whole number of days");
      return new Temporal("date", t.day + n.toNumber());
    },
  },
};
