import { StepDef } from "../../scheme/schema";
import { EvalFailure, Pending } from "../../values/value";
import { truthy } from "../../expr/operators";
import { RunState } from "../../evaluate/runState";
import { forComputable, settle } from "../shared/common";
import { messageFor } from "../../evaluate/messagesFor";

type CheckDef = Extract<StepDef, { kind: "check" }>;

/** P11: a conjunction of tests → MET / NOT_MET (or the scheme's labels) with every failing code listed. */
export function runCheck(step: CheckDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const tests = step.conditions.map((c) => ({ code: c.code, test: state.compile(c.test, step.scope) }));
  const na = step.notApplicable ? { when: state.compile(step.notApplicable.when, step.scope), label: step.notApplicable.label } : null;
  const col = state.define(step.name, step.scope);
  const codesCol = state.define(`${step.name}Codes`, step.scope);
  forComputable(scope, (e) => {
    if (na && truthy(na.when(e))) {
      col[e] = na.label;
      return;
    }
    const failing: string[] = [];
    let pending: Pending | null = null;
    for (const t of tests) {
      const v = t.test(e);
      if (v instanceof Pending) pending ??= v;
      else if (v instanceof EvalFailure) {
        col[e] = settle(scope, e, v, step.name);
        return;
      } else if (!truthy(v)) failing.push(t.code);
    }
    // one failed condition decides NOT_MET even while another one waits for a parameter
    if (!failing.length && pending) {
      col[e] = pending;
      return;
    }
    col[e] = failing.length ? step.labels.fail : step.labels.pass;
    codesCol[e] = failing.join(", ");
  });
  scope.explainers.set(step.name, (e, lang) => {
    const codes = codesCol[e];
    if (typeof codes !== "string" || codes === "") return col[e] === null ? null : String(col[e]);
    const reasons = codes.split(", ").map((c) => `${c}: ${messageFor(state, c, lang, {})}`);
    return `${String(col[e])} — ${reasons.join(lang === "zh-CN" ? "；" : "; ")}`;
  });
}
