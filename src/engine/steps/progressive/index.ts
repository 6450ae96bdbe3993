/** The `progressive` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import type { SchemeIssue } from "../../scheme/errors";
import { tierIssues } from "./checks";
import { ExprRef, StepKind } from "../kind";
import { runProgressive } from "./run";
import { ProgressiveStep } from "./schema";

export const progressiveKind: StepKind<"progressive"> = {
  kind: "progressive",
  schema: ProgressiveStep,
  onGroups: true,
  exprs(step, scopes) {
    const out: ExprRef[] = [];
    if (step.tiersBy) out.push({ expr: step.tiersBy.input, path: ["tiersBy", "input"], scope: scopes.own });
    if (step.count) out.push({ expr: step.count, path: ["count"], scope: scopes.own });
    if (step.where) out.push({ expr: step.where, path: ["where"], scope: scopes.members });
    step.order.forEach((o, k) => out.push({ expr: o, path: ["order", k], scope: scopes.members }));
    return out;
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    const out = [{ name: step.name, scope: scopes.own }];
    if (step.attributeTo) out.push({ name: step.attributeTo, scope: scopes.members });
    return out;
  },
  check(step, context) {
    const p = context.path;
    const out: SchemeIssue[] = [];
    if (!step.tiers === !step.tiersBy) out.push({ code: "TIERS_REQUIRED", path: p, message: "give exactly one of tiers and tiersBy" });
    if (step.count && step.attributeTo) out.push({ code: "COUNT_WITH_ATTRIBUTION", path: [...p, "count"], message: "attribution counts the group's members itself: drop count or attributeTo" });
    if (step.tiers) out.push(...tierIssues(step.tiers, [...p, "tiers"]));
    for (const [k, t] of Object.entries(step.tiersBy?.tables ?? {})) out.push(...tierIssues(t, [...p, "tiersBy", "tables", k]));
    return out;
  },
  run: runProgressive,
  labels: {
    kind: ["累进分档", "progressive tiers"],
    keys: {
      count: ["计数", "count"],
      tiers: ["分档", "tiers"],
      tiersBy: ["分档依据", "tiers by"],
      tables: ["分档表", "tier tables"],
    },
  },
  structural: [],
  example: { name: "p1", kind: "progressive", scope: "g", tiers: [{ upTo: 2, rate: 10 }, { rate: 20 }], where: "a > 0" },
};
