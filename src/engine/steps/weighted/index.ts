/** The `weighted` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { noChecks, StepKind } from "../kind";
import { runWeighted } from "./run";
import { WeightedStep } from "./schema";

export const weightedKind: StepKind<"weighted"> = {
  kind: "weighted",
  schema: WeightedStep,
  onGroups: false,
  exprs(step, scopes) {
    return step.items.map((it, i) => ({ expr: it.input, path: ["items", i, "input"], scope: scopes.own }));
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check: noChecks,
  run: runWeighted,
  labels: {
    kind: ["加权得分", "weighted score"],
    keys: {
      items: ["项目", "items"],
    },
  },
  structural: [],
  example: { name: "w1", kind: "weighted", items: [{ input: "a", weight: 0.5 }, { input: "b", weight: 0.5 }] },
};
