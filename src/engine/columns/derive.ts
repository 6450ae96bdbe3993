/**
 * A field worked out from other columns when its own is absent (是否副卡 from 卡类型 == "副卡", 是否无月租用户 from
 * 月租 == 0): each source cell is read as its declared type, the derivation's expression is evaluated on them, and
 * the result stands as the field's cell. A blank or unreadable source cell is never guessed: the row is invalid,
 * naming the source column.
 */
import { compileExpr, NameResolver } from "../expr/compile";
import { Dec } from "../money/decimal";
import type { FieldDef } from "../scheme/schema";
import { CellProblem } from "../values/problem";
import type { RawCell } from "../values/parseNumber";
import { EvalFailure, Pending, Temporal, Value } from "../values/value";

/** Why a derived cell could not be worked out: the source (its title) and what it held. */
export class DerivationProblem {
  constructor(
    readonly code: "DERIVED_SOURCE_BLANK" | "DERIVED_SOURCE_INVALID" | "DERIVED_FAILED",
    readonly source: string,
    readonly value: string,
    /** which source (0-based, in `derive.sources`) the problem is in, for the cell to name */
    readonly sourceIndex = 0,
  ) {}
}

/** A derived cell that waits for a parameter (an unset one the expression reads). */
export class DerivationPending {
  constructor(readonly pending: Pending) {}
}

type SourceReader = (raw: RawCell) => Value | CellProblem;

/** The cell a derived field takes on one row: a raw value its own reader reads, or why there is none. */
export type DerivedCell = RawCell | DerivationProblem | DerivationPending;

/**
 * The function giving a derived field's cell for a row, from the source columns `cols` (in the order of
 * `f.derive.sources`). `readerOf` reads a source cell as its declared type; `params` supplies `params.x`.
 */
export function derivation(f: FieldDef, cols: number[], readerOf: (source: FieldDef) => SourceReader, params: Map<string, Value>): (row: RawCell[]) => DerivedCell {
  const derive = f.derive!;
  const readers = derive.sources.map((s) => readerOf({ key: s.name, type: s.type, title: s.title, headers: s.headers, required: false }));
  const current: Value[] = new Array(readers.length).fill(null);
  const resolver: NameResolver = {
    name: (n) => {
      const k = derive.sources.findIndex((s) => s.name === n);
      if (k < 0) throw new Error(`derivation of ${f.key}: unknown source ${n}`);
      return () => current[k];
    },
    param: (n) => () => params.get(n) ?? null,
  };
  const compiled = compileExpr(derive.expr, resolver);
  return (row) => {
    for (let k = 0; k < readers.length; k++) {
      const raw = row[cols[k]];
      const v = readers[k](raw);
      const title = derive.sources[k].title["zh-CN"];
      if (v === null) return new DerivationProblem("DERIVED_SOURCE_BLANK", title, "", k);
      if (v instanceof CellProblem) return new DerivationProblem("DERIVED_SOURCE_INVALID", title, String(raw), k);
      current[k] = v;
    }
    const v = compiled(0);
    if (v instanceof Pending) return new DerivationPending(v);
    const sources = derive.sources.map((s) => s.title["zh-CN"]).join("、");
    if (v instanceof EvalFailure || v === null) return new DerivationProblem("DERIVED_FAILED", sources, v instanceof EvalFailure ? v.detail : "");
    // a yes/no worked out as a number (月租 instead of 月租 == 0) would read 1 as 是: the kind must be the field's
    if (!fitsType(f.type, v)) return new DerivationProblem("DERIVED_FAILED", sources, `${valueKind(v)} ≠ ${f.type}`);
    return asRaw(v);
  };
}

const NUMBER_TYPES = new Set(["number", "integer", "money", "rate"]);
const DATE_TYPES = new Set(["date", "datetime", "month"]);

/** Whether a derived value is of the kind its field holds: yes/no a boolean, numbers a decimal, dates a date. */
function fitsType(type: FieldDef["type"], v: Value): boolean {
  if (type === "bool") return typeof v === "boolean";
  if (NUMBER_TYPES.has(type)) return v instanceof Dec;
  if (DATE_TYPES.has(type)) return v instanceof Temporal;
  return typeof v === "string" || v instanceof Dec;
}

function valueKind(v: Value): string {
  if (typeof v === "boolean") return "bool";
  if (v instanceof Dec) return "number";
  if (v instanceof Temporal) return "date";
  return typeof v === "string" ? "text" : "value";
}

/** A derived value as a cell the field's reader takes: a yes/no, a number's exact text, a date's text. */
function asRaw(v: Value): RawCell {
  if (v instanceof Dec) return v.toFixed();
  if (v instanceof Temporal) return v.toString();
  return v as RawCell;
}
