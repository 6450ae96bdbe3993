import { Dec, ZERO } from "../money/decimal";
import { compareValues } from "../expr/operators";
import { Pending, Value } from "../values/value";

/** P2 aggregates over the values of a group's counted members. */
export type AggregateOp = "count" | "sum" | "mean" | "weightedMean" | "min" | "max" | "single" | "any" | "all" | "countDistinct";

export interface AggregateOutcome {
  value: Value;
  /** `single` found two different values */
  conflict?: [Value, Value];
}

/** Sums numbers; pending members make the total pending but keep the known part (C10). */
export function sumValues(values: Value[]): Value {
  let sum = ZERO;
  let pending: Pending | null = null;
  // table values are shared instances (1, 0.5, 20): count each once and multiply instead of adding row by row
  const repeats = new Map<Dec, number>();
  for (const v of values) {
    if (v instanceof Dec) repeats.set(v, (repeats.get(v) ?? 0) + 1);
    else if (v instanceof Pending) {
      pending ??= v;
      if (v.partial) sum = sum.plus(v.partial);
    }
  }
  for (const [v, n] of repeats) sum = sum.plus(n === 1 ? v : v.times(n));
  return pending ? new Pending(pending.code, pending.param, sum) : sum;
}

export function aggregate(op: AggregateOp, values: Value[], weights?: Value[]): AggregateOutcome {
  switch (op) {
    case "count":
      return { value: new Dec(values.length) };
    case "sum":
      return { value: sumValues(values) };
    case "mean": {
      const nums = values.filter((v): v is Dec => v instanceof Dec);
      const pending = values.find((v) => v instanceof Pending);
      if (pending) return { value: pending };
      return { value: nums.length ? nums.reduce((a, v) => a.plus(v), ZERO).dividedBy(nums.length) : null };
    }
    case "weightedMean": {
      let num = ZERO;
      let den = ZERO;
      values.forEach((v, i) => {
        const w = weights?.[i];
        if (v instanceof Dec && w instanceof Dec) {
          num = num.plus(v.times(w));
          den = den.plus(w);
        }
      });
      return { value: den.isZero() ? null : num.dividedBy(den) };
    }
    case "min":
    case "max": {
      // an extreme is not known while any member is still pending
      const pending = values.find((v): v is Pending => v instanceof Pending);
      if (pending) return { value: pending };
      let best: Value = null;
      for (const v of values) {
        if (v === null) continue;
        if (best === null) best = v;
        else {
          const c = compareValues(v, best);
          if (c !== null && (op === "min" ? c < 0 : c > 0)) best = v;
        }
      }
      return { value: best };
    }
    case "single": {
      let first: Value = null;
      for (const v of values) {
        if (v === null || v === "") continue;
        if (first === null) first = v;
        else if (compareValues(v, first) !== 0) return { value: first, conflict: [first, v] };
      }
      return { value: first };
    }
    case "any": {
      // decided by one true; otherwise a pending member keeps the answer open
      if (values.some((v) => v === true)) return { value: true };
      return { value: values.find((v) => v instanceof Pending) ?? false };
    }
    case "all": {
      if (values.some((v) => v !== true && !(v instanceof Pending))) return { value: false };
      return { value: values.find((v) => v instanceof Pending) ?? true };
    }
    case "countDistinct":
      return { value: new Dec(new Set(values.filter((v) => v !== null).map((v) => String(v))).size) };
  }
}
