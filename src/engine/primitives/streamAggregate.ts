import { Dec, ZERO } from "../money/decimal";
import { compareValues } from "../expr/operators";
import { Pending, Value } from "../values/value";
import { AggregateOutcome } from "./aggregate";

/**
 * P2 `count`, `sum` and `single` fed one member at a time, in any interleaving of groups, each group's members in
 * sheet order: the same outcome as `aggregate()` over the group's list, built without the list. Rows are then
 * read in sheet order (one pass down each column) instead of group by group.
 */
export interface GroupAccumulator {
  add(g: number, v: Value): void;
  /**
   * `n` members with value v, given at the first of them (the order of first members kept): the same as n calls
   * of add() for every value but pending and failed ones (their order among the members matters).
   */
  addRepeated(g: number, v: Value, n: number): void;
  outcome(g: number, n: number): AggregateOutcome;
}

/** a group's distinct amounts (by instance: table values are shared) and how often each came, first seen first */
interface Repeats {
  values: Dec[];
  counts: number[];
  /** index of each value once the list is long */
  index?: Map<Dec, number>;
}

const INDEX_FROM = 8;

/** Sums as sumValues(): pending partials in member order, then each distinct amount times its count. */
export class SumAccumulator implements GroupAccumulator {
  private readonly repeats: (Repeats | undefined)[];
  private readonly pending: (Pending | undefined)[];
  private readonly partial: (Dec | undefined)[];
  private readonly products = new Map<Dec, Map<number, Dec>>();

  constructor(groups: number) {
    this.repeats = new Array(groups);
    this.pending = new Array(groups);
    this.partial = new Array(groups);
  }

  add(g: number, v: Value): void {
    if (v instanceof Dec) this.addRepeated(g, v, 1);
    else if (v instanceof Pending) {
      if (this.pending[g] === undefined) this.pending[g] = v;
      if (v.partial) this.partial[g] = (this.partial[g] ?? ZERO).plus(v.partial);
    }
  }

  addRepeated(g: number, v: Value, n: number): void {
    if (v instanceof Dec) {
      const r = this.repeats[g];
      if (r === undefined) {
        this.repeats[g] = { values: [v], counts: [n] };
        return;
      }
      const i = r.index ? (r.index.get(v) ?? -1) : r.values.indexOf(v);
      if (i >= 0) r.counts[i] += n;
      else {
        r.values.push(v);
        r.counts.push(n);
        if (r.index) r.index.set(v, r.values.length - 1);
        else if (r.values.length >= INDEX_FROM) r.index = new Map(r.values.map((x, k) => [x, k]));
      }
    } else for (let k = 0; k < n; k++) this.add(g, v);
  }

  outcome(g: number): AggregateOutcome {
    // zero terms are left out and a lone term is the sum itself: the same decimal, without adding to 0
    let sum: Dec | null = this.partial[g] ?? null;
    const r = this.repeats[g];
    if (r) {
      for (let i = 0; i < r.values.length; i++) {
        const term = this.times(r.values[i], r.counts[i]);
        if (term.isZero()) continue;
        // a term of more digits than the precision is rounded by adding it, as sumValues() does
        sum = sum !== null ? sum.plus(term) : term.sd() <= Dec.precision ? term : ZERO.plus(term);
      }
    }
    const pending = this.pending[g];
    const total = sum ?? ZERO;
    return { value: pending ? new Pending(pending.code, pending.param, total) : total };
  }

  /** v × n, worked out once per (amount, count): groups repeat both (0.5 units × 6 orders) */
  private times(v: Dec, n: number): Dec {
    if (n === 1) return v;
    let byCount = this.products.get(v);
    if (byCount === undefined) this.products.set(v, (byCount = new Map()));
    let product = byCount.get(n);
    if (product === undefined) byCount.set(n, (product = v.times(n)));
    return product;
  }
}

/** The one value of a group's members (blanks ignored); the first two that differ are the conflict. */
export class SingleAccumulator implements GroupAccumulator {
  private readonly first: Value[];
  private readonly other: (Value | undefined)[];

  constructor(groups: number) {
    this.first = new Array(groups).fill(null);
    this.other = new Array(groups);
  }

  add(g: number, v: Value): void {
    if (v === null || v === "" || this.other[g] !== undefined) return;
    const first = this.first[g];
    if (first === null) this.first[g] = v;
    else if (compareValues(v, first) !== 0) this.other[g] = v;
  }

  addRepeated(g: number, v: Value): void {
    // after the first of them, the others equal it (the same value): only pending and failed values differ from
    // themselves, and those are given one by one
    this.add(g, v);
  }

  outcome(g: number): AggregateOutcome {
    const first = this.first[g];
    const other = this.other[g];
    return other === undefined ? { value: first } : { value: first, conflict: [first, other] };
  }
}

/** Counts only. */
export class CountAccumulator implements GroupAccumulator {
  add(): void {}

  addRepeated(): void {}

  outcome(_g: number, n: number): AggregateOutcome {
    return { value: countDec(n) };
  }
}

const COUNTS: Dec[] = [];

/** n as a decimal; small counts (the most common) are made once and shared: decimals are immutable */
export function countDec(n: number): Dec {
  if (n < 0 || n >= 4096 || !Number.isInteger(n)) return new Dec(n);
  return (COUNTS[n] ??= new Dec(n));
}
