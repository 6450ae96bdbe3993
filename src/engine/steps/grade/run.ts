import { Dec, dec } from "../../money/decimal";
import { gradeOf } from "../../primitives/gradeBands";
import { StepDef } from "../../scheme/schema";
import { Pending } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { num } from "../../evaluate/format";
import { forComputable } from "../shared/common";

type GradeDef = Extract<StepDef, { kind: "grade" }>;

/** P10: score → grade by lower bounds, highest first; below every band → `below` (closes gaps such as 4 < S < 5). */
export function runGrade(step: GradeDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const input = state.compile(step.input, step.scope);
  const bands = step.bands.map((b) => ({ label: b.label, min: dec(b.min), inclusive: b.inclusive }));
  const col = state.define(step.name, step.scope);
  forComputable(scope, (e) => {
    const v = input(e);
    if (v instanceof Pending) col[e] = v;
    else if (v instanceof Dec) col[e] = gradeOf(v, bands, step.below);
  });
  scope.explainers.set(step.name, (e, lang) => {
    const v = input(e);
    if (!(v instanceof Dec)) return null;
    const band = bands.find((b) => b.label === col[e]);
    if (!band) {
      const lowest = bands[bands.length - 1];
      return `${num(v)} < ${num(lowest.min)} → ${step.below}`;
    }
    return `${num(v)} ${band.inclusive ? "≥" : ">"} ${num(band.min)} → ${col[e]}${lang === "zh-CN" ? "" : ""}`;
  });
}
