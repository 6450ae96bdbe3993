import { Dec, dec } from "../../money/decimal";
import { weightedScore } from "../../primitives/weightedScore";
import { StepDef } from "../../scheme/schema";
import { Pending } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { num } from "../../evaluate/format";
import { forComputable } from "../shared/common";

type WeightedDef = Extract<StepDef, { kind: "weighted" }>;

/** P8: S = Σ w_i × s_i, exact decimals (C7). */
export function runWeighted(step: WeightedDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const inputs = step.items.map((i) => state.compile(i.input, step.scope));
  const weights = step.items.map((i) => dec(i.weight));
  const col = state.define(step.name, step.scope);
  forComputable(scope, (e) => {
    const scores = inputs.map((f) => f(e));
    const pending = scores.find((s) => s instanceof Pending);
    if (pending) {
      col[e] = pending;
      return;
    }
    if (scores.every((s): s is Dec => s instanceof Dec)) col[e] = weightedScore(scores, weights);
  });
  scope.explainers.set(step.name, (e) => {
    if (!(col[e] instanceof Dec)) return null;
    return `${inputs.map((f, i) => `${num(weights[i])}×${num(f(e))}`).join(" + ")} = ${num(col[e])}`;
  });
}
