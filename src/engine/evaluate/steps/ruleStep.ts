import { StepDef } from "../../scheme/schema";
import { EvalFailure, Pending } from "../../values/value";
import { truthy } from "../../expr/operators";
import { RunState } from "../runState";
import { EXCLUDED, INVALID, Mark, PENDING, statusCode } from "../status";
import { forComputable } from "./common";

type RuleDef = Extract<StepDef, { kind: "rule" }>;

/** P1: one eligibility rule. Fires on true; a pending condition (unset parameter) makes the entity pending. */
export function runRule(step: RuleDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const when = state.compile(step.when, step.scope);
  const col = state.define(step.name, step.scope);
  const fired: number[] = [];
  const informational = step.status === "warning" || step.status === "note";
  forComputable(scope, (e) => {
    // a warning or note on a row that is already excluded would only add noise
    if (informational && scope.status[e] === EXCLUDED) return;
    const v = when(e);
    if (v instanceof Pending) {
      scope.fail(e, PENDING, { code: v.code, param: v.param });
      return;
    }
    if (v instanceof EvalFailure) {
      scope.fail(e, INVALID, { code: "CALCULATION_ERROR", detail: `${step.name}: ${v.detail}` });
      return;
    }
    const hit = truthy(v);
    col[e] = hit;
    if (!hit) return;
    const mark: Mark = { code: step.code };
    if (step.status === "warning") scope.warn(e, mark);
    else if (step.status === "note") scope.note(e, mark);
    else {
      scope.fail(e, statusCode(step.status), mark);
      fired.push(e);
    }
  });
  if (step.toMembers && step.scope !== "row" && fired.length && step.status !== "warning" && step.status !== "note") {
    const members = state.members(step.scope, "row");
    const status = statusCode(step.status as "pending" | "excluded" | "invalid");
    for (const g of fired) {
      for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) state.row.fail(members.items[i], status, { code: step.code });
    }
  }
}
