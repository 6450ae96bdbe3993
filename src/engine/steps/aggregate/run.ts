import { aggregate, AggregateOp, AggregateOutcome } from "../../primitives/aggregate";
import { CountAccumulator, countDec, GroupAccumulator, SingleAccumulator, SumAccumulator } from "../../primitives/streamAggregate";
import { CodedExpr, Membership } from "../../evaluate/store";
import { Compiled } from "../../expr/compile";
import { StepDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { EvalFailure, Pending, Value, valueText } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { INVALID, OK } from "../../evaluate/status";
import { num, withUnit } from "../../evaluate/format";
import { settle } from "../shared/common";

type AggregateDef = Extract<StepDef, { kind: "aggregate" }>;
type Outcomes = (g: number) => AggregateOutcome;

/** which members count: ok ones (or all), and of those the ones `where` holds for */
interface Counting {
  status: Uint8Array;
  allMembers: boolean;
  /** null: no condition (the loops then test the status inline) */
  where: ((m: number) => boolean) | null;
}

function isCounted(c: Counting, m: number): boolean {
  return (c.allMembers || c.status[m] === OK) && (c.where === null || c.where(m));
}

const STREAMED = new Set<AggregateOp>(["count", "sum", "single"]);

/**
 * The general path: members group by group, each group's values gathered and aggregated (every op; the reference
 * path). `streamed` (and `feedByCode` under it) must give exactly the same (test/engine/evaluate/typedPath.test.ts).
 */
function byGroup(op: AggregateOp, members: Membership, counted: (m: number) => boolean, of: Compiled | null, weight: Compiled | null, counts: Int32Array): Outcomes {
  // one pair of buffers for all groups: aggregate() reads them and keeps no reference
  const values: Value[] = [];
  const weights: Value[] = [];
  const countOnly = op === "count" && !weight;
  return (g) => {
    values.length = 0;
    weights.length = 0;
    let n = 0;
    for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) {
      const m = members.items[i];
      if (!counted(m)) continue;
      n++;
      if (countOnly) continue;
      values.push(of ? of(m) : true);
      if (weight) weights.push(weight(m));
    }
    counts[g] = n;
    return countOnly ? { value: countDec(n) } : aggregate(op, values, weight ? weights : undefined);
  };
}

/** groups × codes beyond which members are fed one by one rather than counted per code */
const MAX_PAIRS = 1 << 22;

/**
 * Members counted per (group, code) in one pass, then each group's codes fed to its accumulator once, with their
 * counts, in the order their first members came. False (nothing fed, counts cleared) when a code's value is pending
 * or failed: their place among the members matters, so they are fed one by one instead.
 */
function feedByCode(acc: GroupAccumulator, groups: number, groupOf: Int32Array, counting: Counting, of: CodedExpr, counts: Int32Array): boolean {
  const size = of.size;
  if (groups * size > MAX_PAIRS) return false;
  const perPair = new Int32Array(groups * size);
  const firstMember = new Int32Array(size).fill(-1);
  const pairs: number[] = [];
  const codes = of.codes;
  const { status, allMembers, where } = counting;
  for (let m = 0; m < groupOf.length; m++) {
    if (where === null ? !allMembers && status[m] !== OK : !isCounted(counting, m)) continue;
    const g = groupOf[m];
    counts[g]++;
    const c = codes[m];
    if (firstMember[c] < 0) firstMember[c] = m;
    const pair = g * size + c;
    if (perPair[pair]++ === 0) pairs.push(pair);
  }
  for (let c = 0; c < size; c++) {
    const v = firstMember[c] < 0 ? null : of.valueAt(firstMember[c]);
    if (v instanceof Pending || v instanceof EvalFailure) {
      counts.fill(0);
      return false;
    }
  }
  for (const pair of pairs) {
    const c = pair % size;
    acc.addRepeated((pair - c) / size, of.valueAt(firstMember[c]), perPair[pair]);
  }
  return true;
}

/**
 * The fast path (typed runs, count/sum/single without weights): one pass down the members in sheet order, each fed
 * to its group's accumulator, or each group's codes fed once with their counts (feedByCode). Checked against byGroup
 * by test/engine/evaluate/typedPath.test.ts ("the typed path gives what the value-by-value path gives": every
 * preset's aggregates on random repeating cells).
 */
function streamed(op: AggregateOp, groups: number, groupOf: Int32Array, counting: Counting, of: Compiled | null, ofCoded: CodedExpr | null, counts: Int32Array): Outcomes {
  const acc = op === "sum" ? new SumAccumulator(groups) : op === "single" ? new SingleAccumulator(groups) : new CountAccumulator();
  const feeds = op !== "count";
  if (feeds && ofCoded && feedByCode(acc, groups, groupOf, counting, ofCoded, counts)) return (g) => acc.outcome(g, counts[g]);
  const { status, allMembers, where } = counting;
  for (let m = 0; m < groupOf.length; m++) {
    if (where === null ? !allMembers && status[m] !== OK : !isCounted(counting, m)) continue;
    const g = groupOf[m];
    counts[g]++;
    if (feeds) acc.add(g, of ? of(m) : true);
  }
  return (g) => acc.outcome(g, counts[g]);
}

/** P2: count / sum / mean / … over a group's members; only ok members count unless allMembers (C2). */
export function runAggregate(step: AggregateDef, state: RunState): void {
  const level = state.level(step.scope);
  const memberScope = state.scope(step.from);
  const members = state.members(step.scope, step.from);
  const of = step.of ? state.compile(step.of, step.from) : null;
  const weight = step.weight ? state.compile(step.weight, step.from) : null;
  const where = step.where ? state.compile(step.where, step.from) : null;
  const col = state.define(step.name, step.scope);
  const counts = new Int32Array(level.size);
  const status = memberScope.status;
  const allMembers = step.allMembers === true;
  const counting: Counting = { status, allMembers, where: where ? (m) => truthy(where(m)) : null };
  const counted = (m: number) => isCounted(counting, m);
  const streams = state.typed && !weight && STREAMED.has(step.op);
  const ofCoded = streams && step.of ? state.coded(step.of, step.from) : null;
  const outcomes = streams ? streamed(step.op, level.size, state.ancestorMap(step.from, step.scope), counting, of, ofCoded, counts) : byGroup(step.op, members, counted, of, weight, counts);
  for (let g = 0; g < level.size; g++) {
    const out = outcomes(g);
    col[g] = settle(level, g, out.value, step.name);
    if (out.conflict && step.conflict) {
      const mark = { code: step.conflict.code, value: `${valueText(out.conflict[0])} / ${valueText(out.conflict[1])}` };
      if (step.conflict.status === "warning") level.warn(g, mark);
      else {
        level.fail(g, INVALID, mark);
        if (step.conflict.toMembers) {
          for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) memberScope.fail(members.items[i], INVALID, mark);
        }
      }
    }
  }
  level.explainers.set(step.name, (g, lang) => {
    const n = counts[g];
    const what = lang === "zh-CN" ? `${n}项` : `${n} item${n === 1 ? "" : "s"}`;
    const op = lang === "zh-CN" ? { count: "计数", sum: "合计", mean: "平均", weightedMean: "加权平均", min: "最小", max: "最大", single: "值", any: "任一", all: "全部", countDistinct: "去重计数" }[step.op] : step.op;
    return `${op}(${what}) = ${step.unit ? withUnit(col[g], step.unit, lang) : num(col[g])}`;
  });
}
