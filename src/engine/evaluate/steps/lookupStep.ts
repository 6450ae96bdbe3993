import { Dec, dec } from "../../money/decimal";
import { StepDef } from "../../scheme/schema";
import { EvalFailure, Pending, Value, valueText } from "../../values/value";
import { lookupPath } from "../../primitives/categoryValue";
import { RunState } from "../runState";
import { withUnit } from "../format";
import { forComputable, inputLabel } from "./common";
import { statusCode } from "../status";

type LookupDef = Extract<StepDef, { kind: "lookup" }>;


function toValue(v: unknown): Value {
  if (typeof v === "number") return dec(v);
  if (typeof v === "string") return v;
  return null;
}

/** P3 (and grade × role tables): a value looked up by one or more keys; `*` is a table's fallback key. */
export function runLookup(step: LookupDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const inputs = step.input.map((i) => state.compile(i, step.scope));
  const col = state.define(step.name, step.scope);
  const spec = step.table as Record<string, unknown>;
  const tableParam = typeof spec.param === "string" && Object.keys(spec).length === 1 ? spec.param : null;
  const table = (tableParam ? state.params.get(tableParam) : step.table) as unknown;
  const missing = step.missing ?? { status: "pending" as const, code: "MISSING_TABLE_VALUE" };
  const fallback = step.default === undefined ? undefined : toValue(step.default);
  const keysUsed: string[][] = new Array(scope.size);
  forComputable(scope, (e) => {
    if (table instanceof Pending) {
      col[e] = table;
      return;
    }
    const keys: string[] = [];
    for (const input of inputs) {
      const v = input(e);
      if (v instanceof Pending || v instanceof EvalFailure) {
        col[e] = v instanceof Pending ? v : null;
        return;
      }
      keys.push(valueText(v));
    }
    keysUsed[e] = keys;
    const node = lookupPath(table, keys);
    let out: Value | undefined = node === undefined || node === null ? undefined : toValue(node);
    if (out === undefined && fallback !== undefined) out = fallback;
    if (out === undefined) {
      const mark = { code: missing.code, value: keys.join(" / ") };
      scope.fail(e, statusCode(missing.status), mark);
      col[e] = missing.status === "pending" ? new Pending(missing.code) : null;
      return;
    }
    col[e] = out;
  });
  scope.explainers.set(step.name, (e, lang) => {
    const keys = keysUsed[e];
    if (!keys) return null;
    const labels = step.input.map((i, k) => `${inputLabel(state, i, lang)}=${keys[k] === "" ? (lang === "zh-CN" ? "空" : "blank") : keys[k]}`);
    const v = col[e];
    return `${labels.join(lang === "zh-CN" ? "，" : ", ")} → ${v instanceof Dec ? withUnit(v, step.unit, lang) : valueText(v)}`;
  });
}
