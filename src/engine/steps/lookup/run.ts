import { Dec, dec } from "../../money/decimal";
import { StepDef } from "../../scheme/schema";
import { EvalFailure, Pending, Value, valueText } from "../../values/value";
import { lookupPath } from "../../primitives/categoryValue";
import { RunState } from "../../evaluate/runState";
import { withUnit } from "../../evaluate/format";
import { Lang } from "../../i18n/messages";
import { forComputable, inputLabel } from "../shared/common";
import { INVALID, Mark, statusCode } from "../../evaluate/status";
import { CodedExpr, Codes, Column, combineCodes } from "../../evaluate/store";
import { Scope } from "../../evaluate/scope";

type LookupDef = Extract<StepDef, { kind: "lookup" }>;

/** What a lookup gives one entity: its value, whether the table was consulted, and a reason when it had no value. */
interface LookupOutcome {
  value: Value;
  looked: boolean;
  mark: Mark | null;
}


function toValue(v: unknown): Value {
  if (typeof v === "number") return dec(v);
  if (typeof v === "string") return v;
  return null;
}

/** P3 (and grade × role tables): a value looked up by one or more keys; `*` is a table's fallback key. */
export function runLookup(step: LookupDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const inputs = step.input.map((i) => state.compile(i, step.scope));
  const col = state.defineNumbered(step.name, step.scope);
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
  // one instance for every row without a table value: values are immutable, and a column of one value is one code
  const missingValue = missing.status === "pending" ? new Pending(missing.code) : null;
  const missingStatus = statusCode(missing.status);
  /** what the lookup gives entity e: a function of its input values alone */
  const outcomeOf = (e: number): LookupOutcome => {
    if (table instanceof Pending) return { value: table, looked: false, mark: null };
    const keys = keyText(e);
    if (keys === null || keys instanceof Pending) return { value: keys, looked: false, mark: null };
    const path = keys.length === 1 ? keys[0] : keys.join("\u0001");
    let out = cache.get(path);
    if (out === undefined && !cache.has(path)) {
      const node = lookupPath(table, keys);
      out = node === undefined || node === null ? fallback : toValue(node);
      cache.set(path, out);
    }
    if (out === undefined) return { value: missingValue, looked: true, mark: { code: missing.code, value: keys.join(" / ") } };
    return { value: out, looked: true, mark: null };
  };
  const seen = new Uint8Array(scope.size);
  const coded = step.input.map((i) => state.coded(i, step.scope));
  const combined = coded.every((c) => c !== null) ? combineCodes(coded as CodedExpr[], scope.size) : null;
  const fill: LookupFill = { scope, col, outcomeOf, seen, missingStatus };
  if (combined) lookupByCodes(fill, combined);
  else lookupByRow(fill);
  explainLookup(step, state, fill, keyText, combined);
}

/** What both ways of filling a lookup's column share. */
interface LookupFill {
  scope: Scope;
  col: Column;
  outcomeOf: (e: number) => LookupOutcome;
  /** 1 for the entities whose inputs were looked up in the table (they are explained) */
  seen: Uint8Array;
  missingStatus: number;
}

/**
 * The general path: each entity's outcome looked up from its own input values (the reference path, and any run
 * where an input is not coded). lookupByCodes must give exactly the same (test/engine/evaluate/typedPath.test.ts).
 */
function lookupByRow({ scope, col, outcomeOf, seen, missingStatus }: LookupFill): void {
  forComputable(scope, (e) => {
    const o = outcomeOf(e);
    if (o.looked) seen[e] = 1;
    if (o.mark) scope.fail(e, missingStatus, o.mark);
    col.set(e, o.value);
  });
}

/**
 * The fast path (every input coded): one outcome per combination of input codes, and the column's code of its
 * value found once, not per row. Checked against lookupByRow by test/engine/evaluate/typedPath.test.ts ("the typed
 * path gives what the value-by-value path gives": every preset's lookups on random repeating cells).
 */
function lookupByCodes({ scope, col, outcomeOf, seen, missingStatus }: LookupFill, combined: Codes): void {
  const memo: (LookupOutcome | undefined)[] = new Array(combined.size);
  // the column's code of each combination's value: no lookup of the value per row
  const valueCode = new Int32Array(combined.size).fill(-1);
  const status = scope.status;
  const codes = combined.codes;
  for (let e = 0; e < scope.size; e++) {
    if (status[e] === INVALID) continue;
    const c = codes[e];
    let o = memo[c];
    if (o === undefined) {
      o = memo[c] = outcomeOf(e);
      valueCode[c] = col.codeOf(o.value);
    }
    if (o.looked) seen[e] = 1;
    if (o.mark) scope.fail(e, missingStatus, o.mark);
    if (valueCode[c] >= 0) col.setCode(e, valueCode[c]);
    else col.set(e, o.value);
  }
}

/** Each looked-up entity says its inputs and the value found; with coded inputs, once per combination and language. */
function explainLookup(step: LookupDef, state: RunState, { scope, col, seen }: LookupFill, keyText: (e: number) => string[] | Pending | null, combined: Codes | null): void {
  const labelsIn = { "zh-CN": null as string[] | null, "en-US": null as string[] | null };
  const explain = (e: number, lang: Lang): string | null => {
    const keys = seen[e] ? keyText(e) : null;
    if (!Array.isArray(keys)) return null;
    const inputLabels = (labelsIn[lang] ??= step.input.map((i) => inputLabel(state, i, lang)));
    const labels = inputLabels.map((label, k) => `${label}=${keys[k] === "" ? (lang === "zh-CN" ? "空" : "blank") : keys[k]}`);
    const v = col.get(e);
    return `${labels.join(lang === "zh-CN" ? "，" : ", ")} → ${v instanceof Dec ? withUnit(v, step.unit, lang) : valueText(v)}`;
  };
  if (!combined) {
    scope.explainers.set(step.name, explain);
    return;
  }
  // the explanation is a function of the combination: made once per code and language
  const made = { "zh-CN": new Map<number, string | null>(), "en-US": new Map<number, string | null>() };
  scope.explainers.set(step.name, (e, lang) => {
    if (!seen[e]) return null;
    const c = combined.codes[e];
    const byCode = made[lang];
    let text = byCode.get(c);
    if (text === undefined) byCode.set(c, (text = explain(e, lang)));
    return text;
  });
}
