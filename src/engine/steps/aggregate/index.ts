/** The `aggregate` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import type { SchemeIssue } from "../../scheme/errors";
import { ExprRef, StepKind } from "../kind";
import { runAggregate } from "./run";
import { AggregateStep } from "./schema";

export const aggregateKind: StepKind<"aggregate"> = {
  kind: "aggregate",
  schema: AggregateStep,
  onGroups: true,
  exprs(step) {
    // read in the `from` scope (members, or a lower level); the validator checks them only when `from` lies below
    const out: ExprRef[] = [];
    if (step.of) out.push({ expr: step.of, path: ["of"], scope: step.from });
    if (step.weight) out.push({ expr: step.weight, path: ["weight"], scope: step.from });
    if (step.where) out.push({ expr: step.where, path: ["where"], scope: step.from });
    return out;
  },
  codes(step) {
    return step.conflict ? [{ code: step.conflict.code, path: ["conflict", "code"] }] : [];
  },
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check(step, context) {
    const p = context.path;
    const out: SchemeIssue[] = [];
    if (!context.hasScope(step.from) || !context.isBelow(step.from, step.scope)) out.push({ code: "BAD_AGGREGATE_SOURCE", path: [...p, "from"], message: `${p.length ? `steps[${p[p.length - 1]}]` : "step"}.from must be a scope below ${step.scope}` });
    if (step.op !== "count" && step.op !== "any" && step.op !== "all" && !step.of) out.push({ code: "AGGREGATE_NEEDS_OF", path: [...p, "of"], message: `a ${step.op} aggregate needs "of"` });
    if (step.op === "weightedMean" && !step.weight) out.push({ code: "AGGREGATE_NEEDS_WEIGHT", path: [...p, "weight"], message: "weightedMean needs weight" });
    return out;
  },
  run: runAggregate,
  labels: {
    kind: ["汇总", "aggregate"],
    keys: {
      op: ["运算", "operation"],
      allMembers: ["含所有状态", "all members"],
      conflict: ["冲突时", "on conflict"],
    },
  },
  structural: [],
  example: { name: "ag1", kind: "aggregate", scope: "g", op: "sum", of: "a" },
};
