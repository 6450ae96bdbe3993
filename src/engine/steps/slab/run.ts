import { Dec } from "../../money/decimal";
import { findSlab, Slab, slabRangeText } from "../../primitives/slabLookup";
import { toSlabs } from "./bands";
import { BandDef, StepDef } from "../../scheme/schema";
import { EvalFailure, Pending, Value } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { num, withUnit } from "../../evaluate/format";
import { forComputable, inputLabel, settle } from "../shared/common";

type SlabDef = Extract<StepDef, { kind: "slab" }>;


/** P6: the band holding the input gives an amount, or a rate applied to the whole base. */
export function runSlab(step: SlabDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const input = state.compile(step.input, step.scope);
  const base = step.base ? state.compile(step.base, step.scope) : null;
  const col = state.define(step.name, step.scope);
  const source = "param" in step.bands ? state.params.get((step.bands as { param: string }).param) : step.bands;
  const slabs = Array.isArray(source) ? toSlabs(source as BandDef[]) : null;
  const pending = source instanceof Pending ? source : null;
  const chosen: (Slab<Value> | undefined)[] = new Array(scope.size);
  forComputable(scope, (e) => {
    if (pending || !slabs) {
      col[e] = pending;
      return;
    }
    const v = input(e);
    if (v instanceof Pending || v instanceof EvalFailure) {
      col[e] = settle(scope, e, v, step.name);
      return;
    }
    if (!(v instanceof Dec)) {
      col[e] = null;
      return;
    }
    const s = findSlab(v, slabs);
    chosen[e] = s;
    if (!s) {
      col[e] = settle(scope, e, new EvalFailure("TYPE_MISMATCH", `${v.toFixed()} is in no band`), step.name);
      return;
    }
    if (step.mode === "rate") {
      const b = base ? base(e) : null;
      col[e] = b instanceof Dec && s.value instanceof Dec ? s.value.times(b) : settle(scope, e, b instanceof EvalFailure || b instanceof Pending ? b : null, step.name);
    } else col[e] = s.value;
  });
  scope.explainers.set(step.name, (e, lang) => {
    const s = chosen[e];
    if (!s) return null;
    const label = inputLabel(state, step.input, lang);
    const head = `${label} ${num(input(e))} ∈ ${slabRangeText(s)}`;
    if (step.mode === "rate" && base) return `${head} → ${num(s.value)} × ${num(base(e))} = ${withUnit(col[e], step.unit, lang)}`;
    return `${head} → ${withUnit(col[e], step.unit, lang)}`;
  });
}
