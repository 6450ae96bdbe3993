import { Dec, dec } from "../../money/decimal";
import { percentSplit } from "../../primitives/percentSplit";
import { StepDef } from "../../scheme/schema";
import { Pending } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { num } from "../../evaluate/format";
import { forComputable } from "../shared/common";

type SplitDef = Extract<StepDef, { kind: "split" }>;

/** P7: one amount in parts by percentages summing to 100 (checked by the validator). */
export function runSplit(step: SplitDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const base = state.compile(step.base, step.scope);
  const percents = step.parts.map((p) => dec(p.percent));
  const col = state.define(step.name, step.scope);
  const parts = step.parts.map((p) => state.define(p.name, step.scope));
  forComputable(scope, (e) => {
    const b = base(e);
    if (b instanceof Pending) {
      col[e] = b;
      parts.forEach((p) => (p[e] = b));
      return;
    }
    if (!(b instanceof Dec)) return;
    col[e] = b;
    percentSplit(b, percents).forEach((v, i) => (parts[i][e] = v));
  });
  step.parts.forEach((p, i) => {
    scope.explainers.set(p.name, (e) => (col[e] instanceof Dec ? `${num(col[e])} × ${num(percents[i])}% = ${num(parts[i][e])}` : null));
  });
}
