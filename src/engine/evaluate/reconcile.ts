import { Dec, roundOutput, Rounding, ZERO } from "../money/decimal";
import { PartDef } from "../scheme/schema";
import { RunState } from "./runState";

/**
 * Row money outputs whose group total is their sum: the row → group pair to keep consistent after rounding.
 * Found from the scheme itself (an `aggregate` sum of the row output that is a money output of the level).
 */
export function findRoundingPairs(part: PartDef): Map<string, { level: string; total: string }> {
  const pairs = new Map<string, { level: string; total: string }>();
  const rowMoney = new Set((part.outputs.row ?? []).filter((o) => o.type === "money").map((o) => o.name));
  for (const step of part.steps) {
    if (step.kind !== "aggregate" || step.op !== "sum" || step.from !== "row" || !step.of) continue;
    const of = step.of.trim();
    if (!rowMoney.has(of) || pairs.has(of)) continue;
    const levelOut = part.outputs[step.scope] ?? [];
    if (levelOut.some((o) => o.name === step.name && o.type === "money")) pairs.set(of, { level: step.scope, total: step.name });
  }
  return pairs;
}

/**
 * Rounded row amounts that sum exactly to the rounded group total: each row is rounded, then the cents left over
 * go to the rows with the largest remainders (taken from the smallest when negative), sheet order on ties.
 */
export function reconcileRows(state: RunState, output: string, level: string, rounding: Rounding): Map<number, Dec> {
  const out = new Map<number, Dec>();
  const column = state.row.columns.get(output);
  if (!column) return out;
  const members = state.members(level, "row");
  const unit = new Dec(1).dividedBy(new Dec(10).pow(rounding.scale));
  const groups = state.level(level).size;
  for (let g = 0; g < groups; g++) {
    const ids: number[] = [];
    const exact: Dec[] = [];
    for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) {
      const m = members.items[i];
      const v = column.get(m);
      if (state.row.isOk(m) && v instanceof Dec) {
        ids.push(m);
        exact.push(v);
      }
    }
    if (!ids.length) continue;
    const rounded = exact.map((v) => roundOutput(v, rounding));
    const target = roundOutput(exact.reduce((a, v) => a.plus(v), ZERO), rounding);
    let steps = target.minus(rounded.reduce((a, v) => a.plus(v), ZERO)).dividedBy(unit).toNumber();
    if (steps !== 0) {
      const order = ids.map((_, k) => k).sort((a, b) => {
        const ra = exact[a].minus(rounded[a]);
        const rb = exact[b].minus(rounded[b]);
        return (steps > 0 ? rb.cmp(ra) : ra.cmp(rb)) || a - b;
      });
      for (let k = 0; steps !== 0; k = (k + 1) % order.length) {
        const idx = order[k];
        rounded[idx] = steps > 0 ? rounded[idx].plus(unit) : rounded[idx].minus(unit);
        steps += steps > 0 ? -1 : 1;
      }
    }
    ids.forEach((m, k) => out.set(m, rounded[k]));
  }
  return out;
}
