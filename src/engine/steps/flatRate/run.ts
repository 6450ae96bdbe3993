import { flatRateAmount } from "../../primitives/progressiveTiers";
import { StepDef } from "../../scheme/schema";
import { Dec } from "../../money/decimal";
import { arith } from "../../expr/operators";
import { RunState } from "../../evaluate/runState";
import { num, withUnit } from "../../evaluate/format";
import { forComputable, settle } from "../shared/common";

type FlatRateDef = Extract<StepDef, { kind: "flatRate" }>;

/** P4: amount = rate × quantity (20 yuan per household, 40 yuan per hour). */
export function runFlatRate(step: FlatRateDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const quantity = state.compile(step.quantity, step.scope);
  const rate = typeof step.rate === "number" ? () => new Dec(String(step.rate)) : state.compile(step.rate, step.scope);
  const col = state.define(step.name, step.scope);
  forComputable(scope, (e) => {
    const q = quantity(e);
    const r = rate(e);
    col[e] = settle(scope, e, q instanceof Dec && r instanceof Dec ? flatRateAmount(q, r) : arith("*", q, r), step.name);
  });
  scope.explainers.set(step.name, (e, lang) => {
    const q = quantity(e);
    if (q === null) return null;
    return `${withUnit(q, step.countUnit, lang)} × ${withUnit(rate(e), step.unit, lang)} = ${withUnit(col[e], step.unit, lang)}`;
  });
  void num;
}
