import { Dec, ZERO } from "../../money/decimal";
import { findWindow } from "../../primitives/consecutiveWindow";
import { StepDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { Pending } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { EXCLUDED } from "../../evaluate/status";
import { num } from "../../evaluate/format";

type WindowDef = Extract<StepDef, { kind: "window" }>;

/**
 * P12(g) per group: periods first..last of its members (a period without members counts 0); the result is the
 * first period of the first qualifying run of `length` periods, `${name}End` its last period, or blank.
 */
export function runWindow(step: WindowDef, state: RunState): void {
  const level = state.level(step.scope);
  const memberScope = state.scope(level.def.of);
  const members = state.members(step.scope, level.def.of);
  const period = state.compile(step.period, level.def.of);
  const value = state.compile(step.value, level.def.of);
  const atLeast = state.compile(step.atLeast, step.scope);
  const periodTest = step.periodTest ? state.compile(step.periodTest.test, level.def.of) : null;
  const numerator = step.ratioTest ? state.compile(step.ratioTest.numerator, level.def.of) : null;
  const denominator = step.ratioTest ? state.compile(step.ratioTest.denominator, level.def.of) : null;
  const ratioAtLeast = step.ratioTest ? state.compile(step.ratioTest.atLeast, step.scope) : null;
  const col = state.define(step.name, step.scope);
  const endCol = state.define(`${step.name}End`, step.scope);
  const averages: (Dec | null)[] = new Array(level.size).fill(null);
  const span = step.last - step.first + 1;
  for (let g = 0; g < level.size; g++) {
    if (!level.computable(g)) continue;
    const threshold = atLeast(g);
    const ratioThreshold = ratioAtLeast ? ratioAtLeast(g) : null;
    if (threshold instanceof Pending || ratioThreshold instanceof Pending) {
      col[g] = threshold instanceof Pending ? threshold : ratioThreshold;
      continue;
    }
    if (!(threshold instanceof Dec)) continue;
    const values = new Array<Dec>(span).fill(ZERO);
    const num_ = new Array<Dec>(span).fill(ZERO);
    const den = new Array<Dec>(span).fill(ZERO);
    const active = new Array<boolean>(span).fill(false);
    const periodOk = new Array<boolean>(span).fill(true);
    for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) {
      const m = members.items[i];
      if (!memberScope.isOk(m)) continue;
      const p = period(m);
      if (!(p instanceof Dec)) continue;
      const k = p.toNumber() - step.first;
      if (k < 0 || k >= span) continue;
      const v = value(m);
      if (v instanceof Dec) {
        values[k] = values[k].plus(v);
        if (!v.isZero()) active[k] = true;
      }
      if (periodTest && v instanceof Dec && !v.isZero() && !truthy(periodTest(m))) periodOk[k] = false;
      if (numerator && denominator) {
        const a = numerator(m);
        const b = denominator(m);
        if (a instanceof Dec) num_[k] = num_[k].plus(a);
        if (b instanceof Dec) den[k] = den[k].plus(b);
      }
    }
    const outcome = findWindow(
      { values, active, periodOk, numerator: num_, denominator: den },
      { length: step.length, atLeast: threshold, ratioAtLeast: ratioThreshold instanceof Dec ? ratioThreshold : undefined },
    );
    if (outcome.start >= 0) {
      col[g] = new Dec(outcome.start + step.first);
      endCol[g] = new Dec(outcome.start + step.first + step.length - 1);
      averages[g] = outcome.average;
    } else if (step.excludeOnFailure) {
      if (outcome.failedRatioTest && step.ratioTest) level.fail(g, EXCLUDED, { code: step.ratioTest.code });
      if (outcome.failedPeriodTest && step.periodTest) level.fail(g, EXCLUDED, { code: step.periodTest.code });
    }
  }
  level.explainers.set(step.name, (g, lang) => {
    const start = col[g];
    if (!(start instanceof Dec)) return lang === "zh-CN" ? "没有达标的连续期间" : "no qualifying run of periods";
    const end = endCol[g] as Dec;
    return lang === "zh-CN"
      ? `第${start.toFixed()}–${end.toFixed()}期平均 ${num(averages[g])}`
      : `periods ${start.toFixed()}–${end.toFixed()} average ${num(averages[g])}`;
  });
}
