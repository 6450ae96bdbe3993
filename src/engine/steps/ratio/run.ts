import { Dec, dec } from "../../money/decimal";
import { ratioScore } from "../../primitives/ratioScore";
import { StepDef } from "../../scheme/schema";
import { EvalFailure, Pending } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { num } from "../../evaluate/format";
import { forComputable, settle } from "../shared/common";

type RatioDef = Extract<StepDef, { kind: "ratio" }>;

/** P9: points × (actual ÷ target), or the bonus points once the ratio reaches the threshold. */
export function runRatio(step: RatioDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const actual = state.compile(step.actual, step.scope);
  const target = step.target ? state.compile(step.target, step.scope) : null;
  const spec = {
    points: dec(step.points),
    bonus: step.bonus && { atLeast: dec(step.bonus.atLeast), inclusive: step.bonus.inclusive, points: dec(step.bonus.points) },
    cap: step.cap === undefined ? undefined : dec(step.cap),
  };
  const col = state.define(step.name, step.scope);
  const ratios: (Dec | undefined)[] = new Array(scope.size);
  const bonus = new Uint8Array(scope.size);
  forComputable(scope, (e) => {
    const a = actual(e);
    const t = target ? target(e) : new Dec(1);
    if (a instanceof Pending || t instanceof Pending) {
      col[e] = a instanceof Pending ? a : t;
      return;
    }
    if (!(a instanceof Dec) || !(t instanceof Dec)) {
      col[e] = settle(scope, e, a instanceof EvalFailure ? a : t instanceof EvalFailure ? t : null, step.name);
      return;
    }
    let ratio: Dec;
    if (t.isZero()) {
      if (step.whenTargetZero === undefined) {
        col[e] = settle(scope, e, new EvalFailure("DIVISION_BY_ZERO", `${step.name}: target is 0`), step.name);
        return;
      }
      ratio = dec(step.whenTargetZero);
    } else ratio = a.dividedBy(t);
    const r = ratioScore(ratio, spec);
    ratios[e] = ratio;
    bonus[e] = r.bonus ? 1 : 0;
    col[e] = r.score;
  });
  scope.explainers.set(step.name, (e, lang) => {
    const ratio = ratios[e];
    if (!ratio) return null;
    if (bonus[e]) {
      const b = step.bonus!;
      return lang === "zh-CN"
        ? `比率 ${num(ratio)} ≥ ${num(dec(b.atLeast))}${b.inclusive ? "（含）" : ""} → ${num(col[e])}`
        : `ratio ${num(ratio)} reaches ${num(dec(b.atLeast))}${b.inclusive ? " (inclusive)" : ""} → ${num(col[e])}`;
    }
    return `${num(spec.points)} × ${num(ratio)} = ${num(col[e])}`;
  });
}
