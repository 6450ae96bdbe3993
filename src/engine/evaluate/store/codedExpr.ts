// Stores an expression's value once per combination of its coded inputs: rows with the same inputs share one evaluation instead of one each.
import { Compiled } from "../../expr/compile";
import { Value } from "../../values/value";
import { CodeArray, ColumnCodes } from "./columnCodes";
import { DENSE_COMBINATIONS } from "./limits";

/**
 * An expression over coded columns, worked out once per distinct combination of its inputs: expressions are pure
 * (no clock, no randomness) and read only these columns and parameters, so rows with the same input codes have
 * the same value. `codes[e]` numbers entity e's combination (0 … size−1, first seen first for several inputs).
 */
export class CodedExpr {
  private readonly memo: Value[];
  private readonly known: Uint8Array;

  constructor(
    readonly codes: CodeArray,
    readonly size: number,
    private readonly f: Compiled,
  ) {
    this.memo = new Array(size).fill(null);
    this.known = new Uint8Array(size);
  }

  /** the expression's value for entity e (the value of the first entity with e's code: values are immutable) */
  valueAt(e: number): Value {
    const c = this.codes[e];
    if (this.known[c] === 1) return this.memo[c];
    const v = this.f(e);
    this.memo[c] = v;
    this.known[c] = 1;
    return v;
  }
}

/** Codes per entity, 0 … size−1: a coded column's or a coded expression's. */
export interface Codes {
  readonly codes: CodeArray;
  readonly size: number;
}

/** the codes of a coded column */
export function codesOf(column: ColumnCodes): Codes {
  return { codes: column.codes, size: column.values.length };
}

/**
 * Codes of the combinations of several inputs' codes, numbered in first-seen order; null when too many could occur.
 * Up to DENSE_COMBINATIONS possible combinations are numbered through an array, beyond that through a Map.
 */
export function combineCodes(inputs: Codes[], size: number): Codes | null {
  if (inputs.length === 1) return inputs[0];
  let space = 1;
  for (const c of inputs) space *= Math.max(1, c.size);
  if (space > Number.MAX_SAFE_INTEGER) return null;
  const codes = new Int32Array(size);
  if (inputs.length === 0) return { codes, size: 1 };
  let next = 0;
  if (space <= DENSE_COMBINATIONS) {
    const ids = new Int32Array(space).fill(-1);
    for (let e = 0; e < size; e++) {
      let key = 0;
      for (let k = 0; k < inputs.length; k++) key = key * inputs[k].size + inputs[k].codes[e];
      let id = ids[key];
      if (id < 0) id = ids[key] = next++;
      codes[e] = id;
    }
    return { codes, size: next };
  }
  // a few people by a few thousand names: far fewer combinations occur than could
  const ids = new Map<number, number>();
  for (let e = 0; e < size; e++) {
    let key = 0;
    for (let k = 0; k < inputs.length; k++) key = key * inputs[k].size + inputs[k].codes[e];
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = next++));
    codes[e] = id;
  }
  return { codes, size: next };
}
