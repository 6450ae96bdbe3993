import { StepDef } from "../../scheme/schema";
import { EvalFailure, Pending, Value } from "../../values/value";
import { truthy } from "../../expr/operators";
import { Compiled } from "../../expr/compile";
import { RunState } from "../../evaluate/runState";
import { Scope } from "../../evaluate/scope";
import { CodedExpr } from "../../evaluate/store";
import { EXCLUDED, INVALID, Mark, PENDING, statusCode } from "../../evaluate/status";
import { forComputable } from "../shared/common";

type RuleDef = Extract<StepDef, { kind: "rule" }>;

/** P1: one eligibility rule. Fires on true; a pending condition (unset parameter) makes the entity pending. */
export function runRule(step: RuleDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const when = state.compile(step.when, step.scope);
  const coded = state.coded(step.when, step.scope);
  const col = state.defineFlags(step.name, step.scope);
  // groups the rule fires on, kept only when their members are marked too
  const spreads = step.toMembers === true && step.scope !== "row";
  const fired: number[] = [];
  const informational = step.status === "warning" || step.status === "note";
  // one reason object for every entity the rule fires on: reasons are never changed once given
  const mark: Mark = { code: step.code };
  const fire = (e: number) => {
    if (step.status === "warning") scope.warn(e, mark);
    else if (step.status === "note") scope.note(e, mark);
    else {
      scope.fail(e, statusCode(step.status), mark);
      if (spreads) fired.push(e);
    }
  };
  const apply = (e: number, v: Value) => {
    if (v instanceof Pending) {
      scope.fail(e, PENDING, { code: v.code, param: v.param });
      return;
    }
    if (v instanceof EvalFailure) {
      scope.fail(e, INVALID, { code: "CALCULATION_ERROR", detail: `${step.name}: ${v.detail}` });
      return;
    }
    const hit = truthy(v);
    col.setFlag(e, hit);
    if (hit) fire(e);
  };
  const flags = col.flagCodes();
  if (coded && flags) ruleByCodes(scope, coded, flags, informational, fire, apply);
  else ruleByRow(scope, when, informational, apply);
  if (spreads && fired.length && step.status !== "warning" && step.status !== "note") {
    const members = state.members(step.scope, "row");
    const status = statusCode(step.status as "pending" | "excluded" | "invalid");
    for (const g of fired) {
      for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) state.row.fail(members.items[i], status, mark);
    }
  }
}

/**
 * The general path: the condition worked out entity by entity (the reference path, and any run where the condition
 * reads a column that is not coded). ruleByCodes must give exactly the same (test/engine/evaluate/typedPath.test.ts).
 */
function ruleByRow(scope: Scope, when: Compiled, informational: boolean, apply: (e: number, v: Value) => void): void {
  const status = scope.status;
  forComputable(scope, (e) => {
    // a warning or note on a row that is already excluded would only add noise
    if (informational && status[e] === EXCLUDED) return;
    apply(e, when(e));
  });
}

/**
 * The fast path (a coded condition and a flags column): the condition's truth once per code, written straight into
 * the flags. Checked against ruleByRow by test/engine/evaluate/typedPath.test.ts ("the typed path gives what the
 * value-by-value path gives": every preset's rules on random repeating cells, parameters set and unset).
 */
function ruleByCodes(scope: Scope, coded: CodedExpr, flags: Uint8Array, informational: boolean, fire: (e: number) => void, apply: (e: number, v: Value) => void): void {
  const status = scope.status;
  // the condition's truth per code: 0 false, 1 true, 2 pending or failed (applied entity by entity), -1 unknown
  const truth = new Int8Array(coded.size).fill(-1);
  const codes = coded.codes;
  for (let e = 0; e < scope.size; e++) {
    const s = status[e];
    // a warning or note on a row that is already excluded would only add noise
    if (s === INVALID || (informational && s === EXCLUDED)) continue;
    const c = codes[e];
    let t = truth[c];
    if (t < 0) {
      const v = coded.valueAt(e);
      t = truth[c] = v instanceof Pending || v instanceof EvalFailure ? 2 : truthy(v) ? 1 : 0;
    }
    if (t === 2) apply(e, coded.valueAt(e));
    else {
      flags[e] = t + 1;
      if (t === 1) fire(e);
    }
  }
}
