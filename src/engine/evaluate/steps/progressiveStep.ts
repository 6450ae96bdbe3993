import { Dec, dec, ZERO } from "../../money/decimal";
import { marginalRate, progressiveAmount, ProgressiveTier } from "../../primitives/progressiveTiers";
import { StepDef, TierDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { Pending, Value, valueText } from "../../values/value";
import { RunState } from "../runState";
import { Column } from "../store";
import { withUnit } from "../format";
import { Lang } from "../../i18n/messages";
import { bucketBy, groupsAt, orderByCodes, sortMembers } from "./memberOrder";

type ProgressiveDef = Extract<StepDef, { kind: "progressive" }>;

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
  const orderTexts = step.order.length ? step.order : state.part.order;
  const orderKeys = orderTexts.map((o) => state.compile(o, level.def.of));
  const fixed = step.tiers ? tiersOf(step.tiers) : null;
  const byInput = step.tiersBy ? state.compile(step.tiersBy.input, step.scope) : null;
  const byTables = new Map(Object.entries(step.tiersBy?.tables ?? {}).map(([k, v]) => [k, tiersOf(v)]));
  const col = state.define(step.name, step.scope);
  const attributed = step.attributeTo ? state.defineNumbered(step.attributeTo, level.def.of) : null;
  const tiersUsed: (ProgressiveTier[] | undefined)[] = new Array(level.size);
  const nUsed = new Int32Array(level.size);
  // each attributed member's place in its group's C8 order (1-based), for explanations
  let position: Int32Array | Uint16Array | null = null;
  // sortMembers' numbers by member, made when a group is first sorted that way
  let numeric: Float64Array | null = null;
  const numericKeys = () => (numeric ??= orderKeys.length === 1 ? new Float64Array(memberScope.size) : new Float64Array(0));

  /** the group's tiers, or null when it has none (a pending input leaves the amount pending) */
  const tiersOfGroup = (g: number): ProgressiveTier[] | null => {
    if (!level.computable(g)) return null;
    if (fixed) return fixed;
    if (!byInput) return null;
    const key = byInput(g);
    if (key instanceof Pending) {
      col[g] = key;
      return null;
    }
    return byTables.get(valueText(key)) ?? byTables.get("*") ?? null;
  };
  const countOf = (g: number, counted: number): number => {
    if (!count) return counted;
    const c = count(g);
    return c instanceof Dec ? c.toNumber() : 0;
  };
  const attribute = (ordered: ArrayLike<number>, tiers: ProgressiveTier[]) => {
    for (let k = 0; k < ordered.length; k++) {
      const m = ordered[k];
      (attributed as Column).set(m, marginalRate(k + 1, tiers));
      (position as Int32Array | Uint16Array)[m] = k + 1;
    }
  };
  const isCounted = (m: number) => memberScope.isOk(m) && (!where || truthy(where(m)));
  // groups repeat a few counts (households per person-month): each table's amount per count is worked out once
  const amounts = new Map<ProgressiveTier[], Map<number, Dec>>();
  const amountOf = (n: number, tiers: ProgressiveTier[]): Dec => {
    let byCount = amounts.get(tiers);
    if (!byCount) amounts.set(tiers, (byCount = new Map()));
    let amount = byCount.get(n);
    if (amount === undefined) byCount.set(n, (amount = progressiveAmount(n, tiers).amount));
    return amount;
  };

  if (state.typed) {
    // one pass down the members in sheet order, then every group's counted members in C8 order at once
    const groupOf = state.ancestorMap(level.def.of, step.scope);
    for (let g = 0; g < level.size; g++) tiersUsed[g] = tiersOfGroup(g) ?? undefined;
    const list = new Int32Array(memberScope.size);
    let listed = 0;
    for (let m = 0; m < memberScope.size; m++) if (tiersUsed[groupOf[m]] && isCounted(m)) list[listed++] = m;
    const counted = list.subarray(0, listed);
    const orderKey = attributed && orderKeys.length === 1 ? state.coded(orderTexts[0], level.def.of) : null;
    const order = orderKey ? orderByCodes(counted, groupOf, level.size, orderKey) : { ...bucketBy(counted, groupsAt(counted, groupOf), level.size), unordered: null };
    let largest = 0;
    for (let g = 0; g < level.size; g++) largest = Math.max(largest, order.offsets[g + 1] - order.offsets[g]);
    if (attributed) position = largest < 0xffff ? new Uint16Array(memberScope.size) : new Int32Array(memberScope.size);
    for (let g = 0; g < level.size; g++) {
      const tiers = tiersUsed[g];
      if (!tiers) continue;
      const n = countOf(g, order.offsets[g + 1] - order.offsets[g]);
      nUsed[g] = n;
      col[g] = amountOf(n, tiers);
      if (!attributed) continue;
      const members = order.items.subarray(order.offsets[g], order.offsets[g + 1]);
      if (orderKeys.length && (!orderKey || order.unordered?.[g])) {
        // sheet order in, C8 order out, as below
        const sorted = Array.from(members);
        sortMembers(sorted, orderKeys, numericKeys());
        attribute(sorted, tiers);
      } else attribute(members, tiers);
    }
  } else {
    if (attributed) position = new Int32Array(memberScope.size);
    for (let g = 0; g < level.size; g++) {
      const tiers = tiersOfGroup(g);
      if (!tiers) continue;
      tiersUsed[g] = tiers;
      const counted: number[] = [];
      for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) {
        const m = members.items[i];
        if (isCounted(m)) counted.push(m);
      }
      const n = countOf(g, counted.length);
      nUsed[g] = n;
      col[g] = progressiveAmount(n, tiers).amount;
      if (attributed && position) {
        if (orderKeys.length) sortMembers(counted, orderKeys, numericKeys());
        attribute(counted, tiers);
      }
    }
  }
  if (attributed) {
    for (let m = 0; m < memberScope.size; m++) if (attributed.get(m) === null && memberScope.computable(m)) attributed.set(m, ZERO);
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
    // a member's explanation is a function of its table and its place k: made once per (table, k, language)
    const made = { "zh-CN": new Map<ProgressiveTier[], string[]>(), "en-US": new Map<ProgressiveTier[], string[]>() };
    memberScope.explainers.set(step.attributeTo, (m, lang) => {
      const k = position[m];
      const tiers = tiersUsed[map[m]];
      if (!k || !tiers) return null;
      let texts = made[lang].get(tiers);
      if (texts === undefined) made[lang].set(tiers, (texts = []));
      return (texts[k] ??= placeText(k, tiers, attributed.get(m), lang));
    });
  }

  function placeText(k: number, tiers: ProgressiveTier[], rate: Value, lang: Lang): string {
    let lower = 0;
    for (const t of tiers) {
      if (t.upTo === undefined || k <= t.upTo) break;
      lower = t.upTo;
    }
    const unit = step.countUnit?.[lang] ?? "";
    const amount = withUnit(rate, step.unit, lang);
    if (lang === "zh-CN") return `第${k}${unit}（${lower === 0 ? `${tiers[0].upTo ?? "∞"}${unit}内` : `超出${lower}${unit}`}）：${amount}`;
    return `#${k} (${lower === 0 ? `within the first ${tiers[0].upTo ?? "∞"}` : `beyond ${lower}`}): ${amount}`;
  }
}
