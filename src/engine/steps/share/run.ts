import { Dec } from "../../money/decimal";
import { shareSplit } from "../../primitives/shareSplit";
import { StepDef } from "../../scheme/schema";
import { Pending } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { num, withUnit } from "../../evaluate/format";

type ShareDef = Extract<StepDef, { kind: "share" }>;

/** P14: a group's pool shared among its ok members by weight; rounded shares sum exactly to the pool. */
export function runShare(step: ShareDef, state: RunState): void {
  const level = state.level(step.scope);
  const memberScope = state.scope(level.def.of);
  const members = state.members(step.scope, level.def.of);
  const pool = state.compile(step.pool, step.scope);
  const weight = state.compile(step.weight, level.def.of);
  const col = state.define(step.name, step.scope);
  const shares = state.define(step.attributeTo, level.def.of);
  const weightTotal: (Dec | null)[] = new Array(level.size).fill(null);
  for (let g = 0; g < level.size; g++) {
    const p = pool(g);
    col[g] = p;
    const ids: number[] = [];
    const ws: Dec[] = [];
    for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) {
      const m = members.items[i];
      if (!memberScope.isOk(m)) continue;
      const w = weight(m);
      if (w instanceof Dec) {
        ids.push(m);
        ws.push(w);
      }
    }
    if (p instanceof Pending) {
      ids.forEach((m) => (shares[m] = p));
      continue;
    }
    if (!(p instanceof Dec)) continue;
    const split = shareSplit(p, ws, state.rounding);
    if (!split) continue;
    weightTotal[g] = ws.reduce((a, w) => a.plus(w), new Dec(0));
    ids.forEach((m, k) => (shares[m] = split[k]));
  }
  const map = state.ancestorMap(level.def.of, step.scope);
  memberScope.explainers.set(step.attributeTo, (m, lang) => {
    const g = map[m];
    const total = weightTotal[g];
    if (!total || !(shares[m] instanceof Dec)) return null;
    return `${num(col[g])} × ${num(weight(m))} / ${num(total)} → ${withUnit(shares[m], step.unit, lang)}`;
  });
}
