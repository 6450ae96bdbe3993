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
  // each distinct key path is converted once: rows repeat a handful of labels
  const cache = new Map<string, Value | undefined>();
  const keyText = (e: number): string[] | Pending | null => {
    const keys: string[] = [];
    for (const input of inputs) {
      const v = input(e);
      if (v instanceof Pending) return v;
      if (v instanceof EvalFailure) return null;
      keys.push(valueText(v));
    }
    return keys;
  };
  const seen = new Uint8Array(scope.size);
  forComputable(scope, (e) => {
    if (table instanceof Pending) {
      col[e] = table;
      return;
    }
    const keys = keyText(e);
    if (keys === null || keys instanceof Pending) {
      col[e] = keys;
      return;
    }
    seen[e] = 1;
    const path = keys.length === 1 ? keys[0] : keys.join("\u0001");
    let out = cache.get(path);
    if (out === undefined && !cache.has(path)) {
      const node = lookupPath(table, keys);
      out = node === undefined || node === null ? fallback : toValue(node);
      cache.set(path, out);
    }
    if (out === undefined) {
      const mark = { code: missing.code, value: keys.join(" / ") };
      scope.fail(e, statusCode(missing.status), mark);
      col[e] = missing.status === "pending" ? new Pending(missing.code) : null;
      return;
    }
    col[e] = out;
  });
  scope.explainers.set(step.name, (e, lang) => {
    const keys = seen[e] ? keyText(e) : null;
    if (!Array.isArray(keys)) return null;
    const labels = step.input.map((i, k) => `${inputLabel(state, i, lang)}=${keys[k] === "" ? (lang === "zh-CN" ? "空" : "blank") : keys[k]}`);
    const v = col[e];
    return `${labels.join(lang === "zh-CN" ? "，" : ", ")} → ${v instanceof Dec ? withUnit(v, step.unit, lang) : valueText(v)}`;
  });
}
