/** The `share` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { noChecks, StepKind } from "../kind";
import { runShare } from "./run";
import { ShareStep } from "./schema";

export const shareKind: StepKind<"share"> = {
  kind: "share",
  schema: ShareStep,
  onGroups: true,
  exprs(step, scopes) {
    return [
      { expr: step.pool, path: ["pool"], scope: scopes.own },
      { expr: step.weight, path: ["weight"], scope: scopes.members },
    ];
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }, { name: step.attributeTo, scope: scopes.members }];
  },
  check: noChecks,
  run: runShare,
  labels: {
    kind: ["按权分配", "share of a pool"],
    keys: {
      pool: ["奖池", "pool"],
    },
  },
  structural: [],
  example: { name: "sh1", kind: "share", scope: "g", pool: "100", weight: "a", attributeTo: "sh1Row" },
};
