import { Dec, dec, ZERO } from "../../money/decimal";
import { marginalRate, progressiveAmount, ProgressiveTier } from "../../primitives/progressiveTiers";
import { StepDef, TierDef } from "../../scheme/schema";
import { compareValues, truthy } from "../../expr/operators";
import { Pending, Temporal, Value, valueText } from "../../values/value";
import { RunState } from "../runState";
import { withUnit } from "../format";
import { Lang } from "../../i18n/messages";

type ProgressiveDef = Extract<StepDef, { kind: "progressive" }>;

/** C8 order: by the order keys, then sheet order. One date or number key sorts on plain numbers. */
function sortMembers(members: number[], orderKeys: ((m: number) => Value)[], numeric: Float64Array): void {
  if (orderKeys.length === 1) {
    // `numeric` is indexed by member, shared by all groups (each group writes only its own members)
    let plain = true;
    let sorted = true;
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const v = orderKeys[0](m);
      if (v instanceof Temporal) numeric[m] = v.kind === "datetime" ? v.n / 86400 : v.n;
      else if (v instanceof Dec) numeric[m] = v.toNumber();
      else {
        plain = false;
        break;
      }
      // members come in sheet order: already in C8 order when the keys never decrease
      if (i > 0 && numeric[m] < numeric[members[i - 1]]) sorted = false;
    }
    if (plain) {
      if (!sorted) members.sort((a, b) => numeric[a] - numeric[b] || a - b);
      return;
    }
  }
  const keys = new Map(members.map((m) => [m, orderKeys.map((k) => k(m))]));
  members.sort((a, b) => {
    const ka = keys.get(a) as Value[];
    const kb = keys.get(b) as Value[];
    for (let k = 0; k < ka.length; k++) {
      const c = compareValues(ka[k], kb[k]);
      if (c) return c;
    }
    return a - b;
  });
}

function tiersOf(defs: TierDef[]): ProgressiveTier[] {
  return defs.map((t) => ({ upTo: t.upTo, rate: dec(t.rate) }));
}

/**
 * P5 per group: n = the group's counted members (ok, and `where`), amount by marginal bands. With attributeTo,
 * the k-th counted member in C8 order (order keys, then sheet order) receives the rate of the band holding k,
 * so member amounts always sum to the group amount.
 */
export function runProgressive(step: ProgressiveDef, state: RunState): void {
  const level = state.level(step.scope);
  const memberScope = state.scope(level.def.of);
  const members = state.members(step.scope, level.def.of);
  const where = step.where ? state.compile(step.where, level.def.of) : null;
  const count = step.count ? state.compile(step.count, step.scope) : null;
  const orderKeys = (step.order.length ? step.order : state.part.order).map((o) => state.compile(o, level.def.of));
  const fixed = step.tiers ? tiersOf(step.tiers) : null;
  const byInput = step.tiersBy ? state.compile(step.tiersBy.input, step.scope) : null;
  const byTables = new Map(Object.entries(step.tiersBy?.tables ?? {}).map(([k, v]) => [k, tiersOf(v)]));
  const col = state.define(step.name, step.scope);
  const attributed = step.attributeTo ? state.define(step.attributeTo, level.def.of) : null;
  const tiersUsed: (ProgressiveTier[] | undefined)[] = new Array(level.size);
  const nUsed = new Int32Array(level.size);
  const position = attributed ? new Int32Array(memberScope.size) : null;
  const numericKeys = attributed && orderKeys.length === 1 ? new Float64Array(memberScope.size) : new Float64Array(0);

  for (let g = 0; g < level.size; g++) {
    if (!level.computable(g)) continue;
    let tiers = fixed;
    if (!tiers && byInput) {
      const key = byInput(g);
      if (key instanceof Pending) {
        col[g] = key;
        continue;
      }
      tiers = byTables.get(valueText(key)) ?? byTables.get("*") ?? null;
    }
    if (!tiers) continue;
    tiersUsed[g] = tiers;
    const counted: number[] = [];
    for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) {
      const m = members.items[i];
      if (memberScope.isOk(m) && (!where || truthy(where(m)))) counted.push(m);
    }
    let n = counted.length;
    if (count) {
      const c = count(g);
      n = c instanceof Dec ? c.toNumber() : 0;
    }
    nUsed[g] = n;
    col[g] = progressiveAmount(n, tiers).amount;
    if (attributed && position) {
      if (orderKeys.length) sortMembers(counted, orderKeys, numericKeys);
      counted.forEach((m, k) => {
        attributed[m] = marginalRate(k + 1, tiers as ProgressiveTier[]);
        position[m] = k + 1;
      });
    }
  }
  if (attributed) {
    for (let m = 0; m < memberScope.size; m++) if (attributed[m] === null && memberScope.computable(m)) attributed[m] = ZERO;
  }

  const countWord = (v: number, lang: Lang) => withUnit(new Dec(v), step.countUnit, lang);
  level.explainers.set(step.name, (g, lang) => {
    const tiers = tiersUsed[g];
    if (!tiers) return null;
    const { amount, slices } = progressiveAmount(nUsed[g], tiers);
    if (!slices.length) return `${countWord(nUsed[g], lang)} → ${withUnit(amount, step.unit, lang)}`;
    const parts = slices.map((s) => `${countWord(s.units, lang)}×${withUnit(s.rate, step.unit, lang)}`);
    return `${parts.join(" + ")} = ${withUnit(amount, step.unit, lang)}`;
  });
  if (attributed && position && step.attributeTo) {
    const map = state.ancestorMap(level.def.of, step.scope);
    memberScope.explainers.set(step.attributeTo, (m, lang) => {
      const k = position[m];
      const tiers = tiersUsed[map[m]];
      if (!k || !tiers) return null;
      let lower = 0;
      for (const t of tiers) {
        if (t.upTo === undefined || k <= t.upTo) break;
        lower = t.upTo;
      }
      const unit = step.countUnit?.[lang] ?? "";
      const amount = withUnit(attributed[m], step.unit, lang);
      if (lang === "zh-CN") return `第${k}${unit}（${lower === 0 ? `${tiers[0].upTo ?? "∞"}${unit}内` : `超出${lower}${unit}`}）：${amount}`;
      return `#${k} (${lower === 0 ? `within the first ${tiers[0].upTo ?? "∞"}` : `beyond ${lower}`}): ${amount}`;
    });
  }
}
