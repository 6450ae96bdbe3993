import { Dec, dec, ZERO } from "../../money/decimal";
import { marginalRate, progressiveAmount, ProgressiveTier } from "../../primitives/progressiveTiers";
import { StepDef, TierDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { Pending, Value, valueText } from "../../values/value";
import { Compiled } from "../../expr/compile";
import { RunState } from "../../evaluate/runState";
import { LevelScope, Scope } from "../../evaluate/scope";
import { Column, Membership } from "../../evaluate/store";
import { withUnit } from "../../evaluate/format";
import { Lang } from "../../i18n/messages";
import { bucketBy, groupsAt, orderByCodes, sortMembers } from "../shared/memberOrder";

type ProgressiveDef = Extract<StepDef, { kind: "progressive" }>;

function tiersOf(defs: TierDef[]): ProgressiveTier[] {
  return defs.map((t) => ({ upTo: t.upTo, rate: dec(t.rate) }));
}

/** What both ways of running one progressive step share: its groups, their tiers and counts, the attribution. */
interface ProgressiveRun {
  step: ProgressiveDef;
  state: RunState;
  level: LevelScope;
  memberScope: Scope;
  members: Membership;
  orderTexts: string[];
  orderKeys: Compiled[];
  col: Value[];
  /** the member column receiving each counted member's marginal rate (attributeTo), or null */
  attributed: Column | null;
  /** each group's tiers, and its count n, once worked out (for explanations) */
  tiersUsed: (ProgressiveTier[] | undefined)[];
  nUsed: Int32Array;
  /** the group's tiers, or null when it has none (a pending input leaves the amount pending) */
  tiersOfGroup: (g: number) => ProgressiveTier[] | null;
  countOf: (g: number, counted: number) => number;
  isCounted: (m: number) => boolean;
  /** sortMembers' numbers by member, made when a group is first sorted that way */
  numericKeys: () => Float64Array;
}

/** A member's place in its group's C8 order (1-based), per member: explanations say it. */
type Positions = Int32Array | Uint16Array;

function progressiveRun(step: ProgressiveDef, state: RunState): ProgressiveRun {
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
  let numeric: Float64Array | null = null;
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
  return {
    step,
    state,
    level,
    memberScope,
    members,
    orderTexts,
    orderKeys,
    col,
    attributed,
    tiersOfGroup,
    countOf,
    tiersUsed: new Array(level.size),
    nUsed: new Int32Array(level.size),
    isCounted: (m) => memberScope.isOk(m) && (!where || truthy(where(m))),
    numericKeys: () => (numeric ??= orderKeys.length === 1 ? new Float64Array(memberScope.size) : new Float64Array(0)),
  };
}

/** the k-th of `ordered` receives the rate of the band holding k */
function attribute(run: ProgressiveRun, position: Positions, ordered: ArrayLike<number>, tiers: ProgressiveTier[]): void {
  for (let k = 0; k < ordered.length; k++) {
    const m = ordered[k];
    (run.attributed as Column).set(m, marginalRate(k + 1, tiers));
    position[m] = k + 1;
  }
}

/**
 * P5 per group: n = the group's counted members (ok, and `where`), amount by marginal bands. With attributeTo,
 * the k-th counted member in C8 order (order keys, then sheet order) receives the rate of the band holding k,
 * so member amounts always sum to the group amount.
 */
export function runProgressive(step: ProgressiveDef, state: RunState): void {
  const run = progressiveRun(step, state);
  const position = state.typed ? progressiveByCodes(run) : progressiveByGroup(run);
  const { attributed, memberScope } = run;
  if (attributed) {
    for (let m = 0; m < memberScope.size; m++) if (attributed.get(m) === null && memberScope.computable(m)) attributed.set(m, ZERO);
  }
  explainGroups(run);
  if (attributed && position && step.attributeTo) explainMembers(run, attributed, position, step.attributeTo);
}

/**
 * The reference path: group by group, its members gathered and counted one by one, sorted into C8 order when
 * attributed. progressiveByCodes must give exactly the same (test/engine/evaluate/typedPath.test.ts, "the typed
 * path gives what the value-by-value path gives").
 */
function progressiveByGroup(run: ProgressiveRun): Positions | null {
  const { level, members, orderKeys, col, attributed, tiersUsed, nUsed } = run;
  const position = attributed ? new Int32Array(run.memberScope.size) : null;
  for (let g = 0; g < level.size; g++) {
    const tiers = run.tiersOfGroup(g);
    if (!tiers) continue;
    tiersUsed[g] = tiers;
    const counted: number[] = [];
    for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) {
      const m = members.items[i];
      if (run.isCounted(m)) counted.push(m);
    }
    const n = run.countOf(g, counted.length);
    nUsed[g] = n;
    col[g] = progressiveAmount(n, tiers).amount;
    if (attributed && position) {
      if (orderKeys.length) sortMembers(counted, orderKeys, run.numericKeys());
      attribute(run, position, counted, tiers);
    }
  }
  return position;
}

/**
 * The fast path (typed runs): one pass down the members in sheet order, then every group's counted members in C8
 * order at once (a counting sort by the order key's codes when it is coded), and each table's amount per count
 * worked out once. Checked against progressiveByGroup by test/engine/evaluate/typedPath.test.ts ("the typed path
 * gives what the value-by-value path gives": every preset with a progressive step, mobile-retention's attributed
 * step bonuses among them).
 */
function progressiveByCodes(run: ProgressiveRun): Positions | null {
  const { state, level, memberScope, orderKeys, col, attributed, tiersUsed, nUsed } = run;
  const groupOf = state.ancestorMap(level.def.of, run.step.scope);
  for (let g = 0; g < level.size; g++) tiersUsed[g] = run.tiersOfGroup(g) ?? undefined;
  const list = new Int32Array(memberScope.size);
  let listed = 0;
  for (let m = 0; m < memberScope.size; m++) if (tiersUsed[groupOf[m]] && run.isCounted(m)) list[listed++] = m;
  const counted = list.subarray(0, listed);
  const orderKey = attributed && orderKeys.length === 1 ? state.coded(run.orderTexts[0], level.def.of) : null;
  const order = orderKey ? orderByCodes(counted, groupOf, level.size, orderKey) : { ...bucketBy(counted, groupsAt(counted, groupOf), level.size), unordered: null };
  let largest = 0;
  for (let g = 0; g < level.size; g++) largest = Math.max(largest, order.offsets[g + 1] - order.offsets[g]);
  const position = attributed ? (largest < 0xffff ? new Uint16Array(memberScope.size) : new Int32Array(memberScope.size)) : null;
  const amountOf = amountsByCount();
  for (let g = 0; g < level.size; g++) {
    const tiers = tiersUsed[g];
    if (!tiers) continue;
    const n = run.countOf(g, order.offsets[g + 1] - order.offsets[g]);
    nUsed[g] = n;
    col[g] = amountOf(n, tiers);
    if (!position) continue;
    const members = order.items.subarray(order.offsets[g], order.offsets[g + 1]);
    if (orderKeys.length && (!orderKey || order.unordered?.[g])) {
      // sheet order in, C8 order out, as in progressiveByGroup
      const sorted = Array.from(members);
      sortMembers(sorted, orderKeys, run.numericKeys());
      attribute(run, position, sorted, tiers);
    } else attribute(run, position, members, tiers);
  }
  return position;
}

/** groups repeat a few counts (households per person-month): each table's amount per count is worked out once */
function amountsByCount(): (n: number, tiers: ProgressiveTier[]) => Dec {
  const amounts = new Map<ProgressiveTier[], Map<number, Dec>>();
  return (n, tiers) => {
    let byCount = amounts.get(tiers);
    if (!byCount) amounts.set(tiers, (byCount = new Map()));
    let amount = byCount.get(n);
    if (amount === undefined) byCount.set(n, (amount = progressiveAmount(n, tiers).amount));
    return amount;
  };
}

function explainGroups(run: ProgressiveRun): void {
  const { step, tiersUsed, nUsed } = run;
  const countWord = (v: number, lang: Lang) => withUnit(new Dec(v), step.countUnit, lang);
  run.level.explainers.set(step.name, (g, lang) => {
    const tiers = tiersUsed[g];
    if (!tiers) return null;
    const { amount, slices } = progressiveAmount(nUsed[g], tiers);
    if (!slices.length) return `${countWord(nUsed[g], lang)} → ${withUnit(amount, step.unit, lang)}`;
    const parts = slices.map((s) => `${countWord(s.units, lang)}×${withUnit(s.rate, step.unit, lang)}`);
    return `${parts.join(" + ")} = ${withUnit(amount, step.unit, lang)}`;
  });
}

function explainMembers(run: ProgressiveRun, attributed: Column, position: Positions, name: string): void {
  const { step, state, level, tiersUsed } = run;
  const map = state.ancestorMap(level.def.of, step.scope);
  // a member's explanation is a function of its table and its place k: made once per (table, k, language)
  const made = { "zh-CN": new Map<ProgressiveTier[], string[]>(), "en-US": new Map<ProgressiveTier[], string[]>() };
  run.memberScope.explainers.set(name, (m, lang) => {
    const k = position[m];
    const tiers = tiersUsed[map[m]];
    if (!k || !tiers) return null;
    let texts = made[lang].get(tiers);
    if (texts === undefined) made[lang].set(tiers, (texts = []));
    return (texts[k] ??= placeText(step, k, tiers, attributed.get(m), lang));
  });
}

function placeText(step: ProgressiveDef, k: number, tiers: ProgressiveTier[], rate: Value, lang: Lang): string {
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
